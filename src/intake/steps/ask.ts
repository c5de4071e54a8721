import { describeProblem } from '../../core/problems.ts';
import { DESCRIPTION_MAX, recordSchemaOf, USAGE_MAX } from '../../schema/record.ts';
import { textLocale, typedContact } from '../answers.ts';
import { languageName, shownPath } from '../../core/text.ts';
import type { Context } from '../context.ts';
import {
  applicationProgram,
  checkAnswer,
  hasContact,
  joinsListing,
  lacksRequired,
  localeCodes,
  requiredBy,
  type DraftField,
  type TextField,
} from '../draft.ts';
import { readTyped } from './apply-flags.ts';

export type AskContext = Pick<
  Context,
  'config' | 'cwd' | 'dir' | 'draft' | 'issue' | 'prompt' | 'terminal'
>;

// An answer taken, or the lines to say before asking again.
type Reading<T> = { value: T | undefined } | { retry: string[] };

/**
 * Which fields to ask for. By hand, every one the flags left out, when someone can answer:
 * a person at a terminal, or piped answers for a required field the flags did not give (so
 * with every required flag given and no terminal, nothing is asked). With an issue, only in a
 * terminal, and only what the form cannot give: the first form's services and regions, and
 * the default language's text of a description written in another language.
 */
export function fieldsToAsk(ctx: Omit<AskContext, 'prompt'>): DraftField[] {
  const { config, draft, issue } = ctx;
  if (!issue)
    return ctx.terminal || lacksRequired(config, draft)
      ? (Object.keys(recordSchemaOf(config).shape) as DraftField[])
      : [];
  return ctx.terminal ? beyondTheForm(ctx) : [];
}

/**
 * What an issue's form cannot give, for the terminal to ask or a flag to add: a partner's
 * services and regions in the first form, the default language's text of a description.
 */
export function beyondTheForm({
  config,
  draft,
  issue,
}: Pick<Context, 'config' | 'draft' | 'issue'>) {
  const program = applicationProgram(config).id;
  const fields: DraftField[] = [];
  if (issue?.form === 'first' && (draft.programs ?? [program]).includes(program))
    fields.push(...(['services', 'regions'] as const).filter((field) => !draft[field]));
  if (draft.description && draft.description[config.defaultLocale] === undefined)
    fields.push('description');
  return fields;
}

/** Asks for the fields the draft still lacks, re-asking until each answer passes its field's rule. */
export async function ask(ctx: AskContext): Promise<undefined> {
  const fields = fieldsToAsk(ctx);
  if (fields.length === 0) return undefined;
  ctx.prompt.say(
    `A new record in ${shownPath(ctx.dir, ctx.cwd)}/: answer each question (Ctrl+C stops, writing nothing).`,
  );
  try {
    await askFor(ctx, fields);
  } finally {
    ctx.prompt.close();
  }
  return undefined;
}

async function askFor(ctx: AskContext, fields: DraftField[]) {
  const { config, draft, prompt } = ctx;
  const wants = (field: DraftField) => fields.includes(field);
  const ask = async <T>(
    question: string,
    read: (answer: string) => Reading<T> | Promise<Reading<T>>,
  ): Promise<T | undefined> => {
    for (;;) {
      const reading = await read((await prompt.ask(question)).trim());
      if ('value' in reading) return reading.value;
      for (const line of reading.retry) prompt.say(`  ${line}`);
    }
  };
  /** `value` if `{ [part]: value }` passes the rule of `field`. */
  const checked = (field: 'contact' | TextField, part: string, value: string): Reading<string> => {
    const problems = checkAnswer(config, field, { [part]: value });
    return problems.length > 0 ? { retry: problems.map(describeProblem) } : { value };
  };
  /** A part of a text or the contact that Enter skips. */
  const optional = (
    question: string,
    field: 'contact' | TextField,
    part: string,
    read = (answer: string) => answer,
  ) =>
    ask(question, (answer) => {
      const value = read(answer);
      return value === '' ? { value: undefined } : checked(field, part, value);
    });
  const programs = () => draft.programs ?? [applicationProgram(config).id];
  // What a chosen program requires cannot be skipped; the message names its members.
  const requiredFor = (field: string) => requiredBy(config, programs(), field);
  const skippable = (field: string) => (requiredFor(field) ? '' : ' (optional, Enter to skip)');
  const orSkip = <T>(field: string): Reading<T> =>
    requiredFor(field)
      ? { retry: [`${field}: is required for ${requiredFor(field)}; give a value`] }
      : { value: undefined };
  /** Asks for `field` unless the draft has it, reading the answer as its flag is read. */
  const askTyped = async (field: DraftField, question: string, fallback?: string) => {
    if (!wants(field) || draft[field] !== undefined) return;
    const value = await ask(question, async (answer) => {
      // Every record has a name and a website: a blank one is refused by its rule.
      if ((answer || fallback) === undefined && !['name', 'website'].includes(field))
        return orSkip(field);
      const reading = await readTyped(ctx, field, answer || fallback || '');
      if ('problems' in reading) return { retry: reading.problems.map(describeProblem) };
      if (reading.note) prompt.say(`  ${reading.note}`);
      return { value: reading.value };
    });
    if (value !== undefined) (draft as Record<string, unknown>)[field] = value;
  };
  const list = (field: 'programs' | 'services' | 'regions', ids: readonly string[]) =>
    `${field[0].toUpperCase()}${field.slice(1)}, comma-separated (${ids.join(', ')})`;

  await askTyped('name', 'Name of the organization: ');
  await askTyped('website', 'Website (https://...): ');
  const fallback = applicationProgram(config).id;
  await askTyped('programs', `${list('programs', config.programIds)} [${fallback}]: `, fallback);
  await askTyped('logo', `Logo file to copy, SVG or PNG${skippable('logo')}: `);
  if (wants('description'))
    await askTexts(
      'description',
      'Description',
      `plain text, at most ${DESCRIPTION_MAX} characters`,
    );
  if (wants('usage') && joinsListing(config, programs(), 'logos'))
    await askTexts(
      'usage',
      `What it uses ${config.project.name} for`,
      `plain text with [text](https://...) links and \`code\`, at most ${USAGE_MAX} characters`,
    );
  // What it offers is asked of a member of a program whose cards show it; what it uses the project for, of the others.
  if (joinsListing(config, programs(), 'cards') || requiredFor('services') !== undefined) {
    await askTyped('services', `${list('services', config.serviceIds)}${skippable('services')}: `);
    await askTyped('regions', `${list('regions', config.regionIds)}${skippable('regions')}: `);
  }
  while (wants('contact') && !hasContact(draft.contact)) {
    // The contact is committed with the record, but the site never shows it.
    const part = (kind: 'email' | 'github') =>
      optional(
        `Contact ${kind === 'email' ? 'e-mail' : 'GitHub login'}, not shown on the site (Enter to skip): `,
        'contact',
        kind,
        (answer) => typedContact({ [kind]: answer })[kind] ?? '',
      );
    const email = await part('email');
    const github = await part('github');
    if (email || github) draft.contact = typedContact({ email, github });
    else if (requiredFor('contact'))
      prompt.say(
        `  contact: is required for ${requiredFor('contact')}; give an e-mail address or a GitHub login`,
      );
    else break;
  }

  /** The default language's text (a description's is required beside another), then each other language's, optional. */
  async function askTexts(field: TextField, what: string, rules: string) {
    const [first, ...others] = localeCodes(config);
    const texts = () => draft[field] ?? {};
    const given = () =>
      field === 'description' ? others.find((code) => texts()[code] !== undefined) : undefined;
    if (texts()[first] === undefined) {
      const text = await ask(
        `${what} in ${languageName(first)}, ${rules}${given() ? '' : skippable(field)}: `,
        (answer): Reading<string> => {
          const other = given();
          if (answer === '' && other)
            return {
              retry: [
                `${field}.${first}: is required beside the ${languageName(other)} text; give the ${languageName(first)} text`,
              ],
            };
          if (answer === '') return orSkip(field);
          const code = textLocale(answer, [first, ...others]);
          const reading = checked(field, code, answer);
          if (code === first || 'retry' in reading) return reading;
          draft[field] = { ...texts(), [code]: answer };
          const language = languageName(code);
          return {
            retry: [
              `${field}: that is ${language}, so it is kept as the ${language} text; now give the ${languageName(first)} text`,
            ],
          };
        },
      );
      if (text !== undefined) draft[field] = { ...texts(), [first]: text };
    }
    if (texts()[first] === undefined) return;
    for (const code of others.filter((code) => texts()[code] === undefined)) {
      const text = await optional(
        `${what} in ${languageName(code)} (optional, Enter to skip): `,
        field,
        code,
      );
      if (text !== undefined) draft[field] = { ...texts(), [code]: text };
    }
  }
}
