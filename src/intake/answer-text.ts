// Turns the Markdown that applicants type into a form answer into plain text and the addresses it
// links to. GitHub shows the answers as GitHub Flavored Markdown, so they are parsed as that: the
// text is what a reader of the issue sees, and the links are what they could follow.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export type AnswerNode = Nodes;

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
// GitHub's uploader writes an image as <img ... src="...">, which Markdown keeps as raw HTML.
const HTML_IMAGE_SOURCE = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi;

function parseAnswer(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The text a reader sees, one line per block: link text for links, no images, no emphasis, no HTML tags. */
function visibleText(node: Nodes, leaveOut: (node: Nodes) => boolean): string {
  if (leaveOut(node)) return '';
  switch (node.type) {
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    case 'break':
      return '\n';
  }
  if ('children' in node) {
    const text = node.children
      .map((child) => visibleText(child, leaveOut))
      .join(INLINE_PARENTS.has(node.type) ? '' : '\n');
    // A link with no text, like [](https://acme.io), still shows where it goes.
    return node.type === 'link' && text.trim() === '' ? node.url.replace(/^mailto:/i, '') : text;
  }
  return 'value' in node ? node.value : '';
}

/** The answer as plain text, line breaks kept; `leaveOut` drops nodes such as links that only say "website". */
export function unwrapMarkdown(
  text: string,
  leaveOut: (node: AnswerNode) => boolean = () => false,
): string {
  return visibleText(parseAnswer(text), leaveOut);
}

/** The text inside one node of the answer, e.g. a link's. */
export const nodeText = (node: AnswerNode) => visibleText(node, () => false);

/** One line of plain text: the first non-blank line of the answer. */
export function singleLineAnswer(text: string, leaveOut?: (node: AnswerNode) => boolean): string {
  const line =
    unwrapMarkdown(text, leaveOut)
      .split('\n')
      .find((candidate) => candidate.trim() !== '') ?? '';
  return line.replace(/\s+/g, ' ').trim();
}

/** A paragraph of plain text: the whole answer with line breaks and runs of spaces made single spaces. */
export function paragraphAnswer(text: string): string {
  return unwrapMarkdown(text).replace(/\s+/g, ' ').trim();
}

/** Every address the answer links to, in the order they appear: links, images, bare URLs, <img> sources. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      targets.push(asWritten(node, text) ?? node.url);
    if (node.type === 'html')
      for (const match of node.value.matchAll(HTML_IMAGE_SOURCE)) targets.push(match[1]);
    if ('children' in node) node.children.forEach(collect);
  };
  collect(parseAnswer(text));
  return [...new Set(targets)];
}

// GFM links a bare "www.acme.io" to http://www.acme.io. Kept as written, it is completed to https like any host name.
function asWritten(node: Nodes, text: string): string | undefined {
  if (node.position?.start.offset === undefined) return undefined;
  const written = text.slice(node.position.start.offset, node.position.end.offset);
  return /^www\./i.test(written) ? written : undefined;
}
