import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fieldReference, partnerJsonSchema } from '../../src/schema/json-schema.ts';
import { recordSchemaOf } from '../../src/schema/record.ts';
import { README_FIELDS_PATTERN, renderReadmeFields } from '../../src/schema/readme-fields.ts';
import { projectConfig } from '../support/site-config.ts';

describe('generated documents', () => {
  it('the committed JSON Schema matches the zod schema (run `npm run schema` if not)', async () => {
    const committed = JSON.parse(await readFile('schema/partner.schema.json', 'utf8'));
    expect(committed).toEqual(partnerJsonSchema(projectConfig));
  });

  it("the README's field reference matches the zod schema (run `npm run schema` if not)", async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme.match(README_FIELDS_PATTERN)?.[0]).toBe(
      renderReadmeFields(fieldReference(projectConfig)),
    );
  });

  it('tells editors that community partners need a logo, description, services and contact', () => {
    const schema = partnerJsonSchema(projectConfig) as {
      then: { required: string[] };
      additionalProperties: boolean;
    };
    expect(schema.then.required).toEqual(['logo', 'description', 'services', 'contact']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('accepts every website the validator accepts, international domains included', () => {
    type UrlSchema = { format?: string; pattern: string };
    const schema = partnerJsonSchema(projectConfig) as {
      properties: {
        website: UrlSchema;
        case_studies: { items: { properties: { url: { anyOf: [UrlSchema] } } } };
      };
    };
    const studyUrl = schema.properties.case_studies.items.properties.url.anyOf[0];
    const urlSchemas = [schema.properties.website, studyUrl];
    const accepted = [
      'https://bücher.example/',
      'https://例子.测试/案例?语言=中文',
      'https://xn--bcher-kva.example/',
      'HTTPS://ACME.EXAMPLE/',
      'http://acme.example',
    ];
    for (const url of accepted) {
      expect(recordSchemaOf(projectConfig).shape.website.safeParse(url).success, url).toBe(true);
      for (const urlSchema of urlSchemas) {
        expect(new RegExp(urlSchema.pattern, 'u').test(url), url).toBe(true);
        // "uri" (RFC 3986) is ASCII only, so validators such as ajv refuse the first two.
        expect(urlSchema.format).toMatch(/^iri/);
      }
    }
    // A case study may be a page of the project's own site, as karmada.io links /docs/casestudies/...
    expect(studyUrl.format).toBe('iri-reference');
    expect(new RegExp(studyUrl.pattern, 'u').test('/docs/casestudies/vipkid')).toBe(true);
    for (const url of ['ftp://acme.example/', 'acme.example', '/docs/acme']) {
      expect(recordSchemaOf(projectConfig).shape.website.safeParse(url).success, url).toBe(false);
      expect(new RegExp(schema.properties.website.pattern, 'u').test(url), url).toBe(false);
    }
  });

  it('uses no format that refuses non-ASCII text the validator takes', async () => {
    const committed = await readFile('schema/partner.schema.json', 'utf8');
    expect(committed).not.toMatch(/"format": "(uri|uri-reference|hostname)"/);
  });
});
