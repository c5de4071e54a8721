// The Content-Security-Policy, in two parts that both apply (a browser enforces every policy it
// is given): Astro writes a <meta> policy into each page with the hashes of the site's scripts
// and styles, so no 'unsafe-inline' is needed; the header adds what a <meta> policy ignores
// (frame-ancestors, sandbox) and covers the files that are not HTML (an SVG or the feed opened
// by itself), which no <meta> policy reaches.
import { createHash } from 'node:crypto';

/** Astro's `security.csp.directives`: everything but script-src and style-src, which Astro adds. */
export const CONTENT_SECURITY_DIRECTIVES = [
  "default-src 'none'",
  // Logos and the favicon, all served from the directory itself.
  "img-src 'self'",
  // The directory fetches nothing, but a crawler's tools read robots.txt from the page
  // (Lighthouse's SEO audit fails without it).
  "connect-src 'self'",
  // The filters' form submits to its own page (GET) when JavaScript is off.
  "form-action 'self'",
  "base-uri 'self'",
] as const;

/**
 * Astro's `scriptDirective` and `styleDirective` resources. Every script and style is inline and
 * allowed by its hash, so no file needs allowing: without a resource Astro would add 'self', and
 * 'report-sample' only adds a sample of the code to a violation report.
 */
export const INLINE_ONLY_RESOURCES = ["'report-sample'"];

/** Only the site itself may frame the directory. */
const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The hashes every page's <meta> policy allows, e.g. `'sha256-…'`. */
export interface InlineHashes {
  script: string[];
  style: string[];
}

/**
 * The header's policy for the pages. With the build's hashes (the standalone `_headers`, written
 * after the build) it is the whole policy. Without them (the block a host site pastes, which must
 * not change with every build) it is everything but default-src, script-src and style-src, which
 * the <meta> policy carries; each other fetch directive is then closed by name.
 */
export function pagePolicy(hashes?: InlineHashes): string {
  if (hashes)
    return [
      "default-src 'none'",
      `script-src ${hashes.script.join(' ') || "'none'"}`,
      `style-src ${hashes.style.join(' ') || "'none'"}`,
      ...CONTENT_SECURITY_DIRECTIVES.slice(1),
      FRAME_ANCESTORS,
    ].join('; ');
  return [
    ...CONTENT_SECURITY_DIRECTIVES.slice(1),
    ...['object', 'font', 'frame', 'media', 'manifest', 'worker'].map(
      (kind) => `${kind}-src 'none'`,
    ),
    FRAME_ANCESTORS,
  ].join('; ');
}

/** Files that are not HTML (the feed, robots.txt): nothing to load or run. */
export const FILE_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}`;
/** Logos, SVGs among them: in a sandbox as well, so one opened by itself is an inert document. */
export const LOGO_POLICY = `${FILE_POLICY}; sandbox`;

/** Inline hashes of a built page's <meta> policy, from its HTML. */
export function metaPolicyHashes(html: string): InlineHashes {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  const sources = (name: string) =>
    new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(policy ?? '')?.[1].match(/'sha\d+-[^']+'/g) ?? [];
  return { script: sources('script-src'), style: sources('style-src') };
}

/** The source for an `is:inline` script or style, which Astro leaves alone: the hash of its text. */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
