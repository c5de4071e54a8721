import type { LoadedRecord } from './load-partners.ts';
import type { LocalizedText } from '../schema/record.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { publishedLink, type PublishedLink } from './localized-links.ts';
import type { LogoImage, NormalizedLogo } from '../logos/normalize-logo.ts';

import { LOGO_URL_PREFIX } from '../site/directory-paths.ts';

export interface PublishedLogo {
  /** CSS pixels, for the image's width and height attributes. */
  width: number;
  height: number;
  /** Modern formats first, for <source> elements. */
  sources: { type: string; srcset: string }[];
  /** PNG fallback for <img>, at 2x so it is sharp everywhere; only browsers without AVIF fetch it. */
  src: string;
}

/** What the site may show of a record: never its contact, never a withdrawn record. */
export interface PublishedPartner {
  id: string;
  /** The name in the default language (English), by which the directory is sorted. */
  name: string;
  /** The name in other languages, where the record gives one. */
  names: Partial<Record<string, string>>;
  website: string;
  programs: string[];
  services: string[];
  regions: string[];
  description?: LocalizedText;
  /** What the organization uses the project for, per language: inline Markdown (links, `code`). */
  usage?: LocalizedText;
  caseStudies: PublishedLink[];
  /** When it joined each program that has a date, and the announcement where there is one. */
  joined: Partial<Record<string, { date: string; announcement?: PublishedLink }>>;
  since?: string;
  logo?: PublishedLogo;
}

// One order for every language: by the English name, ignoring case and accents, so "Éclair"
// sorts with "E"; a Chinese name shown on the Chinese page does not move its card.
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function publishedPartners(
  records: LoadedRecord[],
  logos: Map<string, NormalizedLogo>,
  config: Pick<SiteConfig, 'localeCodes' | 'site'>,
): PublishedPartner[] {
  // Case-study paths such as /docs/casestudies/vipkid are the project site's pages.
  const links = { localeCodes: config.localeCodes, siteUrl: config.site.url };
  return records
    .filter((loaded) => loaded.record.status === 'active')
    .map(({ id, record }): PublishedPartner => {
      const logo = logos.get(id);
      return {
        id,
        name: record.name,
        names: { ...record.names },
        website: record.website,
        programs: record.programs,
        services: record.services ?? [],
        regions: record.regions ?? [],
        description: record.description,
        usage: record.usage,
        caseStudies: (record.case_studies ?? []).map((study) => publishedLink(study, links)),
        joined: Object.fromEntries(
          Object.entries(record.joined ?? {}).flatMap(([program, joined]) =>
            joined
              ? [
                  [
                    program,
                    {
                      date: joined.date,
                      ...(joined.announcement && {
                        announcement: publishedLink(joined.announcement, links),
                      }),
                    },
                  ],
                ]
              : [],
          ),
        ),
        since: record.since,
        logo: logo && publishedLogo(logo),
      };
    })
    .sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** The organization's name on a page in `locale`: its own name there where the record gives one. */
export function nameIn(partner: Pick<PublishedPartner, 'name' | 'names'>, locale: string): string {
  return partner.names[locale] ?? partner.name;
}

/** Every distinct name of the organization, the one for `locale` first, with its language. */
export function namesFor(
  partner: Pick<PublishedPartner, 'name' | 'names'>,
  locale: string,
  defaultLocale: string,
): { name: string; locale: string }[] {
  const all = [
    { name: nameIn(partner, locale), locale: partner.names[locale] ? locale : defaultLocale },
    { name: partner.name, locale: defaultLocale },
    ...Object.entries(partner.names).map(([other, name]) => ({
      name: name!,
      locale: other as string,
    })),
  ];
  return all.filter((entry, index) => all.findIndex((seen) => seen.name === entry.name) === index);
}

function publishedLogo(logo: NormalizedLogo): PublishedLogo {
  const srcset = (type: LogoImage['type']) =>
    logo.images
      .filter((image) => image.type === type)
      .map((image) => `${LOGO_URL_PREFIX}${image.name} ${image.scale}x`)
      .join(', ');
  const fallback = logo.images.filter((image) => image.type === 'image/png').at(-1)!;
  return {
    width: logo.width,
    height: logo.height,
    sources: [{ type: 'image/avif', srcset: srcset('image/avif') }],
    src: `${LOGO_URL_PREFIX}${fallback.name}`,
  };
}
