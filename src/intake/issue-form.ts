import type { Position } from '../data/yaml-source.ts';

/**
 * The questions of the community repository's `community-partner.yml` issue form, exactly as
 * labelled there. GitHub renders each as a `### <label>` heading followed by the answer.
 */
export const ISSUE_FORM_LABELS = {
  name: 'Org or company name',
  description: 'Org or company description',
  website: 'Org or company Website',
  logo: 'Org or company logo',
  contact: 'Contact me',
} as const;

export type IssueQuestion = keyof typeof ISSUE_FORM_LABELS;

/** One answer as written in the issue, and where it starts (for error messages). */
export interface IssueAnswer {
  text: string;
  position: Position;
}

// What GitHub writes for a textarea left blank.
const NO_RESPONSE = /^_no response_$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const labelKey = (text: string) =>
  text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const QUESTION_BY_LABEL = new Map(
  Object.entries(ISSUE_FORM_LABELS).map(([question, label]) => [
    labelKey(label),
    question as IssueQuestion,
  ]),
);

/**
 * Splits an issue body into the form's answers. Blank answers, `_No response_` and
 * questions missing from the body are simply absent. Headings that are not one of the
 * form's labels stay part of the answer they appear in.
 */
export function parseIssueForm(body: string): Partial<Record<IssueQuestion, IssueAnswer>> {
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n');
  const answers: Partial<Record<IssueQuestion, IssueAnswer>> = {};
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
    const question = heading ? QUESTION_BY_LABEL.get(labelKey(heading[1])) : undefined;
    if (question) {
      finish();
      current = { question, lines: [] };
    } else {
      current?.lines.push({ text, line: index + 1 });
    }
  });
  finish();
  return answers;
}
