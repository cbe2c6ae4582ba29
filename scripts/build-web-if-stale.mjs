// Builds the web app when its sources are newer than the last build (so `npm start` stays fast).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const out = 'dist/web/index.html';
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const sources = Math.max(
  newest('src/web'),
  newest('src/shared'),
  statSync('vite.config.ts').mtimeMs,
  statSync('package.json').mtimeMs,
);
if (existsSync(out) && statSync(out).mtimeMs >= sources) {
  console.log('web app up to date (dist/web)');
} else {
  console.log('building the web app…');
  execSync('npx vite build', { stdio: 'inherit' });
}
