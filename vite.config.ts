import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// The SPA lives in src/web and is served by the API server from dist/web (src/server/app.ts).
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Routes are split with React.lazy; what remains in the entry is React, the router, antd's shell and the layout.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Libraries every page needs get their own long-cached chunk; antd stays split per component.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // The web app imports src/shared and src/domain/access/password.ts from outside its root.
    fs: { allow: [repoRoot] },
    // The app's own modules live under src/web/api too: only requests that are not source files go to the API.
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        bypass: (req) => (/\.(ts|tsx|js|css)(\?|$)/.test(req.url ?? '') ? req.url : undefined),
      },
    },
  },
  preview: { proxy: { '/api': 'http://localhost:3000' } },
});
