// The glossary (content/glossary.yaml) and the rules a Chinese text of the site keeps, shared
// by the tests over the strings and sources (tests/unit/glossary.test.ts) and over the built
// pages (tests/build/chinese-pages.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from '../../tooling/run-script.ts';

export interface GlossaryTerm {
  en: string;
  zh: string;
  rejected?: string[];
  why?: string;
}

export interface Glossary {
  terms: GlossaryTerm[];
  /** Words a Chinese page writes in Latin letters. */
  latin: string[];
}

export const GLOSSARY_FILE = path.join(PROJECT_ROOT, 'content/glossary.yaml');

export function readGlossary(): Glossary {
  return load(readFileSync(GLOSSARY_FILE, 'utf8')) as Glossary;
}

/** Whether an English text uses a term: at the start of a word, in any case ("Partners" uses "partner"). */
export const usesEnglishTerm = (text: string, term: GlossaryTerm) =>
  new RegExp(`\\b${term.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text);

/** A word quoted in “…” is mentioned, not used, e.g. the blog's “Karmada 用户组”. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”');

/** The rejected variants a Chinese text uses, e.g. `评审 (glossary: 审核)`. */
export function rejectedVariants(text: string, glossary: Glossary): string[] {
  const plain = unquoted(text);
  return glossary.terms.flatMap((term) =>
    (term.rejected ?? [])
      .filter((variant) => plain.includes(variant))
      .map((variant) => `${variant} (glossary: ${term.zh})`),
  );
}

const HAN = String.raw`\p{Script=Han}`;
const TYPOGRAPHY_RULES: { rule: string; pattern: RegExp }[] = [
  {
    rule: 'ASCII punctuation after Chinese text (use ：，（）；！？)',
    pattern: new RegExp(`${HAN}[ \\t\\n]*[:,();!?]`, 'gu'),
  },
  { rule: 'an ASCII bracket opening Chinese text', pattern: new RegExp(`\\([ ]*${HAN}`, 'gu') },
  {
    rule: 'a space after Chinese punctuation',
    pattern: new RegExp(`[，。：；！？、][ \\t\\n]+(?=[${HAN}A-Za-z0-9])`, 'gu'),
  },
  // CommonMark closes ** after punctuation only before a space: write **注意**：, not **注意：**.
  { rule: 'Markdown emphasis left as asterisks', pattern: /\*\*/g },
  // A line break inside Chinese text is a space on the page too.
  {
    rule: 'a space between two Chinese words',
    pattern: new RegExp(`${HAN}[ \\t\\n]+${HAN}`, 'gu'),
  },
];

/** What breaks Chinese typography in a text, each with the text around it. */
export function typographyProblems(text: string): string[] {
  return TYPOGRAPHY_RULES.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map(
      (match) =>
        `${rule}: “${text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8)}”`,
    ),
  );
}

// Addresses, handles, channels and code are written as they are in any language.
const VERBATIM = [
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s（）“”，。]+/gi,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /[@#][\w-]+/g,
  /\b[\w.-]+\/[\w.-]+(\/[\w.-]+)*/g,
  /\b[\w-]+(\.[\w-]+)*\.(com|cn|io|it|ai|kr|org|net|cloud)\b/gi,
];

/** The Latin words of a Chinese text, beside addresses, handles and code. */
export function latinWords(text: string): string[] {
  const words = VERBATIM.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
  return words.match(/[A-Za-z][A-Za-z0-9]*(?:[.'’&+-][A-Za-z0-9]+)*/g) ?? [];
}
