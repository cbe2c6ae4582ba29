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
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
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
