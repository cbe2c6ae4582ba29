import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The module generator (scripts/new-module.mjs) run into a copy of the tree made of links, never into src/.
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhucun-new-module-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run new:module', () => {
  it('writes routes, service, repository, view, schema, contract, test and web api that type-check', () => {
    cpSync(path.join(ROOT, 'src'), path.join(tmp, 'src'), { recursive: true });
    cpSync(path.join(ROOT, 'tests/support'), path.join(tmp, 'tests/support'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));
    const out = execFileSync(
      'node',
      [path.join(ROOT, 'scripts/new-module.mjs'), 'leave-requests', '--root', tmp],
      {
        encoding: 'utf8',
      },
    );
    const written = [
      'src/server/modules/leave-requests/leave-requests.routes.ts',
      'src/server/modules/leave-requests/leave-requests.service.ts',
      'src/server/modules/leave-requests/leave-requests.repository.ts',
      'src/server/modules/leave-requests/leave-requests.view.ts',
      'src/server/db/schema/leave-requests.ts',
      'src/shared/contracts/leave-requests.ts',
      'src/web/api/leave-requests/index.ts',
      'tests/api/leave-requests.test.ts',
    ];
    for (const f of written) expect(existsSync(path.join(tmp, f)), f).toBe(true);
    expect(out).toContain('scope-matrix');
    writeFileSync(
      path.join(tmp, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(ROOT, 'tsconfig.json'),
        include: [...written, 'src/server/plugins/*.ts', 'tests/support/*.ts'],
      }),
    );
    const tsc = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(tmp, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(tsc.stdout).toBe('');
    expect(tsc.status).toBe(0);
    // A second run refuses to overwrite.
    expect(() =>
      execFileSync('node', [path.join(ROOT, 'scripts/new-module.mjs'), 'leave-requests', '--root', tmp], {
        stdio: 'pipe',
      }),
    ).toThrow();
  }, 180_000);
});
