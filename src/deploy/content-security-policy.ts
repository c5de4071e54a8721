// The Content-Security-Policy, in two parts that both apply (a browser enforces every policy it
// is given): Astro writes a <meta> policy into each page with the hashes of that page's scripts
// and styles, so no 'unsafe-inline' is needed; the `_headers` policy holds what does not change
// from one build to the next, so the block a host site pastes never goes stale, and what a <meta>
// policy ignores (frame-ancestors).

/** Astro's `security.csp.directives`: everything but script-src and style-src, which Astro adds. */
export const CONTENT_SECURITY_DIRECTIVES = [
  "default-src 'none'",
  // Logos and the favicon, all served from the directory itself.
  "img-src 'self'",
  // The filters' form submits to its own page (GET) when JavaScript is off.
  "form-action 'self'",
  "base-uri 'self'",
] as const;

/**
 * The header's policy. No script-src or style-src (nor default-src, their fallback): those
 * carry per-build hashes and live in the <meta> policy. Everything else is denied the same way.
 */
export const HEADER_CONTENT_SECURITY_POLICY = [
  ...CONTENT_SECURITY_DIRECTIVES.filter((directive) => !directive.startsWith('default-src')),
  "object-src 'none'",
  "connect-src 'none'",
  "font-src 'none'",
  "frame-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "worker-src 'none'",
  // Only the site itself may frame the directory.
  "frame-ancestors 'self'",
].join('; ');
