import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ensureRegions } from '../server/bootstrap';
import { loadConfig } from '../server/config';
import { consoleReporter } from '../server/console-reporter';
import { systemActor } from '../server/context';
import { restorePglite, restorePostgres } from '../server/db/client';
import { DataDirLockedError, lockDataDir } from '../server/db/lock';
import { verifyAll } from '../server/modules/audit/audit.service';
import { startContainer } from '../server/start';
import type { Role } from '../shared/dictionaries';
import { roles } from '../shared/dictionaries';
import { AppError } from '../shared/errors';

const usage = `用法 / usage: zhucun <command>

  db migrate                 apply database migrations
  import regions             import the national region tree (skipped when already complete)
  backup <file>              write a backup of the whole database (embedded: a .tar.gz of the data
                             directory; PostgreSQL: pg_dump custom format)
  restore <file>             restore a backup (embedded: the old directory is kept beside it)
  audit verify               verify the audit hash chain; prints "intact" or the first broken link
  user add <username> <role> [region-or-unit ...]
                             create a user; the password is read from ZHUCUN_NEW_PASSWORD or generated and printed once

Environment: DATABASE_URL (PostgreSQL) or ZHUCUN_DATA_DIR (embedded, default ./data).
With the embedded database, stop the server first: only one process may open the data directory.`;

const BREAK_TEXT: Record<string, string> = {
  prev_hash: 'its prev_hash does not match the previous record (a record was removed or inserted)',
  hash: 'its content does not match its hash (the record was changed, or re-hashed without the key)',
  version: 'an unkeyed record after keyed ones (the chain was rewritten)',
  truncated: 'records up to the anchored head are missing (the newest records were deleted)',
  anchor_mismatch: 'the anchored record has another hash now (the chain was rewritten)',
  anchor_forged: "the anchor file is not signed with this installation's key",
};

async function main(argv: string[]) {
  const [group, command, ...rest] = argv;
  const key = `${group ?? ''} ${command ?? ''}`.trim();
  const file = command ?? '';
  const config = loadConfig();
  const reporter = consoleReporter();
  switch (key) {
    case 'db migrate': {
      const c = await startContainer(config, reporter, { seed: false });
      console.log('migrations applied');
      await c.database.close();
      return 0;
    }
    case 'import regions': {
      const c = await startContainer(config, reporter, { seed: false });
      await ensureRegions(c.database, reporter);
      await c.database.close();
      return 0;
    }
    case `backup ${command}`: {
      const c = await startContainer(config, reporter, { seed: false });
      try {
        await c.database.backup(path.resolve(file));
        await c.database.db.transaction((tx) =>
          c.repositories.audit.append(
            tx,
            systemActor('cli'),
            { action: 'system.backup', entityType: 'system', after: { file: path.basename(file) } },
            new Date(),
          ),
        );
        console.log(`backup written to ${path.resolve(file)}`);
        console.log(
          '请另行备份个人信息加密密钥（数据目录下的 secret.key 或 ZHUCUN_SECRET_KEY），它不在备份文件中；没有它无法解密身份证号和电话。\n' +
            'Back up the personal-data key (secret.key in the data directory, or ZHUCUN_SECRET_KEY) separately: it is not in the backup, and without it ID and phone numbers cannot be decrypted.',
        );
        return 0;
      } finally {
        await c.database.close();
      }
    }
    case `restore ${command}`: {
      if (!existsSync(command ?? '')) {
        console.error(`no such backup file: ${command ?? ''}`);
        return 1;
      }
      if (config.database.kind === 'postgresql') {
        await restorePostgres(config.database.url, path.resolve(file));
      } else {
        const release = lockDataDir(config.dataDir);
        try {
          const dir = config.database.dataDir;
          if (existsSync(dir)) renameSync(dir, `${dir}.before-restore-${Date.now()}`);
          await restorePglite(dir, path.resolve(file));
        } finally {
          release();
        }
      }
      const c = await startContainer(config, reporter, { seed: false });
      try {
        await c.database.db.transaction((tx) =>
          c.repositories.audit.append(
            tx,
            systemActor('cli'),
            { action: 'system.restore', entityType: 'system', after: { file: path.basename(file) } },
            new Date(),
          ),
        );
        // The restored chain is the truth from now on: its head becomes the anchor.
        await c.services.audit.anchor(new Date(), { force: true });
      } finally {
        await c.database.close();
      }
      console.log(`restored from ${path.resolve(file)}`);
      return 0;
    }
    case 'audit verify': {
      const c = await startContainer(config, reporter, { seed: false });
      try {
        const verdict = await verifyAll(c.database.db, c.repositories.audit, c.anchors);
        if (verdict.intact) {
          await c.services.audit.anchor(new Date());
          console.log(`intact (${verdict.checked} records)`);
          return 0;
        }
        for (const b of verdict.breaks)
          console.log(`broken at record ${b.id}: ${BREAK_TEXT[b.reason] ?? b.reason}`);
        if (verdict.moreBreaks) console.log(`… and ${verdict.moreBreaks} more broken records`);
        console.log(
          `${verdict.breaks.length + verdict.moreBreaks} broken of ${verdict.checked} records checked`,
        );
        return 2;
      } finally {
        await c.database.close();
      }
    }
    case 'user add': {
      const [username, role, ...scope] = rest;
      if (!username || !role || !(roles as readonly string[]).includes(role)) {
        console.error(`user add <username> <role> [scope...]; role one of: ${roles.join(', ')}`);
        return 1;
      }
      const c = await startContainer(config, reporter, { seed: false });
      try {
        const { generatePassword } = await import('../server/security/passwords');
        const password = process.env.ZHUCUN_NEW_PASSWORD ?? generatePassword();
        const isUnit = (s: string) => s.includes('-');
        const user = await c.services.users.create(systemActor('cli'), {
          username,
          password,
          displayName: username,
          roles: [role as Role],
          scope: { regions: scope.filter((s) => !isUnit(s)), units: scope.filter(isUnit) },
        });
        console.log(`created ${user.username} (${user.id})`);
        if (!process.env.ZHUCUN_NEW_PASSWORD) console.log(`password (shown once): ${password}`);
        return 0;
      } finally {
        await c.database.close();
      }
    }
    default:
      console.log(usage);
      return key === '' || key === 'help' ? 0 : 1;
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof DataDirLockedError) console.error(e.message);
    else if (e instanceof AppError) console.error(`${e.userMessage.zh}\n${e.userMessage.en}`);
    else console.error(e);
    process.exit(1);
  });
