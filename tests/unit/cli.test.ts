import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/context';
import { openPglite } from '../../src/server/db/client';
import { createAuditRepository } from '../../src/server/modules/audit/audit.repository';
import { auditChainKey, loadSecretKey } from '../../src/server/security/crypto';

/** The audit repository as the CLI of that data directory keys it (the key file beside the data). */
const auditOf = (dataDir: string) =>
  createAuditRepository(() =>
    auditChainKey(loadSecretKey({ secretKey: undefined, dataDir, database: { kind: 'pglite', dataDir } })),
  );

/** Changes the stored log behind the app's back, as someone with superuser access could. */
const tamper = (db: Awaited<ReturnType<typeof openPglite>>['db'], statement: ReturnType<typeof sql>) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });

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
  it('reports "intact", then every broken link after records are changed, then a truncation by its anchor', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zc-cli-'));
    const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await database.migrate();
    const audit = auditOf(dataDir);
    for (let i = 0; i < 4; i++) {
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
    expect(ok.stdout).toContain('intact (4 records)');
    expect(ok.code).toBe(0);

    const again = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    // The app's own connection cannot change the log: the trigger refuses.
    await expect(again.db.execute(sql`update audit_log set entity_id = 'x' where id = 2`)).rejects.toThrow();
    await tamper(again.db, sql`update audit_log set entity_id = 'forged' where id in (2, 3)`);
    await again.close();

    const broken = await zhucun(dataDir, 'audit', 'verify');
    expect(broken.stdout).toContain('broken at record 2');
    expect(broken.stdout).toContain('broken at record 3');
    expect(broken.code).toBe(2);

    // The newest record deleted: the chain alone is intact, the anchor kept beside the key is not.
    const third = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await tamper(third.db, sql`update audit_log set entity_id = ${'0'} where id = 1`);
    await tamper(third.db, sql`delete from audit_log where id >= 2`);
    await third.close();
    const truncated = await zhucun(dataDir, 'audit', 'verify');
    expect(truncated.stdout).toContain('records up to the anchored head are missing');
    expect(truncated.code).toBe(2);

    // An anchor not signed with this installation's key is reported, not trusted.
    writeFileSync(
      path.join(dataDir, 'audit-anchor.json'),
      JSON.stringify({ id: 1, hash: 'x', at: 'y', mac: '00' }),
    );
    expect((await zhucun(dataDir, 'audit', 'verify')).stdout).toContain('not signed');
  }, 180_000);

  it('backs up the embedded database and restores it into another directory, chain intact', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zc-bak-'));
    const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    await database.migrate();
    await database.db.transaction((tx) =>
      auditOf(dataDir).append(tx, systemActor(), { action: 'test.step', entityType: 'test' }, new Date()),
    );
    await database.close();
    const file = path.join(dataDir, 'backup.tar.gz');
    expect((await zhucun(dataDir, 'backup', file)).code).toBe(0);
    const target = mkdtempSync(path.join(os.tmpdir(), 'zc-restore-'));
    // The key is backed up separately and comes with the restore (the backup never holds it).
    copyFileSync(path.join(dataDir, 'secret.key'), path.join(target, 'secret.key'));
    expect((await zhucun(target, 'restore', file)).code).toBe(0);
    const verified = await zhucun(target, 'audit', 'verify');
    // the step and the restore record (the backup record is written after the dump)
    expect(verified.stdout).toContain('intact (2 records)');
  }, 180_000);
});
