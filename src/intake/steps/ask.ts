// The terminal front: each missing field is asked through the reader the flags use (readTyped).
import { describeProblem } from '../../core/problems.ts';
import { DESCRIPTION_MAX, recordSchemaOf, USAGE_MAX } from '../../schema/record.ts';
import { textLocale } from '../answers.ts';
import { languageName, shownPath } from '../../core/text.ts';
import type { Context } from '../context.ts';
import {
  applicationProgram,
  hasContact,
  joinsListing,
  lacksRequired,
  listIds,
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

/** By hand: every field the flags left out, to a terminal, or to piped answers when a required one is missing. With an issue: only in a terminal, only what the form cannot give. */
export function fieldsToAsk(ctx: Omit<AskContext, 'prompt'>): DraftField[] {
  const { config, draft, issue } = ctx;
  if (issue) return ctx.terminal ? beyondTheForm(ctx) : [];
  return ctx.terminal || lacksRequired(config, draft)
    ? (Object.keys(recordSchemaOf(config).shape) as DraftField[])
    : [];
}

/** What an issue's form cannot give: the first form's services and regions, the default language's description. */
export function beyondTheForm(ctx: Pick<Context, 'config' | 'draft' | 'issue'>) {
  const { config, draft, issue } = ctx;
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
}

/** One question: the field (or the part of a text or the contact) it fills in. */
interface Question {
  field: DraftField;
  part?: string;
  text: string;
  fallback?: string;
  /** The lines a blank answer gets before the question is asked again; none skips it. */
  blank?: () => string[];
  /** The part an answer is really in: a text written in another language is kept as that. */
  locate?: (answer: string) => string;
}

async function askFor(ctx: AskContext, fields: DraftField[]) {
  const { config, draft, prompt } = ctx;
  const [first, ...others] = localeCodes(config);
  const programs = () => draft.programs ?? [applicationProgram(config).id];
  // What a chosen program requires cannot be skipped; the message names its members.
  const requiredFor = (field: string) => requiredBy(config, programs(), field);
  const skippable = (field: string) => (requiredFor(field) ? '' : ' (optional, Enter to skip)');
  const orSkip = (field: string) =>
    requiredFor(field) ? [`${field}: is required for ${requiredFor(field)}; give a value`] : [];
  const parts = (field: DraftField) =>
    (draft as Record<string, Record<string, unknown> | undefined>)[field] ?? {};

  /** Asks until the answer passes, each retry said first. */
  async function askOne(question: Question) {
    const { field, blank = () => orSkip(field) } = question;
    for (;;) {
      const answer = (await prompt.ask(question.text)).trim() || question.fallback;
      // Every record has a name and a website: a blank one is refused by its rule.
      const retry =
        answer === undefined && field !== 'name' && field !== 'website'
          ? blank()
          : await take(question, answer ?? '');
      if (retry.length === 0) return;
      for (const line of retry) prompt.say(`  ${line}`);
    }
  }
  /** The answer, read as its field's flag is read, into the draft; or why it cannot be. */
  async function take({ field, part, locate }: Question, answer: string): Promise<string[]> {
    const into = locate?.(answer) ?? part;
    const reading = await readTyped(ctx, field, into ? { [into]: answer } : answer);
    if ('problems' in reading) return reading.problems.map(describeProblem);
    if (reading.note) prompt.say(`  ${reading.note}`);
    (draft as Record<string, unknown>)[field] = into
      ? { ...parts(field), ...(reading.value as object) }
      : reading.value;
    if (into === part) return [];
    const language = languageName(into!);
    return [
      `${field}: that is ${language}, so it is kept as the ${language} text; now give the ${languageName(part!)} text`,
    ];
  }
  const askField = async (question: Question) => {
    if (fields.includes(question.field) && draft[question.field] === undefined)
      await askOne(question);
  };
  const list = (field: keyof ReturnType<typeof listIds>) =>
    `${field[0].toUpperCase()}${field.slice(1)}, comma-separated (${listIds(config)[field].join(', ')})`;
  const texts = {
    description: ['Description', `plain text, at most ${DESCRIPTION_MAX} characters`],
    usage: [
      `What it uses ${config.project.name} for`,
      `plain text with [text](https://...) links and \`code\`, at most ${USAGE_MAX} characters`,
    ],
  };

  await askField({ field: 'name', text: 'Name of the organization: ' });
  await askField({ field: 'website', text: 'Website (https://...): ' });
  const fallback = applicationProgram(config).id;
  await askField({ field: 'programs', text: `${list('programs')} [${fallback}]: `, fallback });
  await askField({ field: 'logo', text: `Logo file to copy, SVG or PNG${skippable('logo')}: ` });
  if (fields.includes('description')) await askTexts('description');
  if (fields.includes('usage') && joinsListing(config, programs(), 'logos'))
    await askTexts('usage');
  // What it offers is asked of a member of a program whose cards show it; what it uses the project for, of the others.
  if (joinsListing(config, programs(), 'cards') || requiredFor('services') !== undefined) {
    for (const field of ['services', 'regions'] as const)
      await askField({ field, text: `${list(field)}${skippable(field)}: ` });
  }
  while (fields.includes('contact') && !hasContact(draft.contact)) {
    for (const [part, what] of Object.entries({ email: 'e-mail', github: 'GitHub login' }))
      await askOne({
        field: 'contact',
        part,
        text: `Contact ${what}, not shown on the site (Enter to skip): `,
        blank: () => [],
      });
    if (hasContact(draft.contact) || !requiredFor('contact')) break;
    prompt.say(
      `  contact: is required for ${requiredFor('contact')}; give an e-mail address or a GitHub login`,
    );
  }

  /** The default language's text (a description's is required beside another), then each other language's, optional. */
  async function askTexts(field: TextField) {
    const [what, rules] = texts[field];
    const given = () =>
      field === 'description' ? others.find((code) => parts(field)[code] !== undefined) : undefined;
    if (parts(field)[first] === undefined)
      await askOne({
        field,
        part: first,
        text: `${what} in ${languageName(first)}, ${rules}${given() ? '' : skippable(field)}: `,
        blank: () => {
          const other = given();
          if (!other) return orSkip(field);
          return [
            `${field}.${first}: is required beside the ${languageName(other)} text; give the ${languageName(first)} text`,
          ];
        },
        locate: (answer) => textLocale(answer, [first, ...others]),
      });
    if (parts(field)[first] === undefined) return;
    for (const code of others.filter((code) => parts(field)[code] === undefined))
      await askOne({
        field,
        part: code,
        text: `${what} in ${languageName(code)} (optional, Enter to skip): `,
        blank: () => [],
      });
  }
}
