import { relative as pathRelative, sep as pathSep } from 'node:path';

/** Text without accents and in lower case, so "Éclair" and "eclair" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** "1 record", "2 records". */
export const plural = (count: number, word: string, many = `${word}s`) =>
  `${count} ${count === 1 ? word : many}`;

/** A language's English name, e.g. "Chinese" for zh, for messages maintainers read. */
export const languageName = (code: string, inLanguage = 'en') =>
  new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;

/** A file as a user would type it: relative to `root`, with forward slashes. */
export const shownPath = (file: string, root = process.cwd()) => relativePath(root, file) || file;

export const relativePath = (from: string, to: string) =>
  pathRelative(from, to).split(pathSep).join('/');
