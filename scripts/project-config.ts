// The site configuration for a command: read once at the entry point, then passed on. A broken
// one is the user's mistake: its problems are printed and the command ends with exit 1.
import { readSiteConfig, siteConfigPath } from '../src/config/load-site-config.ts';
import type { SiteConfig } from '../src/config/site-config.ts';
import { formatProblem } from '../src/core/problems.ts';

export function projectConfig(): SiteConfig {
  const reading = readSiteConfig(siteConfigPath());
  if (reading.ok) return reading.config;
  for (const problem of reading.problems) console.error(formatProblem(problem));
  console.error('The site configuration has errors: fix them and run the command again.');
  process.exit(1);
}
