import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  adminPassword: string;
  /** What the server printed, for the failure message when it does not come up. */
  output: () => string;
  /** Stops the server (gracefully: the embedded database is closed) and removes its data unless kept. */
  stop: (keepData?: boolean) => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return false;
}

/** The administrator's password of every server the browser tests start (set on the first start). */
export const ADMIN_PASSWORD = 'E2e#Browser-Walk7';

/**
 * Starts the real server (`npx tsx src/server/server.ts`) on a fresh data directory and a free port, and waits
 * until GET /api/health answers. The web app must already be built into dist/web (`npx vite build`).
 *
 * When the run prepared a data directory (global-setup.ts: one first start — the national region tree and the
 * demo — then a clean stop), each server starts on a copy of it: every test file still has a database of its
 * own, without paying for the first start again. `fresh: true` (or no prepared directory) starts from nothing.
 */
export async function startServer(options: { fresh?: boolean } = {}): Promise<RunningServer> {
  if (!existsSync(path.resolve('dist/web/index.html'))) {
    throw new Error('dist/web is not built: run `npx vite build` before the browser tests');
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-e2e-data-'));
  const prepared = process.env.ZHUCUN_E2E_PREPARED_DATA;
  const fresh = options.fresh || !prepared || !existsSync(prepared);
  if (!fresh) cpSync(prepared, dataDir, { recursive: true });
  const port = await freePort();
  const adminPassword = ADMIN_PASSWORD;
  let output = '';
  // Its own process group, so stopping it stops npx, tsx and node together.
  const child: ChildProcess = spawn('npx', ['tsx', 'src/server/server.ts'], {
    env: {
      ...process.env,
      // Each browser test runs a fresh embedded database in its own directory, never a shared server.
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      ZHUCUN_DATA_DIR: dataDir,
      ZHUCUN_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const pid = child.pid!;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const stop = async (keepData = false) => {
    if (groupAlive(pid)) {
      process.kill(-pid, 'SIGTERM');
      // A graceful shutdown closes the embedded database; only then is its directory safe to remove.
      if (!(await until(() => !groupAlive(pid), 15_000))) process.kill(-pid, 'SIGKILL');
      await until(() => !groupAlive(pid), 5_000);
    }
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const healthy = await until(
    async () => {
      if (exited) return true;
      try {
        const res = await fetch(`${baseUrl}/api/health`);
        return res.ok && ((await res.json()) as { status?: string }).status === 'ok';
      } catch {
        return false;
      }
      // A first start imports the national region tree and writes the demo: minutes on a busy machine.
    },
    fresh ? 600_000 : 150_000,
  );
  if (!healthy || exited) {
    await stop();
    throw new Error(`the server did not come up on ${baseUrl}:\n${output}`);
  }
  return { baseUrl, dataDir, adminPassword, output: () => output, stop };
}
