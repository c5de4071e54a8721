import type { PartnerRecord } from '../schema/record.ts';
import { formatFieldPath } from './error-map.ts';
import type { Problem } from './problems.ts';
import type { Position } from './yaml-source.ts';

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
  if (
    record.programs.includes('community-partner') &&
    record.description &&
    record.description.zh === undefined
  ) {
    warn(
      ['description'],
      'has no Chinese text',
      'add "zh:" so visitors of the Chinese page read it in their language',
    );
  }
  return warnings;
}
