import type { LoadedRecord } from '../data/load-partners.ts';
import { formatFieldPath } from '../core/zod-problems.ts';
import type { Position } from '../core/yaml.ts';
import { absoluteUrl, urlsOf } from '../data/localized-links.ts';

/** One URL as written in one record, with where it is written. */
export interface LinkTarget {
  url: string;
  /** The record file as shown to users, e.g. `partners/acme.yaml`. */
  file: string;
  /** `website` or `case_studies[0].url`. */
  field: string;
  position: Position;
}

/** Every URL the active records publish; paths on the project's site taken against `siteUrl`. */
export function linkTargets(records: LoadedRecord[], siteUrl: string): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const loaded of records) {
    // Withdrawn records are published nowhere, so their links are nobody's concern.
    if (loaded.record.status !== 'active') continue;
    const add = (url: string, path: PropertyKey[]) =>
      targets.push({
        url,
        file: loaded.file,
        field: formatFieldPath(path),
        position: loaded.locate(path),
      });
    add(loaded.record.website, ['website']);
    loaded.record.case_studies?.forEach((study, index) => {
      for (const { url, path } of urlsOf(study))
        add(absoluteUrl(url, siteUrl), ['case_studies', index, ...path]);
    });
    for (const [program, joined] of Object.entries(loaded.record.joined ?? {}))
      for (const { url, path } of joined?.announcement ? urlsOf(joined.announcement) : [])
        add(absoluteUrl(url, siteUrl), ['joined', program, 'announcement', ...path]);
  }
  return targets;
}
