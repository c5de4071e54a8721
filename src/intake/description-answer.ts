// The description field, wherever it is answered: an issue's description answer (or the new
// form's English and Chinese ones), the --description and --description-zh flags, or the
// terminal. Each channel reads and checks it here.
import type { Problem } from '../core/problems.ts';
import { descriptionTextSchema } from '../schema/record.ts';
import { paragraphAnswer } from './answer-text.ts';
import { checkValue, defined, type RecordDraft } from './record-draft.ts';

export type DescriptionAnswer = NonNullable<RecordDraft['description']>;

const CHINESE_CHARACTER = /\p{Script=Han}/u;
// Three Latin-script words in a row make an English phrase; fewer are names inside Chinese text, as in "基于 Kubernetes 的平台".
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

/** The description as typed in flags or the terminal, each text trimmed (a blank one stays, for the check to refuse). */
export function typedDescription(typed: Partial<Record<string, string>>): DescriptionAnswer {
  return defined({ en: typed.en?.trim(), zh: typed.zh?.trim() });
}

/**
 * The schema's rule for each text given (problems on description.en, description.zh). A text
 * is checked alone, so a Chinese text can complete an English one that comes from elsewhere.
 */
export function checkDescription(description: DescriptionAnswer): Problem[] {
  return (['en', 'zh'] as const).flatMap((locale) =>
    description[locale] === undefined
      ? []
      : checkValue(descriptionTextSchema, ['description', locale], description[locale]),
  );
}
