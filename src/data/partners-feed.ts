import type { PublishedPartner } from './publish.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { routesFor } from '../site/locale-routes.ts';

/** Version of the feed's shape (FEED_PATH): bump it on any change that is not purely additive. */
export const FEED_VERSION = 1;

/** The published directory as data: a stable interface, documented in the README. Never the contact. */
export function partnersFeed(partners: PublishedPartner[], site: URL, config: SiteConfig) {
  const { directoryPath, partnerPath } = routesFor(config);
  const absolute = (path: string) => new URL(path, site).href;
  return {
    version: FEED_VERSION,
    url: absolute(directoryPath(config.defaultLocale)),
    partners: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      // Added within version 1: the name in other languages, e.g. { "zh": "华为" }; {} when none.
      names: partner.names,
      website: partner.website,
      programs: partner.programs,
      services: partner.services,
      regions: partner.regions,
      description: partner.description ?? null,
      since: partner.since ?? null,
      case_studies: partner.caseStudies,
      logo: partner.logo
        ? {
            width: partner.logo.width,
            height: partner.logo.height,
            png: absolute(partner.logo.src),
            avif: absolute(partner.logo.sources[0].srcset.split(' ')[0]),
          }
        : null,
      page: Object.fromEntries(
        config.localeCodes.map((locale) => [locale, absolute(partnerPath(locale, partner.id))]),
      ),
    })),
  };
}
