import { eq, sql } from 'drizzle-orm';
import { passwordProblems } from '../domain/access/password';
import { NATIONAL } from '../shared/dictionaries';
import type { Config } from './config';
import type { Container } from './container';
import { systemActor } from './context';
import type { Database } from './db/client';
import { systemState } from './db/schema';
import { countRegions, importRegions } from './modules/regions/regions.import';
import { generatePassword, hashPassword } from './security/passwords';

export interface Reporter {
  info(message: string): void;
  progress(label: string, done: number, total: number): void;
  /** Shown once, on the console only, never in a log file. */
  secret(message: string): void;
}

const REGIONS_DONE = 'regions.imported';

/** Imports the national region tree unless a complete import is recorded (a crash mid-way re-imports). */
export async function ensureRegions(
  database: Database,
  reporter: Reporter,
  prefixes?: readonly string[],
): Promise<void> {
  const db = database.db;
  const [done] = await db.select().from(systemState).where(eq(systemState.key, REGIONS_DONE));
  if (done) return;
  if ((await countRegions(database)) > 0) {
    reporter.info('上次行政区划导入未完成，重新导入 / previous region import incomplete, importing again');
    await database.db.execute(sql`truncate regions`);
  }
  const started = Date.now();
  const n = await importRegions(database, {
    ...(prefixes ? { prefixes } : {}),
    onProgress: (d, t) => reporter.progress('导入全国行政区划 / importing regions', d, t),
  });
  await db.insert(systemState).values({
    key: REGIONS_DONE,
    value: { count: n, prefixes: prefixes ?? null, at: new Date().toISOString() },
  });
  reporter.info(
    `行政区划 ${n.toLocaleString('zh-CN')} 条已导入，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒 / ${n} regions imported`,
  );
}

/** Creates `admin` on first start: ZHUCUN_ADMIN_PASSWORD, or a generated password printed once. */
export async function ensureAdmin(container: Container, config: Config, reporter: Reporter): Promise<void> {
  const { users, audit } = container.repositories;
  const db = container.database.db;
  if (await users.findByUsername(db, 'admin')) return;
  if (config.adminPassword) {
    // The first administrator's password meets the same rules as any other (no common or leaked one).
    const problems = passwordProblems(config.adminPassword, 'admin', '系统管理员');
    if (problems.length)
      throw new Error(
        `ZHUCUN_ADMIN_PASSWORD 不符合密码规则：${problems.map((p) => p.zh).join('；')}\n` +
          `ZHUCUN_ADMIN_PASSWORD does not meet the password rules: ${problems.map((p) => p.en).join('; ')}`,
      );
  }
  const password = config.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const now = container.clock.now();
  await db.transaction(async (tx) => {
    const user = await users.insert(tx, {
      username: 'admin',
      displayName: '系统管理员',
      passwordHash,
      roles: ['sys_admin'],
      scopeRegions: [NATIONAL],
      scopeUnits: [],
      createdAt: now,
      updatedAt: now,
    });
    await audit.append(
      tx,
      systemActor(),
      {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: { username: 'admin', roles: ['sys_admin'] },
      },
      now,
    );
  });
  if (config.adminPassword)
    reporter.info(
      '已创建管理员 admin，密码取自 ZHUCUN_ADMIN_PASSWORD / admin created with ZHUCUN_ADMIN_PASSWORD',
    );
  else
    reporter.secret(
      `管理员账号 / administrator:  admin  密码 / password:  ${password}\n（只显示这一次，请妥善保存 / shown only this once）`,
    );
}
