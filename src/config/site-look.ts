import { formatProblem } from '../data/problems.ts';
import { loadBrandLogos, type BrandLogos } from './brand-logos.ts';
import { siteConfig } from './current-site-config.ts';
import { siteConfigPath } from './read-site-config.ts';

/** What the header, footer and theme show: the configuration's brand, header and footer, and the logos. */
export interface SiteLook {
  brand: typeof siteConfig.brand;
  header: typeof siteConfig.header;
  footer: typeof siteConfig.footer;
  defaultLocale: string;
  logos: BrandLogos;
}

let cached: SiteLook | undefined;

/**
 * The site's look, read once. A logo that cannot be used is the user's mistake: its problem is
 * printed and the process ends, as for the rest of the configuration.
 */
export function siteLook(): SiteLook {
  if (cached) return cached;
  const loaded = loadBrandLogos(siteConfig.brand, siteConfigPath());
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    console.error('The site configuration has errors: fix them and run the command again.');
    process.exit(1);
  }
  const { brand, header, footer, defaultLocale } = siteConfig;
  cached = { brand, header, footer, defaultLocale, logos: loaded.logos };
  return cached;
}
