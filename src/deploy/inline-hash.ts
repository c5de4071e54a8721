import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source for an inline script or style whose text Astro does not
 * process (`is:inline`): `'sha256-…'` of exactly the text between the tags.
 */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
