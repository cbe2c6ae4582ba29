import { defineConfig } from 'vitest/config';

// Unit tests beside pure code; the API suite on PGlite, and again on PostgreSQL when DATABASE_URL is set.
const apiProject = (name: string, testDb: 'pglite' | 'pg') => ({
  test: {
    name,
    include: ['tests/api/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    env: { TEST_DB: testDb },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      apiProject('api-pglite', 'pglite'),
      ...(process.env.DATABASE_URL ? [apiProject('api-pg', 'pg')] : []),
    ],
  },
});
