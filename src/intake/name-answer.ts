import { nodeText, singleLineAnswer, type AnswerNode } from './answer-text.ts';

// Links applicants put beside the name to point at their site: "Acme ([website](https://acme.io))".
const SITE_WORDS =
  /^(?:(?:our|the|official)\s+)?(?:web\s?site|site|home\s?page|link|here)$|^(?:官网|官方网站|网站|主页|链接)$/i;
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
// What such a link leaves behind: an empty pair of brackets, or a dash or colon before it.
const EMPTY_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]/g;
const DANGLING_SEPARATORS = /^[\s\-–—:：|,，]+|[\s\-–—:：|,，]+$/g;

const isSiteLink = (node: AnswerNode) => {
  if (node.type !== 'link') return false;
  const text = nodeText(node).trim();
  return SITE_WORDS.test(text) || ADDRESS.test(text);
};

/** The name an answer gives: its first line, without links that only say "website" or repeat an address. */
export function nameAnswer(text: string): string {
  return singleLineAnswer(text, isSiteLink)
    .replace(EMPTY_BRACKETS, '')
    .replace(/\s+/g, ' ')
    .replace(DANGLING_SEPARATORS, '');
}
