import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { programRequirements, type PartnerRecord } from '../schema/record.ts';
import { formatFieldPath } from '../core/zod-problems.ts';
import type { Position, Problem } from '../core/problems.ts';
import { urlsOf } from './localized-links.ts';

/** Things the build accepts but a maintainer should look at. */
export function recordWarnings(
  record: PartnerRecord,
  file: string,
  locate: (fieldPath: readonly PropertyKey[]) => Position,
  config: SiteConfig,
): Problem[] {
  const warnings: Problem[] = [];
  const warn = (fieldPath: PropertyKey[], message: string, hint: string) => {
    const field = formatFieldPath(fieldPath);
    warnings.push({ file, position: locate(fieldPath), severity: 'warning', field, message, hint });
  };
  const checkScheme = (url: string, fieldPath: PropertyKey[]) => {
    if (URL.parse(url)?.protocol === 'http:')
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
  const missingText = (fieldPath: PropertyKey[], code: string, beside = '') =>
    warn(
      fieldPath,
      `has no ${languageName(code)} text${beside}`,
      `add "${code}:" so visitors of the ${languageName(code)} page read it in their language`,
    );
  const { defaultLocale, localeCodes } = config;
  // Members of a program that requires a description are listed with it on every language's page.
  const describedMember = programRequirements(config).some(
    (program) => program.fields.includes('description') && record.programs.includes(program.id),
  );
  if (describedMember && record.description)
    for (const code of localeCodes)
      if (record.description[code] === undefined) missingText(['description'], code);
  // A usage in another language only: the default language's pages show it in that language.
  const { usage } = record;
  if (usage && usage[defaultLocale] === undefined)
    missingText(
      ['usage', Object.keys(usage).find((code) => usage[code] !== undefined)!],
      defaultLocale,
      ' beside it',
    );
  else if (usage)
    for (const code of localeCodes) if (usage[code] === undefined) missingText(['usage'], code);
  return warnings;
}
