import { appendFile } from 'node:fs/promises';
import type { Directory } from '../data/directory.ts';

/** One build's figures for `npm run bench`; `directoryReadyMs` is since the process started. */
export type BuildStats = Directory['stats'] & { published: number; directoryReadyMs: number };

/** Appends them as a JSON line to BUILD_STATS_FILE, so the benchmark needs no log parsing. */
export async function recordBuildStats(directory: Directory): Promise<void> {
  const file = process.env.BUILD_STATS_FILE;
  if (!file) return;
  const published = directory.partners.length;
  const stats: BuildStats = { ...directory.stats, published, directoryReadyMs: performance.now() };
  await appendFile(file, `${JSON.stringify(stats)}\n`);
}
