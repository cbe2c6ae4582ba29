import { defineConfig } from 'vitest/config';

// Unit tests beside pure code; the API suite on PGlite, and again on PostgreSQL when DATABASE_URL is set.
const apiProject = (name: string, testDb: 'pglite' | 'pg') => ({
  test: {
    name,
    include: ['tests/api/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    env: { TEST_DB: testDb },
    testTimeout: 60_000,
    // A hook may build the run's demo template (support/demo-template.ts): minutes on PGlite under load.
    hookTimeout: 600_000,
    pool: 'forks' as const,
    // A worker keeps its imported modules from one API file to the next: importing the whole server again for
    // each file was a third of the run's time. Nothing an API file sets up lives in a module: each builds its own
    // app and database (support/app.ts), and the module-level caches (calendar package, fonts) are read-only.
    isolate: false,
  },
});

export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: a single worker on the 2-core CI machine, which then
    // runs every file one after another. An API file waits on its database much of the time (PostgreSQL is
    // another process), so three files at once keep both cores busy.
    maxWorkers: 3,
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      apiProject('api-pglite', 'pglite'),
      ...(process.env.DATABASE_URL ? [apiProject('api-pg', 'pg')] : []),
    ],
  },
});
