// Reads typed answers; an issue's as the GitHub Flavored Markdown GitHub renders: visible text, links.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { GITHUB_LOGIN_PATTERN } from '../schema/record.ts';
import { defined, type RecordDraft } from './draft.ts';

// The children of these run on in one line; those of any other parent (the answer, lists, quotes) are lines of their own.
const INLINE_PARENTS = new Set<Nodes['type']>([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);
const UNSEEN = new Set<Nodes['type']>(['image', 'imageReference', 'definition']);
// GitHub's uploader writes an image as <img ... src="...">, which Markdown keeps as raw HTML.
const HTML_IMAGE_SOURCE = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi;

const parseAnswer = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The text a reader sees, one line per block: link text for links, no images, no emphasis, no HTML tags. */
function visibleText(node: Nodes, leaveOut: (node: Nodes) => boolean = () => false): string {
  if (leaveOut(node) || UNSEEN.has(node.type)) return '';
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, '');
  if (node.type === 'break') return '\n';
  if ('children' in node) {
    const text = node.children
      .map((child) => visibleText(child, leaveOut))
      .join(INLINE_PARENTS.has(node.type) ? '' : '\n');
    // A link with no text, like [](https://acme.io), still shows where it goes.
    return node.type === 'link' && text.trim() === '' ? node.url.replace(/^mailto:/i, '') : text;
  }
  return 'value' in node ? node.value : '';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const singleLineAnswer = (text: string, leaveOut?: (node: Nodes) => boolean) =>
  oneLine(
    visibleText(parseAnswer(text), leaveOut)
      .split('\n')
      .find((line) => line.trim() !== '') ?? '',
  );
export const paragraphAnswer = (text: string) => oneLine(visibleText(parseAnswer(text)));

/** Every address the answer links to, in the order they appear: links, images, bare URLs, <img> sources. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      // GFM links a bare "www.acme.io" to http://; kept as written, it is completed to https.
      const written = text.slice(node.position!.start.offset, node.position!.end.offset);
      targets.push(/^www\./i.test(written) ? written : node.url);
    }
    if (node.type === 'html')
      for (const match of node.value.matchAll(HTML_IMAGE_SOURCE)) targets.push(match[1]);
    if ('children' in node) node.children.forEach(collect);
  };
  collect(parseAnswer(text));
  return [...new Set(targets)];
}

// Links applicants put beside the name to point at their site: "Acme ([website](https://acme.io))".
const SITE_LINK_TEXT =
  /^(?:(?:our|the|official)\s+)?(?:web\s?site|site|home\s?page|link|here)$|^(?:官网|官方网站|网站|主页|链接)$|^(?:https?:\/\/|www\.)\S+$/i;
// What such a link leaves behind: an empty pair of brackets, or a dash or colon before it.
const EMPTY_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]/g;
const DANGLING_SEPARATORS = /^[\s\-–—:：|,，]+|[\s\-–—:：|,，]+$/g;
const isSiteLink = (node: Nodes) =>
  node.type === 'link' && SITE_LINK_TEXT.test(visibleText(node).trim());

/** The name an answer gives: its first line, without links that only say "website" or repeat an address. */
export function nameAnswer(text: string): string {
  return singleLineAnswer(text, isSiteLink)
    .replace(EMPTY_BRACKETS, '')
    .replace(/\s+/g, ' ')
    .replace(DANGLING_SEPARATORS, '');
}

// A host name without a scheme, as in "acme.io" or "www.acme.io/products".
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** A bare host name becomes its https address, with a note saying so; anything else stays, for the schema to judge. */
export function completeWebsite(typed: string): { website: string; note?: string } {
  const url = BARE_DOMAIN.test(typed) ? URL.parse(`https://${typed}`) : null;
  return url ? { website: url.href, note: `took ${typed} as ${url.href}` } : { website: typed };
}

/** The website an answer gives: the first web address or host name it links to, else its first line. */
export function websiteAnswer(text: string) {
  const target = linkTargets(text).find(
    (url) => /^https?:\/\//i.test(url) || BARE_DOMAIN.test(url),
  );
  return completeWebsite(target ?? singleLineAnswer(text));
}

type Contact = NonNullable<RecordDraft['contact']>;
const EMAIL = /[\w.+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
// "@octocat", but not the "@" inside an e-mail address.
const MENTION = new RegExp(`(?<![\\w.+-])@(${GITHUB_LOGIN_PATTERN})(?![\\w-]*\\.[a-z])`, 'g');
const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z\d-]+)\/?$/i;
const LONE_LOGIN = new RegExp(`^${GITHUB_LOGIN_PATTERN}$`);
// Words applicants put before their contact, e.g. "GitHub: octocat" or "Email - ops@acme.io".
const LABELS = /\b(?:e-?mail|mail|github|gh|contact|me)\s*[:\-–]\s*/gi;

/** The first e-mail address and GitHub login (an @mention, a profile link, or a lone login) in "@octocat, ops@acme.io". */
export function contactAnswer(text: string): Contact {
  const profile = linkTargets(text)
    .map((url) => GITHUB_PROFILE.exec(url)?.[1])
    .find(Boolean);
  const plain = visibleText(parseAnswer(text)).replace(/mailto:/gi, '');
  const email = plain.match(EMAIL)?.[0];
  const withoutEmails = plain.replace(EMAIL, ' ');
  const mention = [...withoutEmails.matchAll(MENTION)][0]?.[1];
  const rest = withoutEmails
    .replace(LABELS, ' ')
    .replace(/[,;/|()]/g, ' ')
    .trim();
  const lone = !profile && !mention && LONE_LOGIN.test(rest) ? rest : undefined;
  return defined({ email, github: profile ?? mention ?? lone });
}

/** A contact typed in a flag or the terminal: trimmed, the login without its "@"; a blank part stays, for the check to refuse. */
export const typedContact = (typed: Contact): Contact =>
  defined({ email: typed.email?.trim(), github: typed.github?.trim().replace(/^@/, '') });

const CHINESE_CHARACTER = /\p{Script=Han}/u;
// Three Latin-script words in a row make an English phrase; fewer are names inside Chinese text, as in "基于 Kubernetes 的平台".
const LATIN_PHRASE = /\p{Script=Latin}+(?:[\s'’-]+\p{Script=Latin}+){2}/u;

/** The language of a text among `locales` (default first): zh for Chinese text when the site has it, else the default. */
export function textLocale(text: string, locales: readonly string[]): string {
  const chinese = CHINESE_CHARACTER.test(text) && !LATIN_PHRASE.test(text);
  return chinese && locales.includes('zh') ? 'zh' : locales[0];
}

// Commas, including the full-width and enumeration commas of Chinese text.
const COMMAS = /[,，、]/;
const asId = (words: string) =>
  words
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The ids in "adopter, community partner" or "support consulting": split on commas, else on spaces, keeping the longest known id (spaces read as hyphens) together. */
export function listAnswer(text: string, vocabulary: readonly string[]): string[] {
  if (COMMAS.test(text)) return text.split(COMMAS).map(asId).filter(Boolean);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  for (let start = 0; start < words.length;) {
    let end = words.length;
    while (end > start + 1 && !vocabulary.includes(asId(words.slice(start, end).join(' ')))) end--;
    ids.push(asId(words.slice(start, end).join(' ')));
    start = end;
  }
  return ids;
}

/** A multi-select dropdown's answer (GitHub joins the labels with ", ") as ids; an entry that is no label is read as an id. */
export function choicesAnswer(
  text: string,
  choices: readonly { id: string; label: string }[],
): string[] {
  const byLabel = new Map(choices.map((choice) => [choice.label.toLowerCase(), choice.id]));
  return text
    .split(COMMAS)
    .map((entry) => entry.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((entry) => byLabel.get(entry.toLowerCase()) ?? asId(entry));
}
