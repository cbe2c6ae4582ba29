import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/context';
import { openPglite } from '../../src/server/db/client';
import { createAuditRepository } from '../../src/server/modules/audit/audit.repository';

const run = promisify(execFile);
const cli = path.resolve('bin/zhucun.mjs');

async function zhucun(dataDir: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, ZHUCUN_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('zhucun audit verify', () => {
  it('reports "intact", then the first broken link after a record is changed', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zc-cli-'));
    const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await database.migrate();
    const audit = createAuditRepository();
    for (let i = 0; i < 3; i++) {
      await database.db.transaction((tx) =>
        audit.append(
          tx,
          systemActor(),
          { action: 'test.step', entityType: 'test', entityId: String(i) },
          new Date(),
        ),
      );
    }
    await database.close();

    const ok = await zhucun(dataDir, 'audit', 'verify');
    expect(ok.stdout).toContain('intact (3 records)');
    expect(ok.code).toBe(0);

    const again = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await again.db.execute(sql`update audit_log set entity_id = 'forged' where id = 2`);
    await again.close();

    const broken = await zhucun(dataDir, 'audit', 'verify');
    expect(broken.stdout).toContain('broken at record 2');
    expect(broken.code).toBe(2);
  }, 60_000);

  it('backs up the embedded database and restores it into another directory, chain intact', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zc-bak-'));
    const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await database.migrate();
    await database.db.transaction((tx) =>
      createAuditRepository().append(
        tx,
        systemActor(),
        { action: 'test.step', entityType: 'test' },
        new Date(),
      ),
    );
    await database.close();
    const file = path.join(dataDir, 'backup.tar.gz');
    expect((await zhucun(dataDir, 'backup', file)).code).toBe(0);
    const target = mkdtempSync(path.join(os.tmpdir(), 'zc-restore-'));
    expect((await zhucun(target, 'restore', file)).code).toBe(0);
    const verified = await zhucun(target, 'audit', 'verify');
    // the step and the restore record (the backup record is written after the dump)
    expect(verified.stdout).toContain('intact (2 records)');
  }, 60_000);
});
