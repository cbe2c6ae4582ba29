// Builds the web apps when their sources are newer than the last build (so `npm start` stays fast): the desktop
// app (src/web → dist/web) and the phone app (src/mobile → dist/mobile, issue 11). Both read src/shared.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const common = Math.max(newest('src/shared'), statSync('package.json').mtimeMs);

const apps = [
  { name: 'the web app', out: 'dist/web/index.html', src: 'src/web', config: 'vite.config.ts' },
  {
    name: 'the phone app',
    out: 'dist/mobile/index.html',
    src: 'src/mobile',
    config: 'vite.mobile.config.ts',
  },
];
for (const app of apps) {
  const sources = Math.max(common, newest(app.src), statSync(app.config).mtimeMs);
  if (existsSync(app.out) && statSync(app.out).mtimeMs >= sources) {
    console.log(`${app.name} up to date (${path.dirname(app.out)})`);
  } else {
    console.log(`building ${app.name}…`);
    execSync(`npx vite build --config ${app.config}`, { stdio: 'inherit' });
  }
}
