import type { PartnerRecord } from '../schema/record.ts';

export interface RecordWarning {
  path: PropertyKey[];
  message: string;
  hint: string;
}

/** Things the build accepts but a maintainer should look at. */
export function recordWarnings(record: PartnerRecord): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  const checkScheme = (url: string, fieldPath: PropertyKey[]) => {
    if (new URL(url).protocol === 'http:') {
      warnings.push({
        path: fieldPath,
        message: `uses plain http (got "${url}")`,
        hint: 'use the https address if the site has one',
      });
    }
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
    warnings.push({
      path: ['description'],
      message: 'has no Chinese text',
      hint: 'add "zh:" so visitors of the Chinese page read it in their language',
    });
  }
  return warnings;
}
