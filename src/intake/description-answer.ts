import { paragraphAnswer } from './answer-text.ts';

const CHINESE_CHARACTER = /\p{Script=Han}/u;
// Three Latin-script words in a row make an English phrase; fewer are names inside Chinese text, as in "基于 Karmada 的平台".
const LATIN_PHRASE = /\p{Script=Latin}+(?:[\s'’-]+\p{Script=Latin}+){2}/u;

/** Chinese text: Chinese characters, with Latin-script words only as names, never an English phrase. */
export function isChineseText(text: string): boolean {
  return CHINESE_CHARACTER.test(text) && !LATIN_PHRASE.test(text);
}

/** The description an answer gives, under the language it is written in; mixed text counts as English. */
export function descriptionAnswer(text: string): { en: string } | { zh: string } {
  const description = paragraphAnswer(text);
  return isChineseText(description) ? { zh: description } : { en: description };
}
