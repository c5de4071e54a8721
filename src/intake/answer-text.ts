// Turns the Markdown that applicants type into a form answer into the plain values a record holds.
// Only the few constructs seen in real answers are undone: links, images, autolinks, emphasis.

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
// <https://acme.io>, <mailto:ops@acme.io> and <ops@acme.io>.
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s>]+|[^\s<>@]+@[^\s<>]+)>/gi;
const HTML_IMAGE_SOURCE = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>()[\]"'`]+/gi;
// A host name without a scheme, as in "acme.io" or "www.acme.io/products".
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

/** Link text instead of links, no images, no emphasis, no HTML tags; whitespace left as is. */
export function unwrapMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_IMAGE, '')
    .replace(MARKDOWN_LINK, (_, label: string, target: string) => label.trim() || target)
    .replace(AUTOLINK, (_, target: string) => target.replace(/^mailto:/i, ''))
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__|`)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_\s][^*_]*?)[*_](?=\s|$|[.,;:!?])/g, '$1$2');
}

/** One line of plain text: the first non-blank line of the answer. */
export function singleLineAnswer(text: string): string {
  const line = unwrapMarkdown(text).split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.replace(/\s+/g, ' ').trim();
}

/** A paragraph of plain text: the whole answer with line breaks and runs of spaces made single spaces. */
export function paragraphAnswer(text: string): string {
  return unwrapMarkdown(text).replace(/\s+/g, ' ').trim();
}

/** Every address the answer links to, in the order they appear: images, links, autolinks, bare URLs. */
export function linkTargets(text: string): string[] {
  const found: { index: number; url: string }[] = [];
  const collect = (pattern: RegExp, group: number) => {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, url: match[group] });
  };
  collect(MARKDOWN_IMAGE, 2);
  collect(MARKDOWN_LINK, 2);
  collect(AUTOLINK, 1);
  collect(HTML_IMAGE_SOURCE, 1);
  collect(BARE_URL, 0);
  const urls = found.sort((a, b) => a.index - b.index).map(({ url }) => url.replace(/[.,;:!?]+$/, ''));
  return [...new Set(urls)];
}

/**
 * The website an answer gives: the first web address it links to, or a bare host name made
 * an https address. Anything else comes back as typed, for the schema to refuse with the text.
 */
export function websiteAnswer(text: string): string {
  const url = linkTargets(text).find((target) => /^https?:\/\//i.test(target));
  if (url) return url;
  const typed = singleLineAnswer(text);
  return BARE_DOMAIN.test(typed) ? `https://${typed}` : typed;
}
