import { z } from 'zod';
import { COMMUNITY_PARTNER_FIELDS, partnerRecordSchema } from './record.ts';

/** The record schema as JSON Schema, for editors (yaml-language-server) to complete and check records. */
export function partnerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(partnerRecordSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://karmada.io/partners/partner.schema.json',
    title: 'Karmada partner record',
    description: 'One organization of the Karmada partners directory: partners/<id>.yaml.',
    // zod's superRefine cannot be expressed in JSON Schema; this is the same rule.
    if: {
      properties: { programs: { contains: { const: 'community-partner' } } },
      required: ['programs'],
    },
    then: { required: [...COMMUNITY_PARTNER_FIELDS] },
  };
}

/** A Markdown table of the record's fields, for the README. */
export function fieldReference(): string {
  const json = partnerJsonSchema() as {
    properties: Record<string, { description?: string }>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const rows = Object.entries(json.properties).map(
    ([field, property]) =>
      `| \`${field}\` | ${required.has(field) ? 'yes' : COMMUNITY_PARTNER_FIELDS.includes(field as never) ? 'community partners' : 'no'} | ${(property.description ?? '').replace(/\|/g, '\\|')} |`,
  );
  return ['| field | required | what it is |', '|---|---|---|', ...rows].join('\n');
}
