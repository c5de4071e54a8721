import path from 'node:path';
import { siteConfig } from './project-config.ts';
import { DESCRIPTION_MAX } from '../schema/record.ts';
import { PROGRAM_REQUIREMENTS } from './project-config.ts';
import { applicationProgram } from './application-form.ts';
import { PROGRAM_IDS, REGION_IDS, SERVICE_IDS } from './project-config.ts';
import { describeProblem, type Problem } from '../core/problems.ts';
import { checkContact, typedContact } from './contact-answer.ts';
import { checkDescription, isChineseText } from './description-answer.ts';
import { listAnswer } from './list-answer.ts';
import { readLogo } from './read-logo.ts';
import { checkAnswer, type DraftField, type RecordDraft } from './record-draft.ts';
import type { Prompter } from './terminal-prompter.ts';
import { websiteAnswer } from './website-answer.ts';

// An answer taken, or the lines to say before asking again.
type Reading<T> = { value: T | undefined } | { retry: string[] };

/** Fields the terminal asks for; `since` defaults to today and is only ever given by flag. */
export type AskedField = Exclude<DraftField, 'since'>;
const EVERY_FIELD: readonly AskedField[] = [
  'name',
  'website',
  'programs',
  'logo',
  'description',
  'services',
  'regions',
  'contact',
];

/**
 * Asks in the terminal for the fields the draft still lacks (of `fields`), re-asking until
 * each answer passes the schema's rule for its field. What a chosen program requires cannot be skipped.
 */
export async function askForRecord(
  draft: RecordDraft,
  prompter: Prompter,
  cwd: string,
  fields = EVERY_FIELD,
): Promise<RecordDraft> {
  const filled: RecordDraft = { ...draft };
  const wants = (field: AskedField) => fields.includes(field);
  const ask = async <T>(
    question: string,
    read: (answer: string) => Reading<T> | Promise<Reading<T>>,
  ): Promise<T | undefined> => {
    for (;;) {
      const reading = await read((await prompter.ask(question)).trim());
      if ('value' in reading) return reading.value;
      for (const line of reading.retry) prompter.say(`  ${line}`);
    }
  };
  const checked = <T>(value: T, problems: Problem[]): Reading<T> =>
    problems.length > 0 ? { retry: problems.map(describeProblem) } : { value };
  // The first chosen program that requires the field, whose members' name the message gives.
  const requiredBy = (field: string) =>
    PROGRAM_REQUIREMENTS.find(
      (program) =>
        filled.programs?.includes(program.id) && (program.fields as string[]).includes(field),
    );
  const skippable = (field: string) => (requiredBy(field) ? '' : ' (optional, Enter to skip)');
  const required = (field: string) => ({
    retry: [`${field}: is required for ${requiredBy(field)?.members}; give a value`],
  });
  const defaultProgram = applicationProgram(siteConfig).id;

  if (wants('name'))
    filled.name ??= await ask('Name of the organization: ', (answer) =>
      checked(answer, checkAnswer('name', answer)),
    );
  if (wants('website')) {
    filled.website ??= await ask('Website (https://...): ', (answer) => {
      const { website, note } = websiteAnswer(answer);
      const reading = checked(website, checkAnswer('website', website));
      if (note && 'value' in reading) prompter.say(`  ${note}`);
      return reading;
    });
  }
  if (wants('programs'))
    filled.programs ??= await ask(
      `Programs, comma-separated (${PROGRAM_IDS.join(', ')}) [${defaultProgram}]: `,
      (answer) => {
        const programs = answer === '' ? [defaultProgram] : listAnswer(answer, PROGRAM_IDS);
        return checked(programs as string[], checkAnswer('programs', programs));
      },
    );

  if (wants('logo') && !filled.logo) {
    filled.logo = await ask(
      `Logo file to copy, SVG or PNG${skippable('logo')}: `,
      async (answer) => {
        if (answer === '') return requiredBy('logo') ? required('logo') : { value: undefined };
        const reading = await readLogo(path.resolve(cwd, answer), answer);
        return reading.ok
          ? { value: reading.logo }
          : { retry: [describeProblem({ ...reading.problem, field: 'logo' })] };
      },
    );
  }

  if (wants('description') && filled.description?.en === undefined) {
    const hasChinese = () => filled.description?.zh !== undefined;
    const en = await ask(
      `Description in English, plain text, at most ${DESCRIPTION_MAX} characters${hasChinese() ? '' : skippable('description')}: `,
      (answer) => {
        if (answer === '' && hasChinese())
          return {
            retry: ['description.en: is required beside the Chinese text; give the English text'],
          };
        if (answer === '')
          return requiredBy('description') ? required('description') : { value: undefined };
        if (isChineseText(answer)) {
          const chinese = checked(answer, checkDescription({ zh: answer }));
          if ('retry' in chinese) return chinese;
          filled.description = { ...filled.description, zh: answer };
          return {
            retry: [
              'description: that is Chinese, so it is kept as the Chinese text; now give the English text',
            ],
          };
        }
        return checked(answer, checkDescription({ en: answer }));
      },
    );
    if (en !== undefined) filled.description = { ...filled.description, en };
  }
  if (
    wants('description') &&
    filled.description?.en !== undefined &&
    filled.description.zh === undefined
  ) {
    const en = filled.description.en;
    const zh = await ask('Description in Chinese (optional, Enter to skip): ', (answer) =>
      answer === '' ? { value: undefined } : checked(answer, checkDescription({ zh: answer })),
    );
    if (zh !== undefined) filled.description = { en, zh };
  }

  if (wants('services'))
    filled.services ??= await ask(
      `Services, comma-separated (${SERVICE_IDS.join(', ')})${skippable('services')}: `,
      (answer) => {
        if (answer === '')
          return requiredBy('services') ? required('services') : { value: undefined };
        const services = listAnswer(answer, SERVICE_IDS);
        return checked(services as string[], checkAnswer('services', services));
      },
    );
  if (wants('regions'))
    filled.regions ??= await ask(
      `Regions, comma-separated (${REGION_IDS.join(', ')}) (optional, Enter to skip): `,
      (answer) => {
        if (answer === '') return { value: undefined };
        const regions = listAnswer(answer, REGION_IDS);
        return checked(regions as string[], checkAnswer('regions', regions));
      },
    );

  while (wants('contact') && !filled.contact?.email && !filled.contact?.github) {
    const email = await ask('Contact e-mail, never published (Enter to skip): ', (answer) => {
      const contact = typedContact({ email: answer });
      return answer === '' ? { value: undefined } : checked(contact.email, checkContact(contact));
    });
    const github = await ask(
      'Contact GitHub login, never published (Enter to skip): ',
      (answer) => {
        const contact = typedContact({ github: answer });
        return contact.github === ''
          ? { value: undefined }
          : checked(contact.github, checkContact(contact));
      },
    );
    if (email || github)
      filled.contact = { ...(email ? { email } : {}), ...(github ? { github } : {}) };
    else if (requiredBy('contact'))
      prompter.say(
        `  contact: is required for ${requiredBy('contact')?.members}; give an e-mail address or a GitHub login`,
      );
    else break;
  }
  return filled;
}
