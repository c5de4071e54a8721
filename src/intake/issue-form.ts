import type { Position } from '../core/yaml.ts';
import { APPLICATION_QUESTIONS, type ApplicationQuestion } from './application-form.ts';

/**
 * The questions of the community repository's first `community-partner.yml` issue form (five
 * textareas), exactly as labelled there. Issues opened with it stay readable after the
 * generated form replaces it.
 */
export const FIRST_FORM_LABELS = {
  name: 'Org or company name',
  description: 'Org or company description',
  website: 'Org or company Website',
  logo: 'Org or company logo',
  contact: 'Contact me',
} as const satisfies Partial<Record<ApplicationQuestion, string>>;

export type IssueQuestion = ApplicationQuestion;

/** The form an issue was opened with: the generated one, or the first one. */
export type IssueFormKind = 'generated' | 'first';

/** One answer as written in the issue, and where it starts (for error messages). */
export interface IssueAnswer {
  text: string;
  position: Position;
}

export interface ParsedIssueForm {
  answers: Partial<Record<IssueQuestion, IssueAnswer>>;
  form: IssueFormKind;
  /** Each question's label in that form, to name it in messages. */
  labels: Partial<Record<IssueQuestion, string>>;
}

// What GitHub writes for an answer left blank.
const NO_RESPONSE = /^_no response_$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const labelKey = (text: string) =>
  text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const GENERATED_LABELS = Object.fromEntries(
  Object.entries(APPLICATION_QUESTIONS).map(([question, { label }]) => [question, label]),
) as Record<IssueQuestion, string>;
const QUESTION_BY_LABEL = new Map<string, { question: IssueQuestion; form: IssueFormKind }>([
  ...Object.entries(FIRST_FORM_LABELS).map(
    ([question, label]) =>
      [labelKey(label), { question: question as IssueQuestion, form: 'first' as const }] as const,
  ),
  ...Object.entries(GENERATED_LABELS).map(
    ([question, label]) =>
      [
        labelKey(label),
        { question: question as IssueQuestion, form: 'generated' as const },
      ] as const,
  ),
]);

/**
 * Splits an issue body into the form's answers, from either form. Blank answers,
 * `_No response_` and questions missing from the body are simply absent. Headings that are
 * not one of the form's labels stay part of the answer they appear in.
 */
export function parseIssueForm(body: string): ParsedIssueForm {
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n');
  const answers: Partial<Record<IssueQuestion, IssueAnswer>> = {};
  const forms = new Set<IssueFormKind>();
  let current: { question: IssueQuestion; lines: { text: string; line: number }[] } | undefined;

  const finish = () => {
    if (!current || current.question in answers) return;
    const kept = current.lines.filter((line) => line.text.trim() !== '');
    const text = current.lines
      .map((line) => line.text)
      .join('\n')
      .trim();
    if (kept.length === 0 || NO_RESPONSE.test(text)) return;
    const first = kept[0];
    answers[current.question] = {
      text,
      position: { line: first.line, column: first.text.search(/\S/) + 1 },
    };
  };

  lines.forEach((text, index) => {
    const heading = HEADING.exec(text);
    const known = heading ? QUESTION_BY_LABEL.get(labelKey(heading[1])) : undefined;
    if (known) {
      finish();
      forms.add(known.form);
      current = { question: known.question, lines: [] };
    } else {
      current?.lines.push({ text, line: index + 1 });
    }
  });
  finish();
  // A body with no heading of the generated form is read as the first form, whose
  // messages then name its labels.
  const form: IssueFormKind = forms.has('generated') ? 'generated' : 'first';
  return { answers, form, labels: form === 'generated' ? GENERATED_LABELS : FIRST_FORM_LABELS };
}
