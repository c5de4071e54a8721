import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAgainst } from '../core/checked-files.ts';
import { shownPath } from '../core/text.ts';
import { sortProblems, type Problem } from '../core/problems.ts';
import { parseYaml } from '../core/yaml.ts';
import { siteConfigSchema, type SiteConfig } from './site-config.ts';

/**
 * site.config.yaml of the project, or the file SITE_CONFIG names (another site, a fixture).
 * The project's file is found beside the code, so commands run from another folder (such as
 * `npm run validate -- DIR`) still use it.
 */
export function siteConfigPath(): string {
  if (process.env.SITE_CONFIG) return path.resolve(process.env.SITE_CONFIG);
  const besideCode =
    import.meta.dirname && path.resolve(import.meta.dirname, '../../site.config.yaml');
  return besideCode && existsSync(besideCode) ? besideCode : path.resolve('site.config.yaml');
}

export type SiteConfigReading =
  { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

/**
 * Reads and checks a site configuration with the records' YAML reader, so its mistakes read
 * like a record's: file:line:col, the field, what is wrong and how to fix it.
 */
export function readSiteConfig(file: string, displayRoot = process.cwd()): SiteConfigReading {
  const shown = shownPath(file, displayRoot);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    const hint = 'create it (see README, "Site configuration") or point SITE_CONFIG at one';
    const problem: Problem = { file: shown, severity: 'error', message: 'cannot be read', hint };
    return { ok: false, problems: [problem] };
  }
  const parsed = parseYaml(bytes, shown);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const result = checkAgainst(siteConfigSchema, parsed.value, shown, parsed.locate);
  if (result.ok) return { ok: true, config: result.data };
  return { ok: false, problems: sortProblems(result.problems) };
}
