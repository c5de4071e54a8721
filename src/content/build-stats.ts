import { appendFile } from 'node:fs/promises';
import type { Directory } from '../data/directory.ts';

/**
 * One build's figures, as `npm run bench` reads them: record files checked, organizations
 * published, logos encoded and from the cache, and when (since the build process started)
 * the records and logos were ready.
 */
export type BuildStats = Directory['stats'] & { published: number; directoryReadyMs: number };

/**
 * When BUILD_STATS_FILE names a file, appends this build's figures to it as one JSON line, so
 * the benchmark reads numbers instead of the log's wording (and sees it if the step ran twice).
 */
export async function recordBuildStats(directory: Directory): Promise<void> {
  const file = process.env.BUILD_STATS_FILE;
  if (!file) return;
  const published = directory.partners.length;
  const stats: BuildStats = { ...directory.stats, published, directoryReadyMs: performance.now() };
  await appendFile(file, `${JSON.stringify(stats)}\n`);
}
