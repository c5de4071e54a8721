import type { PublishedPartner } from './publish.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { routesFor } from '../site/locale-routes.ts';
import { linkIn, type PublishedLink } from './localized-links.ts';

/** Version of the feed's shape (FEED_PATH): bump it on any change that is not purely additive. */
export const FEED_VERSION = 1;

/** The published directory as data: a stable interface, documented in the README. Never the contact. */
export function partnersFeed(partners: PublishedPartner[], site: URL, config: SiteConfig) {
  const { directoryPath, partnerPath } = routesFor(config);
  const absolute = (path: string) => new URL(path, site).href;
  // A link as version 1 had it (title and url, in the default language where there is one), plus every language's.
  const feedLink = (link: PublishedLink) => {
    const { title, url } = linkIn(link, config.defaultLocale, config.defaultLocale);
    return { title, url, languages: link };
  };
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
      // Added within version 1: what it uses the project for, per language (inline Markdown).
      usage: partner.usage ?? null,
      since: partner.since ?? null,
      case_studies: partner.caseStudies.map(feedLink),
      // Added within version 1: { "adopter": { "date": ..., "announcement": {...} | null } }.
      joined: Object.fromEntries(
        Object.entries(partner.joined).map(([program, joined]) => [
          program,
          {
            date: joined!.date,
            announcement: joined!.announcement ? feedLink(joined!.announcement) : null,
          },
        ]),
      ),
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
