#!/usr/bin/env node
// npm run new:module -- <name> [--root <dir>]
// Writes a feature module in the shape of the existing ones from scripts/templates/module: schema · contract ·
// repository · view · service · routes · API test · web api file; prints what to wire by hand. Refuses to
// overwrite a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = path.resolve(rootAt >= 0 ? args[rootAt + 1] : path.join(import.meta.dirname, '..'));
const name = args.find((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run new:module -- <name>   (kebab-case, plural, e.g. leave-requests)');
  process.exit(2);
}
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const words = {
  __kebab__: name,
  __snake__: name.replaceAll('-', '_'),
  __camel__: camel,
  __Name__: camel[0].toUpperCase() + camel.slice(1),
  __label_zh__: '记录',
  __label_en__: name.replaceAll('-', ' '),
};
const templates = path.join(import.meta.dirname, 'templates', 'module');
const files = {
  'schema.ts.tmpl': `src/server/db/schema/${name}.ts`,
  'contract.ts.tmpl': `src/shared/contracts/${name}.ts`,
  'repository.ts.tmpl': `src/server/modules/${name}/${name}.repository.ts`,
  'view.ts.tmpl': `src/server/modules/${name}/${name}.view.ts`,
  'service.ts.tmpl': `src/server/modules/${name}/${name}.service.ts`,
  'routes.ts.tmpl': `src/server/modules/${name}/${name}.routes.ts`,
  'test.ts.tmpl': `tests/api/${name}.test.ts`,
  'web-api.ts.tmpl': `src/web/api/${name}/index.ts`,
};
for (const target of Object.values(files)) {
  if (existsSync(path.join(root, target))) {
    console.error(`${target} exists already: nothing written`);
    process.exit(1);
  }
}
for (const [template, target] of Object.entries(files)) {
  let text = readFileSync(path.join(templates, template), 'utf8');
  for (const [k, v] of Object.entries(words)) text = text.replaceAll(k, v);
  mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
  writeFileSync(path.join(root, target), text);
  console.log(`wrote ${target}`);
}
const N = words.__Name__;
console.log(`
Still to do by hand:
  src/server/db/schema/index.ts   export * from './${name}';   then: flock /tmp/zhucun-migrate.lock npm run db:generate -- --name ${words.__snake__}
  src/server/container.ts         repository create${N}Repository(), service ${camel}: create${N}Service({ db, ${camel}: … })
  src/server/app.ts               await app.register(${camel}Routes(() => app.services.${camel}));
  tests/api/scope-matrix.test.ts  an entry for GET /api/${name}, GET /api/${name}/:id and POST /api/${name}
  docs/architecture.md            the ownership table: \`${words.__snake__}\` → \`${name}\``);
