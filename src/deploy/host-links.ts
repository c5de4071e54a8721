// Links to the host site (`site.url`) in the header and footer: absolute in the standalone build,
// whose preview has none of the host's pages; root-relative (/docs/) when merged with --into, so
// a deploy preview of the host keeps its visitors on the preview.

/** Set to 1 by `npm run build -- --into` before it builds: the pages are for the host's folder. */
export const INTO_HOST_ENV = 'PARTNERS_INTO_HOST';

/** `href` as the page links it: root-relative when it is the host's and the build is merged. */
export function hostLink(href: string, siteUrl: string): string {
  if (process.env[INTO_HOST_ENV] !== '1' || !URL.canParse(href)) return href;
  const url = new URL(href);
  return url.origin === new URL(siteUrl).origin ? `${url.pathname}${url.search}${url.hash}` : href;
}
