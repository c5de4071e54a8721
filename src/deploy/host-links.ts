// Links to the host site (the configuration's `site.url`, e.g. https://example.org/docs/) in the
// header and footer. The standalone build keeps them absolute: a preview of the directory alone
// has none of the host's pages. Merged into the host (`npm run build -- --into DIR`) they are
// root-relative (/docs/), so a deploy preview of the host keeps its visitors on the preview.

/** Set to 1 by `npm run build -- --into` before it builds: the pages are for the host's folder. */
export const INTO_HOST_ENV = 'PARTNERS_INTO_HOST';

/** `href` as the page links it: root-relative when it is the host's and the build is merged. */
export function hostLink(href: string, siteUrl: string): string {
  if (process.env[INTO_HOST_ENV] !== '1' || !URL.canParse(href)) return href;
  const url = new URL(href);
  return url.origin === new URL(siteUrl).origin ? `${url.pathname}${url.search}${url.hash}` : href;
}
