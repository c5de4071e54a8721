import { repeats, type Position, type Problem } from '../core/problems.ts';
import { foldText } from '../core/text.ts';

interface RecordSeen {
  file: string;
  record: { name: string; website: string };
  logo?: { path: string };
  locate: (fieldPath: readonly PropertyKey[]) => Position;
}

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

/** One organization, one record: what two records may not share. */
const UNIQUE = [
  {
    field: 'name',
    key: (loaded: RecordSeen) => nameKey(loaded.record.name),
    hint: 'keep one record per organization: merge the two files',
  },
  {
    field: 'website',
    key: (loaded: RecordSeen) => websiteKey(loaded.record.website),
    hint: 'keep one record per organization, or give each its own website',
  },
  {
    field: 'logo',
    key: (loaded: RecordSeen) => loaded.logo?.path,
    what: 'logo file',
    hint: 'each organization needs its own logo file',
  },
];

/** Problems that only show when records are seen together: a later record repeating an earlier one. */
export function checkAcrossRecords(records: RecordSeen[]): Problem[] {
  return UNIQUE.flatMap(({ field, key, what, hint }) =>
    repeats(records, key).map(([loaded, first]): Problem => ({
      file: loaded.file,
      position: loaded.locate([field]),
      severity: 'error',
      field,
      message: `is the same ${what ?? field} as in ${first.file}`,
      hint,
    })),
  );
}
