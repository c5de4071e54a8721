import { PROGRAM_REQUIREMENTS, type PartnerRecord } from '../schema/record.ts';
import { siteConfig } from '../config/current-site-config.ts';
import { formatFieldPath } from './error-map.ts';
import type { Problem } from './problems.ts';
import type { Position } from './yaml-source.ts';

// Languages other than the default one, which visitors of those pages would read.
const OTHER_LOCALES = siteConfig.locales.filter(
  (locale) => locale.code !== siteConfig.defaultLocale,
);
const languageName = (code: string) =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/**
 * Things the build accepts but a maintainer should look at, placed in `file` at the line
 * `locate` gives for each field.
 */
export function recordWarnings(
  record: PartnerRecord,
  file: string,
  locate: (fieldPath: readonly PropertyKey[]) => Position,
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
    if (new URL(url).protocol === 'http:')
      warn(
        fieldPath,
        `uses plain http (got "${url}")`,
        'use the https address if the site has one',
      );
  };
  checkScheme(record.website, ['website']);
  record.case_studies?.forEach((study, index) =>
    checkScheme(study.url, ['case_studies', index, 'url']),
  );
  // Members of a program that requires a description are listed with it on every language's page.
  const describedMember = PROGRAM_REQUIREMENTS.some(
    (program) => program.fields.includes('description') && record.programs.includes(program.id),
  );
  for (const locale of OTHER_LOCALES) {
    if (!describedMember || !record.description || record.description[locale.code] !== undefined)
      continue;
    warn(
      ['description'],
      `has no ${languageName(locale.code)} text`,
      `add "${locale.code}:" so visitors of the ${languageName(locale.code)} page read it in their language`,
    );
  }
  return warnings;
}
