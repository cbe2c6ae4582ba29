import type { Config } from '../config';
import { type Database, openPglite, openPostgres } from './client';
import { lockDataDir } from './lock';

/** Opens the configured database; the embedded one under an exclusive directory lock. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.database.kind === 'postgresql') return openPostgres(config.database.url);
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPglite({ dataDir: config.database.dataDir });
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
