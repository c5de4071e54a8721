import { linkTargets } from './answer-text.ts';
import { contactAnswer } from './contact-answer.ts';
import { descriptionAnswer } from './description-answer.ts';
import { ISSUE_FORM_LABELS, parseIssueForm, type IssueQuestion } from './issue-form.ts';
import { nameAnswer } from './name-answer.ts';
import type { AnswerNote, DraftOrigins, RecordDraft } from './record-draft.ts';
import { websiteAnswer } from './website-answer.ts';

export interface IssueDraft {
  draft: RecordDraft;
  origins: DraftOrigins;
  /** What was taken to mean more than it says, e.g. a bare host name as its https address. */
  notes: AnswerNote[];
  /** Where the issue says the logo is (usually a GitHub attachment): to download, then pass --logo. */
  logoLinks: string[];
}

/** The record fields an application issue answers, each remembering its line in the issue. */
export function draftFromIssue(body: string, shownFile: string): IssueDraft {
  const answers = parseIssueForm(body);
  const origins: DraftOrigins = {};
  const draft: RecordDraft = {};
  const notes: AnswerNote[] = [];
  const answerOrigin = (question: IssueQuestion, flag: string) => ({
    file: shownFile,
    position: answers[question]?.position,
    hint: answers[question]
      ? `correct the answer to "${ISSUE_FORM_LABELS[question]}" in ${shownFile}, or pass ${flag}`
      : `${shownFile} does not answer "${ISSUE_FORM_LABELS[question]}": pass ${flag}`,
  });

  origins.name = answerOrigin('name', '--name "..."');
  if (answers.name) draft.name = nameAnswer(answers.name.text);

  origins.website = answerOrigin('website', '--website https://...');
  const nameLink =
    answers.name && linkTargets(answers.name.text).find((url) => /^https?:\/\//i.test(url));
  if (answers.website) {
    const { website, note } = websiteAnswer(answers.website.text);
    draft.website = website;
    if (note)
      notes.push({
        file: shownFile,
        position: answers.website.position,
        field: 'website',
        message: note,
      });
  } else if (nameLink) {
    // A name written as [Acme](https://acme.io) still tells the website.
    draft.website = nameLink;
    origins.website = {
      ...answerOrigin('name', '--website https://...'),
      hint: `the website comes from the link in the name: correct it in ${shownFile}, or pass --website https://...`,
    };
  }

  origins.description = answerOrigin('description', '--description "..."');
  if (answers.description) {
    draft.description = descriptionAnswer(answers.description.text);
    // English is the text every page falls back to, so the maintainer has to supply it.
    if (draft.description.en === undefined) {
      origins.description.hint = `the answer to "${ISSUE_FORM_LABELS.description}" is in Chinese, so it is kept as description.zh: add the English text with --description "..."`;
    }
  }

  origins.contact = answerOrigin('contact', '--email ADDRESS or --github LOGIN');
  if (answers.contact) {
    const contact = contactAnswer(answers.contact.text);
    if (contact.email || contact.github) draft.contact = contact;
    else
      origins.contact.hint = `no e-mail address or GitHub login found in the answer to "${ISSUE_FORM_LABELS.contact}": pass --email ADDRESS or --github LOGIN`;
  }

  const logoLinks = answers.logo ? linkTargets(answers.logo.text) : [];
  return { draft, origins, notes, logoLinks };
}
