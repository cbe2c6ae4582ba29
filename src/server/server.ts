import { buildApp } from './app';
import { loadConfig } from './config';
import { consoleReporter } from './console-reporter';
import { DataDirLockedError } from './db/lock';
import { startContainer } from './start';

async function main() {
  const config = loadConfig();
  const reporter = consoleReporter();
  const started = Date.now();
  const container = await startContainer(config, reporter);
  const app = await buildApp(container);
  // The audit chain's head is anchored outside the database at shutdown too (issue 8 finding 9); every
  // ~10 s it is the scheduled job `audit.anchor` (container.ts) run by this runner.
  const anchor = () =>
    container.services.audit.anchor(new Date()).catch((e: unknown) => {
      app.log.error(
        { kind: (e as Error).name, message: String((e as Error).message).split('\n')[0] },
        'audit anchor failed',
      );
    });
  const stopJobs = container.jobs.start({
    pollMs: 1_000,
    onError: (e, job) =>
      app.log.error(
        {
          job: job.name,
          id: job.id,
          kind: (e as Error)?.name,
          message: String((e as Error)?.message).split('\n')[0],
        },
        'job failed',
      ),
  });
  // A safety net for audit records a failed seal left staged (each write seals its own after its commit).
  const sealer = setInterval(() => {
    container.repositories.audit.seal(container.database.db).catch((e: unknown) => {
      app.log.error({ message: String((e as Error).message).split('\n')[0] }, 'audit seal failed');
    });
  }, 5_000);
  sealer.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await stopJobs();
    await app.close();
    clearInterval(sealer);
    await container.repositories.audit.seal(container.database.db).catch(() => undefined);
    await anchor();
    await container.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  reporter.info(
    `驻村 Zhucun 已启动 / started in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}  （数据库 / database: ${container.database.kind}）`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof DataDirLockedError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
