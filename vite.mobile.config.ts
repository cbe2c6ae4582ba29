import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/mobile', import.meta.url));

/** Writes .br and .gz beside every text file of the build: the server sends them as they are (a slow
 * network carries a third of the bytes, and no CPU is spent compressing per request). */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  return {
    name: 'zhucun-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|webmanifest)$/.test(f))) {
        const bytes = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

// The stationed cadre's phone app (issue 11): src/mobile, served by the API server from dist/mobile at /m/
// (src/server/plugins/mobile-app.ts). A bundle of its own, without antd: React and the app, one chunk for the
// first screen. The service worker is built beside it as /m/sw.js, with the build's id to name its cache.
export default defineConfig({
  root: fileURLToPath(new URL('./src/mobile', import.meta.url)),
  base: '/m/',
  plugins: [react(), precompress()],
  define: { __MOBILE_BUILD__: JSON.stringify(Date.now().toString(36)) },
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/mobile/index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./src/mobile/sw.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { fs: { allow: [repoRoot] }, proxy: { '/api': 'http://localhost:3000' } },
});
