// The Content-Security-Policy in two parts, both enforced: Astro's <meta> policy in each page
// hashes its scripts and styles (no 'unsafe-inline'); the header adds what <meta> ignores
// (frame-ancestors, sandbox) and covers files that are not HTML, which no <meta> reaches.
import { createHash } from 'node:crypto';

/** Astro's `security.csp.directives`: everything but script-src and style-src, which Astro adds. */
export const CONTENT_SECURITY_DIRECTIVES = [
  "default-src 'none'",
  // Logos and the favicon, all served from the directory itself.
  "img-src 'self'",
  // Nothing is fetched, but crawlers' tools read robots.txt from the page (Lighthouse's SEO audit).
  "connect-src 'self'",
  // The filters' form submits to its own page (GET) when JavaScript is off.
  "form-action 'self'",
  "base-uri 'self'",
] as const;

// Astro's `scriptDirective`/`styleDirective` resources: everything is inline and hashed, and
// without a resource Astro would add 'self'; 'report-sample' only samples a violation's code.
export const INLINE_ONLY_RESOURCES = ["'report-sample'"];

const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The hashes every page's <meta> policy allows, e.g. `'sha256-…'`. */
export type InlineHashes = { script: string[]; style: string[] };

/**
 * With the build's hashes, the pages' whole header policy (`_headers`); without, the host's stable
 * block: the <meta> policy's part left out, every other fetch directive closed by name.
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
