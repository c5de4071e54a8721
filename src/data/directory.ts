import type { SiteConfig } from '../config/site-config.ts';
import { hasErrors, sortProblems, type Problem } from '../core/problems.ts';
import { processLogos, type LogoImageFile } from '../logos/process-logos.ts';
import { loadPartners } from './load-partners.ts';
import { publishedPartners, type PublishedPartner } from './publish.ts';

export interface Directory {
  partners: PublishedPartner[];
  /** The image files of each published organization's logo, by record id, in the logo cache. */
  logosByPartner: Map<string, LogoImageFile[]>;
  problems: Problem[];
  ok: boolean;
  stats: { records: number; logosEncoded: number; logosCached: number };
}

/** The whole data flow: read and check the records, normalize their logos, and publish what may be shown. */
export async function buildDirectory(
  partnersDir: string,
  config: SiteConfig,
  cacheDir?: string,
): Promise<Directory> {
  const loaded = await loadPartners(partnersDir, config);
  const processed = await processLogos(loaded.records, cacheDir);
  const problems = sortProblems([...loaded.problems, ...processed.problems]);
  const ok = !hasErrors(problems);
  const partners = ok ? publishedPartners(loaded.records, processed.logos, config) : [];
  return {
    partners,
    logosByPartner: new Map(
      partners.map((partner) => [partner.id, processed.files.get(partner.id) ?? []]),
    ),
    problems,
    ok,
    stats: {
      records: loaded.recordFileCount,
      logosEncoded: processed.encoded,
      logosCached: processed.cached,
    },
  };
}
