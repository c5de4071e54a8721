import path from 'node:path';
import type { Position, Problem } from '../core/problems.ts';

/** What the checks across records read of each record. */
interface RecordSeen {
  file: string;
  record: { name: string; website: string };
  logo?: { path: string };
  locate: (fieldPath: readonly PropertyKey[]) => Position;
}
import { foldText } from '../core/text.ts';

/** Names compare equal regardless of case, accents, width and spacing. */
export function nameKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

/** Websites compare equal regardless of scheme, "www.", case, and a trailing slash. */
export function websiteKey(website: string): string {
  const url = new URL(website);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** Problems that only show when records are seen together. */
export function checkAcrossRecords(
  records: RecordSeen[],
  logoFilesInDir: string[],
  show: (file: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const firstWith = (
    key: (record: RecordSeen) => string | undefined,
    field: string,
    what: string,
    severity: Problem['severity'],
    hint: string,
  ) => {
    const seen = new Map<string, RecordSeen>();
    for (const loaded of records) {
      const value = key(loaded);
      if (value === undefined) continue;
      const first = seen.get(value);
      if (first) {
        problems.push({
          file: loaded.file,
          position: loaded.locate([field]),
          severity,
          field,
          message: `${what} ${first.file}`,
          hint,
        });
      } else {
        seen.set(value, loaded);
      }
    }
  };
  firstWith(
    (loaded) => nameKey(loaded.record.name),
    'name',
    'is the same name as in',
    'error',
    'keep one record per organization: merge the two files',
  );
  firstWith(
    (loaded) => websiteKey(loaded.record.website),
    'website',
    'is the same website as in',
    'error',
    'keep one record per organization, or give each its own website',
  );
  firstWith(
    (loaded) => loaded.logo?.path,
    'logo',
    'is the same logo file as in',
    'error',
    'each organization needs its own logo file',
  );

  const usedLogos = new Set(records.flatMap((loaded) => (loaded.logo ? [loaded.logo.path] : [])));
  for (const logoFile of logoFilesInDir) {
    if (!usedLogos.has(logoFile)) {
      problems.push({
        file: show(logoFile),
        severity: 'warning',
        message: 'is a logo that no record uses',
        hint: `delete it, or point a record's "logo" at ${path.basename(logoFile)}`,
      });
    }
  }
  return problems;
}
