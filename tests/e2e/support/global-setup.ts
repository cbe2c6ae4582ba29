import { rmSync } from 'node:fs';
import { startServer } from './server';

/**
 * One first start for the whole browser run: the national region tree and the demo are written once, the
 * server is stopped cleanly, and every test file's server starts on a copy of that data directory
 * (ZHUCUN_E2E_PREPARED_DATA, read by startServer). The first start is itself checked: it must come up healthy.
 */
export default async function setup() {
  const first = await startServer({ fresh: true });
  await first.stop(true);
  process.env.ZHUCUN_E2E_PREPARED_DATA = first.dataDir;
  return () => rmSync(first.dataDir, { recursive: true, force: true });
}
