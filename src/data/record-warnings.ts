import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { programRequirements, type PartnerRecord } from '../schema/record.ts';
import { formatFieldPath } from '../core/zod-problems.ts';
import type { Problem } from '../core/problems.ts';
import type { Position } from '../core/yaml.ts';
import { urlsOf } from './localized-links.ts';

/**
 * Things the build accepts but a maintainer should look at, placed in `file` at the line
 * `locate` gives for each field.
 */
export function recordWarnings(
  record: PartnerRecord,
  file: string,
  locate: (fieldPath: readonly PropertyKey[]) => Position,
  config: SiteConfig,
): Problem[] {
  const warnings: Problem[] = [];
  const warn = (fieldPath: PropertyKey[], message: string, hint: string) =>
    warnings.push({
      file,
      position: locate(fieldPath),
      severity: 'warning',
      field: formatFieldPath(fieldPath),
      message,
      hint,
    });
  const checkScheme = (url: string, fieldPath: PropertyKey[]) => {
    if (URL.canParse(url) && new URL(url).protocol === 'http:')
      warn(
        fieldPath,
        `uses plain http (got "${url}")`,
        'use the https address if the site has one',
      );
  };
  checkScheme(record.website, ['website']);
  record.case_studies?.forEach((study, index) => {
    for (const { url, path } of urlsOf(study)) checkScheme(url, ['case_studies', index, ...path]);
  });
  for (const [program, joined] of Object.entries(record.joined ?? {}))
    for (const { url, path } of joined?.announcement ? urlsOf(joined.announcement) : [])
      checkScheme(url, ['joined', program, 'announcement', ...path]);
  // Members of a program that requires a description are listed with it on every language's page.
  const describedMember = programRequirements(config).some(
    (program) => program.fields.includes('description') && record.programs.includes(program.id),
  );
  // Languages other than the default one, which visitors of those pages would read.
  for (const code of config.localeCodes.filter((code) => code !== config.defaultLocale)) {
    if (!describedMember || !record.description || record.description[code] !== undefined) continue;
    warn(
      ['description'],
      `has no ${languageName(code)} text`,
      `add "${code}:" so visitors of the ${languageName(code)} page read it in their language`,
    );
  }
  // A usage in another language only: the default language's pages show it in that language.
  const { defaultLocale } = config;
  if (record.usage && record.usage[defaultLocale] === undefined)
    warn(
      ['usage', Object.keys(record.usage).find((code) => record.usage?.[code] !== undefined)!],
      `has no ${languageName(defaultLocale)} text beside it`,
      `add "${defaultLocale}:" so visitors of the ${languageName(defaultLocale)} page read it in their language`,
    );
  else if (record.usage)
    for (const code of config.localeCodes)
      if (record.usage[code] === undefined)
        warn(
          ['usage'],
          `has no ${languageName(code)} text`,
          `add "${code}:" so visitors of the ${languageName(code)} page read it in their language`,
        );
  return warnings;
}
