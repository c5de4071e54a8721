import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

/** A run of a line: plain text, or a link's text and address. */
export type InlineSegment = { text: string; href?: string };

/**
 * A configuration line written in Markdown, as plain text and links only: the footer's
 * copyright lines carry links, and nothing else of Markdown belongs there.
 */
export function inlineLinks(markdown: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link') {
      segments.push({ text: toString(node), href: node.url });
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      segments.push({ text: node.value });
    } else if ('children' in node) {
      node.children.forEach((child, index) => {
        // Paragraphs of one note are read as one line.
        if (index > 0 && node.type === 'root') segments.push({ text: ' ' });
        visit(child);
      });
    }
  };
  visit(fromMarkdown(markdown));
  // Neighbouring text runs merged, so the HTML has no needless splits.
  return segments.reduce<InlineSegment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last && !last.href && !segment.href) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}
