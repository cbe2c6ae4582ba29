import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/server/db/lock';

describe('embedded data directory lock', () => {
  it('refuses a directory held by another live process, with a message that says what to do', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zc-lock-'));
    writeFileSync(path.join(dir, 'zhucun.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/DATABASE_URL/);
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zc-lock-'));
    writeFileSync(path.join(dir, 'zhucun.lock'), '4194303');
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'zhucun.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, 'zhucun.lock'))).toBe(false);
  });
});
