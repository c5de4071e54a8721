import path from 'node:path';
import type { Problem } from '../../core/problems.ts';
import { completeWebsite, listAnswer, typedContact } from '../answers.ts';
import { report, textFlag, type Context } from '../context.ts';
import {
  COMMAND,
  checkAnswer,
  formatNote,
  hasContact,
  isTextField,
  listIds,
  TEXT_FIELDS,
  type DraftField,
  type RecordDraft,
} from '../draft.ts';
import { readLogo } from '../read-logo.ts';

/** One field's value as typed in a flag or the terminal (a list split, a host completed, a logo read), checked. */
export async function readTyped(
  ctx: Pick<Context, 'config' | 'cwd'>,
  field: DraftField,
  typed: unknown,
): Promise<{ value: unknown; note?: string } | { problems: Problem[] }> {
  if (field === 'contact') typed = typedContact(typed as RecordDraft['contact'] & object);
  const text = typeof typed === 'string' ? typed.trim() : '';
  if (field === 'logo') {
    const reading = await readLogo(path.resolve(ctx.cwd, text), text);
    return reading.ok ? { value: reading.logo } : { problems: [{ ...reading.problem, field }] };
  }
  const ids = listIds(ctx.config)[field as 'programs'] as readonly string[] | undefined;
  const { website, note } = field === 'website' ? completeWebsite(text) : {};
  const value = ids
    ? listAnswer(text, ids)
    : (website ?? (typeof typed === 'string' ? text : typed));
  const problems = checkAnswer(ctx.config, field, value);
  return problems.length > 0 ? { problems } : { value, note };
}

/** The flag that gives a field, or a part of one (`services[0]` is still --services). */
function flagOf(ctx: Pick<Context, 'config'>, field: string): string {
  const [name, part] = field.replace(/\[\d+\]$/, '').split('.');
  if (isTextField(name) && part) return textFlag(ctx.config, name, part);
  if (name === 'contact' && part) return `--${part === 'email' ? 'email' : 'github'}`;
  return name === 'programs' ? '--program' : `--${name}`;
}

/** The flags' answers into the draft, where they win over the issue's; a wrong one is a usage error (exit 2). */
export async function applyFlags(
  ctx: Pick<Context, 'config' | 'options' | 'cwd' | 'draft' | 'origins' | 'stdout' | 'stderr'>,
): Promise<number | undefined> {
  const { options } = ctx;
  const problems: Problem[] = [];
  const take = async (field: DraftField, typed: unknown) => {
    if (typed === undefined) return;
    const reading = await readTyped(ctx, field, typed);
    if ('problems' in reading) {
      for (const problem of reading.problems)
        problems.push({ ...problem, file: COMMAND, field: flagOf(ctx, problem.field ?? field) });
      return;
    }
    (ctx.draft as Record<string, unknown>)[field] = reading.value; // what the check just passed
    ctx.origins[field] = { file: COMMAND, hint: `correct ${flagOf(ctx, field)}` };
    if (reading.note)
      ctx.stdout.write(
        `${formatNote({ file: COMMAND, field: flagOf(ctx, field), message: reading.note })}\n`,
      );
  };
  for (const field of ['name', 'website', 'programs', 'services', 'regions', 'since'] as const)
    await take(
      field,
      field === 'programs' ? (options.program ?? options.programs) : options[field],
    );
  // Either text may complete one from the issue, so each is checked alone.
  for (const field of TEXT_FIELDS) {
    const texts = Object.entries(options.texts[field]).map(([code, text]) => [code, text?.trim()]);
    if (texts.length > 0) await take(field, Object.fromEntries(texts));
  }
  const contact = { email: options.email, github: options.github };
  if (hasContact(contact)) await take('contact', contact);
  await take('logo', options.logo);
  if (problems.length === 0) return undefined;
  report(ctx.stderr, problems);
  return 2;
}
