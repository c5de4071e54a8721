import { z } from 'zod';
import type { SiteConfig } from '../config/site-config.ts';
import { membersRequiring, programRequirements, recordSchemaOf } from './record.ts';

/** The record schema as JSON Schema, for editors (yaml-language-server) to complete and check records. */
export function partnerJsonSchema(config: SiteConfig): Record<string, unknown> {
  const schema = z.toJSONSchema(recordSchemaOf(config), {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  // zod's superRefine cannot be expressed in JSON Schema: "if programs contains X, then these
  // fields are required", once per program with requirements.
  const rules = programRequirements(config).map((program) => ({
    if: { properties: { programs: { contains: { const: program.id } } }, required: ['programs'] },
    then: { required: [...program.fields] },
  }));
  return {
    ...schema,
    $id: new URL('/partners/partner.schema.json', config.site.url).href,
    title: `${config.project.name} partner record`,
    description: `One organization of the ${config.project.name} partners directory: partners/<id>.yaml.`,
    ...(rules.length > 1 ? { allOf: rules } : rules[0]),
  };
}

/** A Markdown table of the record's fields, for the README. */
export function fieldReference(config: SiteConfig): string {
  const json = partnerJsonSchema(config) as {
    properties: Record<string, { description?: string }>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const rows = Object.entries(json.properties).map(
    ([field, property]) =>
      `| \`${field}\` | ${required.has(field) ? 'yes' : membersRequiring(config, field).join(', ') || 'no'} | ${(property.description ?? '').replace(/\|/g, '\\|')} |`,
  );
  return ['| field | required | what it is |', '|---|---|---|', ...rows].join('\n');
}
