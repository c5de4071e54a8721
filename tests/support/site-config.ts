import path from 'node:path';
import { readSiteConfig } from '../../src/config/load-site-config.ts';
import type { SiteConfig } from '../../src/config/site-config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A site configuration file read for a test, e.g. the project's or a fixture site's. */
export function siteConfigFrom(file: string): SiteConfig {
  const reading = readSiteConfig(path.resolve(ROOT, file));
  if (!reading.ok) throw new Error(`${file} is not a valid site configuration`);
  return reading.config;
}

/** The project's own configuration, site.config.yaml. */
export const projectConfig = siteConfigFrom('site.config.yaml');
