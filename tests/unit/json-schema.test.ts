import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fieldReference, partnerJsonSchema } from '../../src/schema/json-schema.ts';
import { README_FIELDS_PATTERN, renderReadmeFields } from '../../src/schema/readme-fields.ts';

describe('generated documents', () => {
  it('the committed JSON Schema matches the zod schema (run `npm run schema` if not)', async () => {
    const committed = JSON.parse(await readFile('schema/partner.schema.json', 'utf8'));
    expect(committed).toEqual(partnerJsonSchema());
  });

  it("the README's field reference matches the zod schema (run `npm run schema` if not)", async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme.match(README_FIELDS_PATTERN)?.[0]).toBe(renderReadmeFields(fieldReference()));
  });

  it('tells editors that community partners need a logo, description, services and contact', () => {
    const schema = partnerJsonSchema() as {
      then: { required: string[] };
      additionalProperties: boolean;
    };
    expect(schema.then.required).toEqual(['logo', 'description', 'services', 'contact']);
    expect(schema.additionalProperties).toBe(false);
  });
});
