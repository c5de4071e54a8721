import { formatProblem } from '../data/problems.ts';
import { readSiteConfig, siteConfigPath } from './read-site-config.ts';
import type { SiteConfig } from './site-config.ts';

/**
 * The configuration this run builds with, read once when first imported, so the record
 * schema, the pages and the scripts all see the same one. A broken configuration is the
 * user's mistake: its problems are printed and the process ends, without a stack trace and
 * before anything is written.
 */
export const siteConfig: SiteConfig = load();

function load(): SiteConfig {
  const file = siteConfigPath();
  // Pages bundled by Astro evaluate this module again, from elsewhere: they read the same file.
  process.env.SITE_CONFIG = file;
  const reading = readSiteConfig(file);
  if (reading.ok) return reading.config;
  for (const problem of reading.problems) console.error(formatProblem(problem));
  console.error('The site configuration has errors: fix them and run the command again.');
  process.exit(1);
}
