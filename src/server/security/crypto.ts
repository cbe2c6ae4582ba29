import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { systemState } from '../db/schema';

// Personal data at rest (PIPL-28, DESIGN.md §4): AES-256-GCM with a random 96-bit IV and the field
// name as associated data (a ciphertext cannot be moved to another column), and an HMAC-SHA256 per
// field for uniqueness and lookup. Both keys are derived (HKDF) from one 32-byte secret: from
// ZHUCUN_SECRET_KEY, or generated once into <dataDir>/secret.key with owner-only permissions.

const VERSION = 'v1';
const KEY_FILE = 'secret.key';
const FINGERPRINT_KEY = 'crypto.key';

export function parseKeyText(text: string): Buffer {
  const s = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32)
    throw new Error('密钥应为 32 字节（64 位十六进制或 base64） / the key must be 32 bytes (hex or base64)');
  return key;
}

/** Reads the key file, or creates it atomically (two processes starting together end up with one key). */
function keyFromFile(file: string): { key: Buffer; created: boolean } {
  try {
    return { key: parseKeyText(readFileSync(file, 'utf8')), created: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, file);
    return { key: parseKeyText(readFileSync(file, 'utf8')), created: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return { key: parseKeyText(readFileSync(file, 'utf8')), created: false };
  } finally {
    unlinkSync(tmp);
  }
}

export function loadSecretKey(
  config: Pick<Config, 'secretKey' | 'dataDir' | 'database'>,
  warn: (message: string) => void = console.warn,
): Buffer {
  if (config.secretKey) return parseKeyText(config.secretKey);
  const file = path.join(config.dataDir, KEY_FILE);
  const { key, created } = keyFromFile(file);
  if ((statSync(file).mode & 0o077) !== 0) {
    warn(
      `警告：密钥文件 ${file} 可被其他用户读取，请执行 chmod 600 / warning: ${file} is readable by others; chmod 600 it`,
    );
  }
  if (created && config.database.kind === 'postgresql') {
    warn(
      `警告：未设置 ZHUCUN_SECRET_KEY，已生成个人信息加密密钥 ${file}。使用 PostgreSQL 时请把该密钥妥善备份并通过 ZHUCUN_SECRET_KEY 提供给每个应用进程，丢失后已加密的身份证号和电话无法恢复。\n` +
        `warning: ZHUCUN_SECRET_KEY is not set; generated the personal-data key in ${file}. With PostgreSQL, back it up and give it to every app process as ZHUCUN_SECRET_KEY: without it, encrypted ID and phone numbers cannot be recovered.`,
    );
  }
  return key;
}

export interface FieldCipher {
  encrypt(field: string, plain: string): string;
  decrypt(field: string, stored: string): string;
  /** Keyed hash of a normalised value: equal values give equal hashes, and nothing else can be read. */
  hash(field: string, plain: string): string;
  /** Identifies the key without revealing it (to refuse starting with a different key). */
  fingerprint(): string;
}

/** The key of the audit chain (domain/audit/chain.ts), derived from the same secret as the field keys. */
export function auditChainKey(master: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhucun/audit-chain/v1', 32));
}

/** A cipher whose key is loaded on first use (commands that never touch personal data create no key). */
export function createFieldCipher(loadKey: () => Buffer): FieldCipher {
  let keys: { enc: Buffer; mac: Buffer } | undefined;
  const get = () => {
    if (!keys) {
      const master = loadKey();
      keys = {
        enc: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhucun/aes-256-gcm/v1', 32)),
        mac: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhucun/hmac-sha256/v1', 32)),
      };
    }
    return keys;
  };
  return {
    encrypt(field, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', get().enc, iv);
      cipher.setAAD(Buffer.from(field));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(field, stored) {
      const [version, data] = stored.split('.');
      if (version !== VERSION || !data) throw new Error('unknown ciphertext format');
      const raw = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', get().enc, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(field));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(field, plain) {
      return createHmac('sha256', get().mac).update(`${field}\u0000${plain}`).digest('hex');
    },
    fingerprint() {
      return createHmac('sha256', get().mac).update('zhucun key fingerprint').digest('hex').slice(0, 32);
    },
  };
}

/**
 * Records the key's fingerprint on first start and refuses to start with another key: data encrypted
 * under the old key would be unreadable and the uniqueness of ID numbers silently lost.
 */
export async function checkKeyFingerprint(db: Db, cipher: FieldCipher): Promise<void> {
  const fingerprint = cipher.fingerprint();
  const [row] = await db.select().from(systemState).where(eq(systemState.key, FINGERPRINT_KEY));
  if (!row) {
    await db
      .insert(systemState)
      .values({ key: FINGERPRINT_KEY, value: { fingerprint } })
      .onConflictDoNothing();
    return;
  }
  if ((row.value as { fingerprint?: string }).fingerprint !== fingerprint) {
    throw new Error(
      '个人信息加密密钥与数据库中的数据不匹配：请提供原来的 ZHUCUN_SECRET_KEY 或数据目录中的 secret.key。\n' +
        'The personal-data key does not match the data in the database: provide the original ZHUCUN_SECRET_KEY or the secret.key of the data directory.',
    );
  }
}
