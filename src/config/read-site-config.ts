import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { zodProblems } from '../data/error-map.ts';
import { sortProblems, type Problem } from '../data/problems.ts';
import { parseRecordYaml } from '../data/yaml-source.ts';
import { siteConfigSchema, type SiteConfig } from './site-config.ts';

/**
 * site.config.yaml of the project, or the file SITE_CONFIG names (another site, a fixture).
 * The project's file is found beside the code, so commands run from another folder (such as
 * `npm run validate -- DIR`) still use it.
 */
export function siteConfigPath(): string {
  if (process.env.SITE_CONFIG) return path.resolve(process.env.SITE_CONFIG);
  const besideCode = import.meta.dirname
    ? path.resolve(import.meta.dirname, '../../site.config.yaml')
    : undefined;
  return besideCode && existsSync(besideCode) ? besideCode : path.resolve('site.config.yaml');
}

export type SiteConfigReading =
  { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

/**
 * Reads and checks a site configuration with the records' YAML reader, so its mistakes read
 * like a record's: file:line:col, the field, what is wrong and how to fix it.
 */
export function readSiteConfig(file: string, displayRoot = process.cwd()): SiteConfigReading {
  const shown = path.relative(displayRoot, file).split(path.sep).join('/') || file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    const hint = 'create it (see README, "Site configuration") or point SITE_CONFIG at one';
    return {
      ok: false,
      problems: [{ file: shown, severity: 'error', message: 'cannot be read', hint }],
    };
  }
  const parsed = parseRecordYaml(bytes, shown);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const result = siteConfigSchema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return { ok: true, config: result.data };
  const problems = zodProblems(result.error.issues, {
    knownFields,
    place: (fieldPath, at) => ({ file: shown, position: parsed.locate(fieldPath, at) }),
  });
  return { ok: false, problems: sortProblems(problems) };
}

/** The fields the schema knows at a place of the file, for "did you mean" on a typo. */
function knownFields(at: PropertyKey[]): readonly string[] {
  let schema: z.core.$ZodType = siteConfigSchema;
  for (const segment of at) {
    schema = unwrap(schema);
    const def = schema._zod.def as {
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    const next = typeof segment === 'number' ? def.element : def.shape?.[segment as string];
    if (!next) return [];
    schema = next;
  }
  const def = unwrap(schema)._zod.def as { shape?: Record<string, unknown> };
  return def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as {
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
      schema?: z.core.$ZodType;
    };
    const inner = def.innerType ?? def.in ?? def.schema;
    if (!inner) return current;
    current = inner;
  }
}
