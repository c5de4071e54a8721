import { appendFile } from 'node:fs/promises';
import type { Directory } from '../data/directory.ts';

/** One build's figures, as `npm run bench` reads them. */
export interface BuildStats {
  /** Record files checked, and organizations published. */
  records: number;
  published: number;
  logosEncoded: number;
  logosCached: number;
  /** Since the build process started, when the records and logos were ready. */
  directoryReadyMs: number;
}

/**
 * When BUILD_STATS_FILE names a file, appends this build's figures to it as one JSON line, so
 * the benchmark reads numbers instead of the log's wording (and sees it if the step ran twice).
 */
export async function recordBuildStats(directory: Directory): Promise<void> {
  const file = process.env.BUILD_STATS_FILE;
  if (!file) return;
  const stats: BuildStats = {
    records: directory.stats.records,
    published: directory.partners.length,
    logosEncoded: directory.stats.logosEncoded,
    logosCached: directory.stats.logosCached,
    directoryReadyMs: performance.now(),
  };
  await appendFile(file, `${JSON.stringify(stats)}\n`);
}
