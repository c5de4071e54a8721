import { inlineSegments, type InlineSegment } from './inline-markdown.ts';

export type { InlineSegment };

/**
 * A configuration line written in Markdown, as plain text and links only: the footer's
 * copyright lines carry links, and nothing else of Markdown belongs there.
 */
export const inlineLinks = (markdown: string): InlineSegment[] =>
  inlineSegments(markdown, { code: false });
