import path from 'node:path';
import { z } from 'zod';

// The only reader of process.env (STYLE.md): everything else receives a Config.
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  ZHUCUN_DATA_DIR: z.string().default('./data'),
  ZHUCUN_ADMIN_PASSWORD: z.string().min(1).optional(),
  // 32 bytes as 64 hex digits or base64: the key of personal-data encryption (security/crypto.ts).
  ZHUCUN_SECRET_KEY: z
    .string()
    .trim()
    .refine(
      (s) =>
        /^[0-9a-fA-F]{64}$/.test(s) ||
        (/^[A-Za-z0-9+/]{43}=?$/.test(s) && Buffer.from(s, 'base64').length === 32),
      '应为 32 字节密钥：64 位十六进制或 base64 / must be 32 bytes as 64 hex digits or base64',
    )
    .optional(),
  // Where the signed head of the audit chain is kept, outside the database (default: beside the key file).
  ZHUCUN_AUDIT_ANCHOR: z.string().min(1).optional(),
  ZHUCUN_DEMO: z.enum(['0', '1']).default('1'),
  ZHUCUN_REGIONS: z.enum(['all', 'none']).default('all'),
  ZHUCUN_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  ZHUCUN_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string };
  dataDir: string;
  adminPassword: string | undefined;
  secretKey: string | undefined;
  /** The file keeping the signed head of the audit chain (security/audit-anchor.ts). */
  auditAnchorFile: string;
  demo: boolean;
  importRegions: boolean;
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number };
  /**
   * Sign-in limits: `maxFailures` wrong passwords lock an account for `lockMinutes`; one client address may
   * fail `addressMaxFailures` sign-ins in `addressWindowMinutes`, whatever the user names.
   */
  login: {
    maxFailures: number;
    lockMinutes: number;
    addressMaxFailures: number;
    addressWindowMinutes: number;
  };
  webDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (a shell's `VAR=` should not fail validation).
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`环境变量配置错误 / invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.ZHUCUN_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    adminPassword: e.ZHUCUN_ADMIN_PASSWORD,
    secretKey: e.ZHUCUN_SECRET_KEY,
    auditAnchorFile: path.resolve(e.ZHUCUN_AUDIT_ANCHOR ?? path.join(dataDir, 'audit-anchor.json')),
    demo: e.ZHUCUN_DEMO === '1',
    importRegions: e.ZHUCUN_REGIONS === 'all',
    secureCookies: e.ZHUCUN_SECURE_COOKIES === '1',
    trustProxy: e.ZHUCUN_TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: 30, absoluteHours: 12 },
    login: { maxFailures: 5, lockMinutes: 15, addressMaxFailures: 30, addressWindowMinutes: 15 },
    webDir: path.resolve('dist/web'),
  };
}
