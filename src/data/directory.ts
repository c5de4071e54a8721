import type { SiteConfig } from '../config/site-config.ts';
import { hasErrors, sortProblems } from '../core/problems.ts';
import { processLogos } from '../logos/process-logos.ts';
import { loadPartners } from './load-partners.ts';
import { publishedPartners } from './publish.ts';

/** The whole data flow: read and check the records, normalize their logos, and publish what may be shown. */
export async function buildDirectory(partnersDir: string, config: SiteConfig) {
  const loaded = await loadPartners(partnersDir, config);
  const processed = await processLogos(loaded.records);
  const problems = sortProblems([...loaded.problems, ...processed.problems]);
  return {
    partners: hasErrors(problems) ? [] : publishedPartners(loaded.records, processed.logos, config),
    /** The image files of each organization's logo, by record id, in the logo cache. */
    logosByPartner: processed.files,
    problems,
    stats: {
      records: loaded.recordFileCount,
      logosEncoded: processed.encoded,
      logosCached: processed.cached,
    },
  };
}

export type Directory = Awaited<ReturnType<typeof buildDirectory>>;
