import path from 'node:path';
import type { Problem } from '../core/problems.ts';
import type { NewPartnerOptions } from './new-partner-options.ts';
import { readLogo } from './read-logo.ts';
import { checkContact, hasContact, typedContact } from './contact-answer.ts';
import { checkDescription, typedDescription } from './description-answer.ts';
import {
  COMMAND,
  checkAnswer,
  type AnswerNote,
  type CheckedField,
  type DraftOrigins,
  type RecordDraft,
} from './record-draft.ts';
import { completeWebsite } from './website-answer.ts';

export { COMMAND };

const FLAG_OF_FIELD: Record<string, string> = {
  programs: '--program',
  'description.en': '--description',
  'description.zh': '--description-zh',
  'contact.email': '--email',
  'contact.github': '--github',
};
const flagOf = (field: string) => {
  const listField = field.replace(/\[\d+\]$/, ''); // services[0] is still --services
  return FLAG_OF_FIELD[listField] ?? `--${listField}`;
};

/**
 * The answers given as flags, each checked by the schema's rule for its field: a wrong flag
 * is a usage error, reported before anything is asked or written.
 */
export async function draftFromFlags(
  options: NewPartnerOptions,
  cwd: string,
): Promise<{
  draft: RecordDraft;
  origins: DraftOrigins;
  problems: Problem[];
  notes: AnswerNote[];
}> {
  const draft: RecordDraft = {};
  const origins: DraftOrigins = {};
  const problems: Problem[] = [];
  const notes: AnswerNote[] = [];
  const take = <K extends CheckedField>(
    field: K,
    value: unknown,
    check = (): Problem[] => checkAnswer(field, value),
  ) => {
    if (value === undefined) return;
    const errors = check();
    for (const error of errors)
      problems.push({ ...error, file: COMMAND, field: flagOf(error.field ?? field) });
    if (errors.length > 0) return;
    draft[field] = value as RecordDraft[K]; // what the check just passed
    origins[field] = { file: COMMAND, hint: `correct ${flagOf(field)}` };
  };

  take('name', options.name?.trim());
  const website =
    options.website === undefined ? undefined : completeWebsite(options.website.trim());
  take('website', website?.website);
  if (website?.note && draft.website)
    notes.push({ file: COMMAND, field: '--website', message: website.note });
  take('programs', options.programs);
  take('services', options.services);
  take('regions', options.regions);
  take('since', options.since?.trim());
  // Either text may complete one from the issue, so each is checked alone.
  const description = typedDescription({ en: options.description, zh: options.descriptionZh });
  if (Object.keys(description).length > 0)
    take('description', description, () => checkDescription(description));
  const contact = typedContact({ email: options.email, github: options.github });
  if (hasContact(contact)) take('contact', contact, () => checkContact(contact));

  if (options.logo !== undefined) {
    const reading = await readLogo(path.resolve(cwd, options.logo), options.logo);
    if (reading.ok) {
      draft.logo = reading.logo;
      origins.logo = { file: COMMAND, hint: 'correct --logo' };
    } else {
      problems.push({ ...reading.problem, file: COMMAND, field: '--logo' });
    }
  }
  return { draft, origins, problems, notes };
}
