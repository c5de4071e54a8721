import { z } from 'zod';
import { siteConfig } from '../config/current-site-config.ts';
import { PROGRAM_REQUIREMENTS, partnerRecordSchema } from './record.ts';

/** The record schema as JSON Schema, for editors (yaml-language-server) to complete and check records. */
export function partnerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(partnerRecordSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: new URL('/partners/partner.schema.json', siteConfig.site.url).href,
    title: `${siteConfig.project.name} partner record`,
    description: `One organization of the ${siteConfig.project.name} partners directory: partners/<id>.yaml.`,
    // zod's superRefine cannot be expressed in JSON Schema; these are the same rules.
    ...requirements(),
  };
}

/** "If programs contains X, then these fields are required", once per program with requirements. */
function requirements(): Record<string, unknown> {
  const rules = PROGRAM_REQUIREMENTS.map((program) => ({
    if: {
      properties: { programs: { contains: { const: program.id } } },
      required: ['programs'],
    },
    then: { required: [...program.fields] },
  }));
  if (rules.length === 0) return {};
  return rules.length === 1 ? rules[0] : { allOf: rules };
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
      `| \`${field}\` | ${required.has(field) ? 'yes' : requiredBy(field)} | ${(property.description ?? '').replace(/\|/g, '\\|')} |`,
  );
  return ['| field | required | what it is |', '|---|---|---|', ...rows].join('\n');
}

/** Which programs' members must fill in a field, e.g. "community partners", else "no". */
function requiredBy(field: string): string {
  const programs = PROGRAM_REQUIREMENTS.filter((program) =>
    program.fields.includes(field as never),
  );
  return programs.length > 0 ? programs.map((program) => program.members).join(', ') : 'no';
}
