import { linkTargets, paragraphAnswer } from './answer-text.ts';
import { schemaVocabularies, type FormVocabularies } from './application-form.ts';
import { contactAnswer } from './contact-answer.ts';
import { descriptionAnswer } from './description-answer.ts';
import { parseIssueForm, type IssueFormKind, type IssueQuestion } from './issue-form.ts';
import { choicesAnswer } from './list-answer.ts';
import { nameAnswer } from './name-answer.ts';
import type { AnswerNote, DraftOrigins, RecordDraft } from './record-draft.ts';
import { websiteAnswer } from './website-answer.ts';

export interface IssueDraft {
  draft: RecordDraft;
  origins: DraftOrigins;
  /** What was taken to mean more than it says, e.g. a bare host name as its https address. */
  notes: AnswerNote[];
  /** Where the issue says the logo is (usually a GitHub attachment): to download, or pass --logo. */
  logoLinks: string[];
  /** The form the issue was opened with: only the generated one asks for services and regions. */
  form: IssueFormKind;
}

/**
 * The record fields an application issue answers, from either form, each remembering its
 * line in the issue. Values are as the applicant gave them: the record they make is checked
 * as a whole, so each problem points at its answer.
 */
export function draftFromIssue(
  body: string,
  shownFile: string,
  vocabularies: FormVocabularies = schemaVocabularies(),
): IssueDraft {
  const { answers, form, labels } = parseIssueForm(body);
  const origins: DraftOrigins = {};
  const draft: RecordDraft = {};
  const notes: AnswerNote[] = [];
  const answerOrigin = (question: IssueQuestion, flag: string) => ({
    file: shownFile,
    position: answers[question]?.position,
    hint: answers[question]
      ? `correct the answer to "${labels[question]}" in ${shownFile}, or pass ${flag}`
      : `${shownFile} does not answer "${labels[question]}": pass ${flag}`,
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
  if (answers.description) draft.description = descriptionAnswer(answers.description.text);
  if (answers.descriptionZh) {
    draft.description = { ...draft.description, zh: paragraphAnswer(answers.descriptionZh.text) };
    origins.description.position ??= answers.descriptionZh.position;
  }
  // English is the text every page falls back to, so the maintainer has to supply it.
  if (draft.description && draft.description.en === undefined) {
    origins.description.hint = answers.description
      ? `the answer to "${labels.description}" is in Chinese, so it is kept as description.zh: add the English text with --description "..."`
      : `${shownFile} gives only the Chinese description: add the English text with --description "..."`;
  }

  // Only the generated form asks for these; for the first form, flags give them.
  if (form === 'generated') {
    origins.services = answerOrigin('services', '--services a,b');
    origins.regions = answerOrigin('regions', '--regions x,y');
  }
  // Checked with the whole record, which refuses an option the schema does not know.
  if (answers.services)
    draft.services = choicesAnswer(
      answers.services.text,
      vocabularies.services,
    ) as RecordDraft['services'];
  if (answers.regions)
    draft.regions = choicesAnswer(
      answers.regions.text,
      vocabularies.regions,
    ) as RecordDraft['regions'];

  origins.contact = answerOrigin('contact', '--email ADDRESS or --github LOGIN');
  if (answers.contact) {
    const contact = contactAnswer(answers.contact.text);
    if (contact.email || contact.github) draft.contact = contact;
    else
      origins.contact.hint = `no e-mail address or GitHub login found in the answer to "${labels.contact}": pass --email ADDRESS or --github LOGIN`;
  }

  const logoLinks = answers.logo ? linkTargets(answers.logo.text) : [];
  return { draft, origins, notes, logoLinks, form };
}
