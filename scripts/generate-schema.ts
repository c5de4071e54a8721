// Writes schema/partner.schema.json and the README's field reference from the zod schema.
// A test fails when either is stale: run `npm run schema` after changing src/schema/.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { partnerJsonSchema, fieldReference } from '../src/schema/json-schema.ts';
import { README_FIELDS_PATTERN, renderReadmeFields } from '../src/schema/readme-fields.ts';
import { projectConfig } from './project-config.ts';
import { readCommandLine } from './cli.ts';

readCommandLine('usage: npm run schema   (writes schema/partner.schema.json and README fields)');
const config = projectConfig();

await mkdir('schema', { recursive: true });
await writeFile(
  'schema/partner.schema.json',
  `${JSON.stringify(partnerJsonSchema(config), null, 2)}\n`,
);
const readme = await readFile('README.md', 'utf8');
if (!README_FIELDS_PATTERN.test(readme))
  throw new Error('README.md lacks the <!-- fields:start --> / <!-- fields:end --> markers');
await writeFile(
  'README.md',
  readme.replace(README_FIELDS_PATTERN, renderReadmeFields(fieldReference(config))),
);
console.log('wrote schema/partner.schema.json and the field reference in README.md');
