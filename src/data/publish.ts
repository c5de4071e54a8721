import type { SiteConfig } from '../config/site-config.ts';
import type { NormalizedLogo } from '../logos/normalize-logo.ts';
import type { LocalizedLink } from '../schema/record.ts';
import { LOGO_URL_PREFIX } from '../site/directory-paths.ts';
import type { LoadedRecord } from './load-partners.ts';
import { publishedLink } from './localized-links.ts';

// One order for every language: by the English name, ignoring case and accents, so "Éclair"
// sorts with "E"; a Chinese name shown on the Chinese page does not move its card.
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What the site may show of a record: never its contact, never a withdrawn record. */
export function publishedPartners(
  records: LoadedRecord[],
  logos: Map<string, NormalizedLogo>,
  config: Pick<SiteConfig, 'localeCodes' | 'site'>,
) {
  const link = (written: LocalizedLink | undefined) => written && publishedLink(written, config);
  return records
    .filter((loaded) => loaded.record.status === 'active')
    .map(({ id, record }) => {
      const logo = logos.get(id);
      return {
        id,
        name: record.name,
        /** The name in other languages, where the record gives one. */
        names: { ...record.names },
        website: record.website,
        programs: record.programs,
        services: record.services ?? [],
        regions: record.regions ?? [],
        description: record.description,
        usage: record.usage,
        caseStudies: (record.case_studies ?? []).map((study) => publishedLink(study, config)),
        /** When it joined each program that has a date, and the announcement where there is one. */
        joined: Object.fromEntries(
          Object.entries(record.joined ?? {}).flatMap(([program, joined]) =>
            joined
              ? [[program, { ...joined, announcement: link(joined.announcement) }] as const]
              : [],
          ),
        ),
        since: record.since,
        logo: logo && publishedLogo(logo),
      };
    })
    .sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export type PublishedPartner = ReturnType<typeof publishedPartners>[number];

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
    ...Object.entries(partner.names).map(([other, name]) => ({ name: name!, locale: other })),
  ];
  return all.filter((entry, index) => all.findIndex((seen) => seen.name === entry.name) === index);
}

/** Width and height in CSS pixels; `sources` for <source> elements, `src` for the <img>. */
function publishedLogo(logo: NormalizedLogo) {
  const avif = logo.images.filter((image) => image.type === 'image/avif');
  const srcset = avif.map((image) => `${LOGO_URL_PREFIX}${image.name} ${image.scale}x`).join(', ');
  // The largest PNG, sharp everywhere; only browsers without AVIF fetch it.
  const fallback = logo.images.filter((image) => image.type === 'image/png').at(-1)!;
  return {
    width: logo.width,
    height: logo.height,
    sources: [{ type: 'image/avif', srcset }],
    src: `${LOGO_URL_PREFIX}${fallback.name}`,
  };
}
