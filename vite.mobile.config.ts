import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// The stationed cadre's phone app (issue 11): src/mobile, served by the API server from dist/mobile at /m/
// (src/server/plugins/mobile-app.ts). A bundle of its own, without antd: React and the app, one chunk for the
// first screen. The service worker is built beside it as /m/sw.js, with the build's id to name its cache.
export default defineConfig({
  root: fileURLToPath(new URL('./src/mobile', import.meta.url)),
  base: '/m/',
  plugins: [react()],
  define: { __MOBILE_BUILD__: JSON.stringify(Date.now().toString(36)) },
  build: {
    outDir: fileURLToPath(new URL('./dist/mobile', import.meta.url)),
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
