import type { SiteConfig } from '../config/site-config.ts';
import { isSitePath, type LocalizedLink } from '../schema/record.ts';

/** A page as the site publishes it: per language that has a title, the title and its absolute URL. */
export type PublishedLink = Partial<Record<string, { title: string; url: string }>>;

/** Every URL of a link as written, with the path of its field under the link (`url` or `url.zh`). */
export function urlsOf(link: LocalizedLink): { url: string; path: string[] }[] {
  if (typeof link.url === 'string') return [{ url: link.url, path: ['url'] }];
  return Object.entries(link.url)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([code, url]) => ({ url, path: ['url', code] }));
}

/** A URL as a visitor follows it: a path on the project's site (/docs/...) against `site`. */
export const absoluteUrl = (url: string, site: string): string =>
  isSitePath(url) ? new URL(url, site).href : url;

/** Paths such as /docs/casestudies/vipkid are the project site's pages. */
export function publishedLink(
  link: LocalizedLink,
  { localeCodes, site }: Pick<SiteConfig, 'localeCodes' | 'site'>,
): PublishedLink {
  const published: PublishedLink = {};
  for (const code of localeCodes) {
    const title = link.title[code];
    const url = typeof link.url === 'string' ? link.url : link.url[code];
    if (title !== undefined && url !== undefined)
      published[code] = { title, url: absoluteUrl(url, site.url) };
  }
  return published;
}

/** The link a page in `locale` shows (its own, the default, any language's), with its language. */
export function linkIn(link: PublishedLink, locale: string, defaultLocale: string) {
  const code = [locale, defaultLocale, ...Object.keys(link)].find((candidate) => link[candidate])!;
  return { ...link[code]!, locale: code };
}
