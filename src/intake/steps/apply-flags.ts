import path from 'node:path';
import type { Problem } from '../../core/problems.ts';
import { completeWebsite, typedContact } from '../answers.ts';
import { report, textFlag, type Context } from '../context.ts';
import {
  COMMAND,
  checkAnswer,
  formatNote,
  hasContact,
  isTextField,
  TEXT_FIELDS,
  type DraftField,
} from '../draft.ts';
import { readLogo } from '../read-logo.ts';

export type ApplyFlagsContext = Pick<
  Context,
  'config' | 'options' | 'cwd' | 'draft' | 'origins' | 'stdout' | 'stderr'
>;

/** The flag that gives a field, or a part of one (`services[0]` is still --services). */
function flagOf(ctx: Pick<Context, 'config'>, field: string): string {
  const [name, part] = field.replace(/\[\d+\]$/, '').split('.');
  if (isTextField(name) && part) return textFlag(ctx.config, name, part);
  if (name === 'contact' && part) return `--${part === 'email' ? 'email' : 'github'}`;
  return name === 'programs' ? '--program' : `--${name}`;
}

/**
 * The answers given as flags, each checked by the schema's rule for its field. A wrong flag is
 * a usage error, reported before anything is read, asked or written (exit 2); the rest go into
 * the draft, where they win over the answers.
 */
export async function applyFlags(ctx: ApplyFlagsContext): Promise<number | undefined> {
  const { options } = ctx;
  const problems: Problem[] = [];
  const take = (field: Exclude<DraftField, 'logo'>, value: unknown) => {
    if (value === undefined) return;
    const errors = checkAnswer(ctx.config, field, value);
    for (const error of errors)
      problems.push({ ...error, file: COMMAND, field: flagOf(ctx, error.field ?? field) });
    if (errors.length > 0) return;
    (ctx.draft as Record<string, unknown>)[field] = value; // what the check just passed
    ctx.origins[field] = { file: COMMAND, hint: `correct ${flagOf(ctx, field)}` };
  };

  take('name', options.name?.trim());
  const website =
    options.website === undefined ? undefined : completeWebsite(options.website.trim());
  take('website', website?.website);
  if (website?.note && ctx.draft.website)
    ctx.stdout.write(
      `${formatNote({ file: COMMAND, field: '--website', message: website.note })}\n`,
    );
  take('programs', options.programs);
  take('services', options.services);
  take('regions', options.regions);
  take('since', options.since?.trim());
  // Either text may complete one from the issue, so each is checked alone.
  for (const field of TEXT_FIELDS) {
    const texts = Object.entries(options.texts[field]).map(([code, text]) => [code, text?.trim()]);
    if (texts.length > 0) take(field, Object.fromEntries(texts));
  }
  const contact = typedContact({ email: options.email, github: options.github });
  if (hasContact(contact)) take('contact', contact);

  if (options.logo !== undefined) {
    const reading = await readLogo(path.resolve(ctx.cwd, options.logo), options.logo);
    if (reading.ok) {
      ctx.draft.logo = reading.logo;
      ctx.origins.logo = { file: COMMAND, hint: 'correct --logo' };
    } else {
      problems.push({ ...reading.problem, file: COMMAND, field: '--logo' });
    }
  }
  if (problems.length === 0) return undefined;
  report(ctx.stderr, problems);
  return 2;
}
