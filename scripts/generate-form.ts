// Writes forms/community-partner.yml, the application form, from the record schema. A test
// fails when it is stale: run `npm run form` after changing the schema or its vocabularies.
import { writeFile } from 'node:fs/promises';
import { APPLICATION_FORM, APPLICATION_FORM_FILE } from './application-form-settings.ts';
import { readCommandLine } from './cli.ts';

readCommandLine(`usage: npm run form   (writes ${APPLICATION_FORM_FILE} from the schema)`);

await writeFile(APPLICATION_FORM_FILE, APPLICATION_FORM());
console.log(`wrote ${APPLICATION_FORM_FILE}`);
