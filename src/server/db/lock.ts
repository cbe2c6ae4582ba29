import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dir} 已被进程 ${pid} 使用：嵌入式数据库只允许一个进程打开（两个进程同时打开会丢失已提交的数据）。请先停止该进程，或用 ZHUCUN_DATA_DIR 指定另一个目录；生产环境请使用 PostgreSQL（DATABASE_URL）。\n` +
        `The data directory ${dir} is in use by process ${pid}: the embedded database allows one process only (two processes on one directory lose committed rows). Stop that process or set ZHUCUN_DATA_DIR; production means PostgreSQL (DATABASE_URL).`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Exclusive lock on the embedded database's directory (DESIGN.md §2: PGlite has no inter-process
 * locking, and two processes on one directory lost a committed row). A lock file created with O_EXCL
 * holds the owner's pid; a lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'zhucun.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) throw new DataDirLockedError(dir, pid);
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(dir, -1);
}
