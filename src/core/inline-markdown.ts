import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

/** A run of a line: plain text, `code`, or a link's text and address. */
export type InlineSegment = { text: string; href?: string; code?: boolean };

// The Markdown a usage text may carry, as the project's own adopters page writes them: links and `code`.
const ALLOWED = new Set(['root', 'paragraph', 'text', 'link', 'inlineCode']);
const NODE_WORDS: Record<string, string> = {
  emphasis: 'emphasis (*text* or _text_)',
  strong: 'bold text (**text**)',
  image: 'an image',
  heading: 'a heading (#)',
  list: 'a list',
  blockquote: 'a quotation (>)',
  code: 'a code block',
  break: 'a line break',
  thematicBreak: 'a horizontal rule',
  linkReference: 'a reference link ([text][ref])',
  definition: 'a link definition',
};

/** What is wrong with `markdown` as one paragraph of text, links to web URLs, and `code`. */
export function inlineMarkdownProblem(
  markdown: string,
  isWebUrl: (url: string) => boolean,
): string | undefined {
  const root = fromMarkdown(markdown);
  if (root.children.length > 1) return 'must be one paragraph';
  let problem: string | undefined;
  const visit = (node: Nodes) => {
    if (problem) return;
    if (!ALLOWED.has(node.type))
      problem = `may use only Markdown links and \`code\` (got ${NODE_WORDS[node.type] ?? node.type})`;
    else if (node.type === 'link' && !isWebUrl(node.url))
      problem = `links to "${node.url}", which is not an absolute https URL`;
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return problem;
}

/** A line as text, `code` and links, text runs merged; with `code: false`, code reads as text. */
export function inlineSegments(markdown: string, { code = true } = {}): InlineSegment[] {
  const segments: InlineSegment[] = [];
  const push = (segment: InlineSegment) => {
    const last = segments.at(-1);
    if (last && !last.href && !last.code && !segment.href && !segment.code)
      last.text += segment.text;
    else segments.push(segment);
  };
  const visit = (node: Nodes) => {
    if (node.type === 'link')
      push({ text: toString(node, { includeImageAlt: false }), href: node.url });
    else if (node.type === 'text') push({ text: node.value });
    else if (node.type === 'inlineCode') push({ text: node.value, ...(code && { code }) });
    else if ('children' in node)
      node.children.forEach((child, index) => {
        // Paragraphs of one note are read as one line.
        if (index > 0 && node.type === 'root') push({ text: ' ' });
        visit(child);
      });
  };
  visit(fromMarkdown(markdown));
  return segments;
}

/** The text a reader sees, without the Markdown: for meta descriptions, search and the JSON-LD. */
export const inlinePlainText = (markdown: string): string =>
  inlineSegments(markdown)
    .map((segment) => segment.text)
    .join('');

/** A configuration line (the header's announcement, the footer's notes): text and links. */
export const inlineLinks = (markdown: string): InlineSegment[] =>
  inlineSegments(markdown, { code: false });
