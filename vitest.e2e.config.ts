import { defineConfig } from 'vitest/config';

// Browser tests: Debian Chromium through playwright-core against the real server (tests/e2e/README.md).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    // The first start (regions and demo) once; each file's server starts on a copy of its data directory.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    // The server imports the national region tree (~10 s) on a fresh data directory before it answers.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One browser and one server at a time: a single fork, files one after another.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
