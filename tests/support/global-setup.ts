import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildPostgresTemplate, dropPostgresDatabases } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

/** Builds the database template once per run; each test file opens its own copy. */
export default async function setup(project: TestProject) {
  const target = (project.config.env?.TEST_DB as string | undefined) ?? process.env.TEST_DB ?? 'pglite';
  if (target === 'pg') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('TEST_DB=pg needs DATABASE_URL');
    const name = await buildPostgresTemplate(url);
    project.provide('pgTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      await dropPostgresDatabases(url, `${name.replace('zhucun_tpl_', 'zhucun_t_')}_`);
      await dropPostgresDatabases(url, name);
    };
  }
  project.provide('pgliteTemplate', await buildPgliteTemplate());
  project.provide('pgTemplate', '');
  return undefined;
}
