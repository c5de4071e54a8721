import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import type { Position } from '../core/yaml.ts';
import { applicationQuestions, configVocabularies, type FormQuestion } from './application-form.ts';
import {
  choicesAnswer,
  contactAnswer,
  linkTargets,
  nameAnswer,
  paragraphAnswer,
  textLocale,
  websiteAnswer,
} from './answers.ts';
import {
  hasContact,
  localeCodes,
  type AnswerNote,
  type DraftField,
  type DraftOrigins,
  type RecordDraft,
} from './draft.ts';

/** The community's first form, as labelled there: issues opened with it stay readable. */
export const FIRST_FORM_QUESTIONS: FormQuestion[] = [
  { id: 'org_name', label: 'Org or company name', field: 'name' },
  { id: 'org_description', label: 'Org or company description', field: 'description' },
  { id: 'website_url', label: 'Org or company Website', field: 'website' },
  { id: 'org_logo', label: 'Org or company logo', field: 'logo' },
  { id: 'contact', label: 'Contact me', field: 'contact' },
];

// What GitHub writes for an answer left blank.
const NO_RESPONSE = /^_no response_$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const labelKey = (text: string) =>
  text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** An issue body's answers by question id, from either form; a heading that is no label stays in its answer. */
export function parseIssueForm(body: string, config: SiteConfig) {
  const generated = applicationQuestions(config);
  const labelled = [
    ...FIRST_FORM_QUESTIONS.map((question) => ({ ...question, form: 'first' as const })),
    ...generated.map((question) => ({ ...question, form: 'generated' as const })),
    // The contact's label before the form said what is published: issues opened with it stay readable.
    { id: 'contact', label: 'Contact (never published)', form: 'generated' as const },
  ];
  const byLabel = new Map(labelled.map(({ id, label, form }) => [labelKey(label), { id, form }]));
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n');
  const headings = lines.flatMap((text, index) => {
    const known = byLabel.get(labelKey(HEADING.exec(text)?.[1] ?? ''));
    return known ? [{ ...known, index }] : [];
  });
  const answers: Partial<Record<string, { text: string; position: Position }>> = {};
  headings.forEach(({ id, index }, order) => {
    const text = lines
      .slice(index + 1, headings[order + 1]?.index)
      .join('\n')
      .trim();
    const first = lines.findIndex((line, at) => at > index && line.trim() !== '');
    if (id in answers || text === '' || NO_RESPONSE.test(text)) return;
    answers[id] = { text, position: { line: first + 1, column: lines[first].search(/\S/) + 1 } };
  });
  // Without a heading of the generated form, the messages name the first form's labels.
  const form = headings.some((heading) => heading.form === 'generated') ? 'generated' : 'first';
  return { answers, form, questions: form === 'generated' ? generated : FIRST_FORM_QUESTIONS };
}

export type IssueDraft = ReturnType<typeof draftFromIssue>;

// The flag that gives or corrects each answer.
const FLAG_HINTS: Partial<Record<DraftField, string>> = {
  name: '--name "..."',
  website: '--website https://...',
  description: '--description "..."',
  services: '--services a,b',
  regions: '--regions x,y',
  contact: '--email ADDRESS or --github LOGIN',
};

/** The record fields an issue answers, unchecked (the record is checked whole), each with its line in the issue. */
export function draftFromIssue(body: string, shownFile: string, config: SiteConfig) {
  const { answers, form, questions } = parseIssueForm(body, config);
  const locales = localeCodes(config);
  const draft: RecordDraft = {};
  const origins: DraftOrigins = {};
  const notes: AnswerNote[] = [];
  let logoLinks: string[] = [];
  for (const question of questions) {
    const { field } = question;
    const answer = answers[question.id];
    const flag = FLAG_HINTS[field];
    // The first question of a field names it: for a description, the default language's.
    if (flag && !origins[field])
      origins[field] = {
        file: shownFile,
        position: answer?.position,
        hint: answer
          ? `correct the answer to "${question.label}" in ${shownFile}, or pass ${flag}`
          : `${shownFile} does not answer "${question.label}": pass ${flag}`,
      };
    if (!answer) continue;
    const { text } = answer;
    if (field === 'name') draft.name = nameAnswer(text);
    if (field === 'website') {
      const { website, note } = websiteAnswer(text);
      draft.website = website;
      if (note) notes.push({ file: shownFile, position: answer.position, field, message: note });
    }
    if (field === 'description') {
      const description = paragraphAnswer(text);
      // The default language's question may be answered in another: the text is kept as that.
      const locale =
        question.locale && question.locale !== locales[0]
          ? question.locale
          : textLocale(description, locales);
      draft.description = { ...draft.description, [locale]: description };
      origins.description!.position ??= answer.position;
    }
    if (field === 'services' || field === 'regions')
      draft[field] = choicesAnswer(text, configVocabularies(config)[field]);
    if (field === 'contact') {
      const contact = contactAnswer(text);
      if (hasContact(contact)) draft.contact = contact;
      else
        origins.contact!.hint = `no e-mail address or GitHub login found in the answer to "${question.label}": pass --email ADDRESS or --github LOGIN`;
    }
    if (field === 'logo') logoLinks = linkTargets(text);
  }
  // A name written as [Acme](https://acme.io) still tells the website.
  const nameLink =
    answers.org_name && linkTargets(answers.org_name.text).find((url) => /^https?:\/\//i.test(url));
  if (draft.website === undefined && nameLink) {
    draft.website = nameLink;
    origins.website = {
      ...origins.name!,
      hint: `the website comes from the link in the name: correct it in ${shownFile}, or pass --website https://...`,
    };
  }
  // The default language is the text every page falls back to, so the maintainer has to supply it.
  const other = Object.keys(draft.description ?? {}).find((code) => code !== locales[0]);
  if (other && draft.description?.[locales[0]] === undefined) {
    const [language, fallback] = [languageName(other), languageName(locales[0])];
    origins.description!.hint = answers.org_description
      ? `the answer to "${questions.find((question) => question.field === 'description')?.label}" is in ${language}, so it is kept as description.${other}: add the ${fallback} text with --description "..."`
      : `${shownFile} gives only the ${language} description: add the ${fallback} text with --description "..."`;
  }
  return { draft, origins, notes, logoLinks, form };
}
