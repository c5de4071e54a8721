import { linkTargets, singleLineAnswer } from './answer-text.ts';

// A host name without a scheme, as in "acme.io" or "www.acme.io/products".
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

export interface WebsiteAnswer {
  website: string;
  /** Said to the maintainer when the address was completed, e.g. "took acme.io as https://acme.io/". */
  note?: string;
}

/**
 * A website as typed (a flag, the terminal, an issue): a bare host name becomes its https
 * address, which applicants and maintainers alike mean by it. Anything else comes back as
 * typed, for the schema to refuse with the text.
 */
export function completeWebsite(typed: string): WebsiteAnswer {
  if (!BARE_DOMAIN.test(typed) || !URL.canParse(`https://${typed}`)) return { website: typed };
  const website = new URL(`https://${typed}`).href;
  return { website, note: `took ${typed} as ${website}` };
}

/** The website an answer gives: the first web address or host name it links to, else its first line. */
export function websiteAnswer(text: string): WebsiteAnswer {
  const target = linkTargets(text).find(
    (url) => /^https?:\/\//i.test(url) || BARE_DOMAIN.test(url),
  );
  return completeWebsite(target ?? singleLineAnswer(text));
}
