import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAgainst } from '../core/checked-files.ts';
import { shownPath } from '../core/text.ts';
import { sortProblems, type Problem } from '../core/problems.ts';
import { parseYaml } from '../core/yaml.ts';
import { siteConfigSchema } from './site-config.ts';

/** The file SITE_CONFIG names, else the project's, beside the code (commands run from anywhere). */
export function siteConfigPath(): string {
  if (process.env.SITE_CONFIG) return path.resolve(process.env.SITE_CONFIG);
  const besideCode =
    import.meta.dirname && path.resolve(import.meta.dirname, '../../site.config.yaml');
  return besideCode && existsSync(besideCode) ? besideCode : path.resolve('site.config.yaml');
}

/** A site configuration, checked with the records' YAML reader, so its mistakes read like theirs. */
export function readSiteConfig(file: string, displayRoot = process.cwd()) {
  const shown = shownPath(file, displayRoot);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    const hint = 'create it (see README, "Site configuration") or point SITE_CONFIG at one';
    const problem: Problem = { file: shown, severity: 'error', message: 'cannot be read', hint };
    return { ok: false as const, problems: [problem] };
  }
  const parsed = parseYaml(bytes, shown);
  if (!parsed.ok) return { ok: false as const, problems: [parsed.problem] };
  const result = checkAgainst(siteConfigSchema, parsed.value, shown, parsed.locate);
  if (result.ok) return { ok: true as const, config: result.data };
  return { ok: false as const, problems: sortProblems(result.problems) };
}
