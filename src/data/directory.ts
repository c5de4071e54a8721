import type { SiteConfig } from '../config/site-config.ts';
import { hasErrors, sortProblems, type Problem } from '../core/problems.ts';
import { processLogos, type LogoImageFile } from '../logos/process-logos.ts';
import { loadPartners } from './load-partners.ts';
import { publishedPartners, type PublishedPartner } from './publish.ts';

export interface Directory {
  partners: PublishedPartner[];
  /** The image files of each organization's logo, by record id, in the logo cache. */
  logosByPartner: Map<string, LogoImageFile[]>;
  problems: Problem[];
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
  return {
    partners: hasErrors(problems) ? [] : publishedPartners(loaded.records, processed.logos, config),
    logosByPartner: processed.files,
    problems,
    stats: {
      records: loaded.recordFileCount,
      logosEncoded: processed.encoded,
      logosCached: processed.cached,
    },
  };
}
