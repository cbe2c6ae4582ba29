import { ensureAdmin, ensureRegions, type Reporter } from './bootstrap';
import type { Config } from './config';
import { type Container, createContainer } from './container';
import { openDatabase } from './db/open';
import { seedDemo } from './demo/seed';
import { checkKeyFingerprint } from './security/crypto';

/** Opens, migrates and fills the database, and wires the container (used by the server and the CLI). */
export async function startContainer(
  config: Config,
  reporter: Reporter,
  options: { seed?: boolean } = {},
): Promise<Container> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    if (options.seed !== false) {
      if (config.importRegions) await ensureRegions(database, reporter);
    }
    const container = createContainer(database, config);
    // Audit records a crash left staged between their change's commit and their seal (issue 10 Scale).
    await container.repositories.audit.seal(database.db);
    if (options.seed !== false) {
      await ensureAdmin(container, config, reporter);
      await checkKeyFingerprint(database.db, container.cipher);
      await seedDemo(container, reporter);
    }
    return container;
  } catch (e) {
    await database.close();
    throw e;
  }
}
