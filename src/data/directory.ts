import { loadPartners } from './load-partners.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';
import { publishedLogoFiles, publishedPartners, type PublishedPartner } from './publish.ts';
import { processLogos } from '../logos/process-logos.ts';
import type { LogoImage } from '../logos/normalize-logo.ts';

export interface Directory {
  partners: PublishedPartner[];
  logoFiles: LogoImage[];
  /** The image files of each published organization's logo, by record id. */
  logosByPartner: Map<string, LogoImage[]>;
  problems: Problem[];
  ok: boolean;
  stats: { records: number; logosEncoded: number; logosCached: number };
}

/** The whole data flow: read and check the records, normalize their logos, and publish what may be shown. */
export async function buildDirectory(partnersDir: string, cacheDir?: string): Promise<Directory> {
  const loaded = await loadPartners(partnersDir);
  const processed = await processLogos(loaded.records, cacheDir);
  const problems = sortProblems([...loaded.problems, ...processed.problems]);
  const ok = !hasErrors(problems);
  const partners = ok ? publishedPartners(loaded.records, processed.logos) : [];
  return {
    partners,
    logoFiles: publishedLogoFiles(partners, processed.logos),
    logosByPartner: new Map(
      partners.map((partner) => [partner.id, processed.logos.get(partner.id)?.images ?? []]),
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
