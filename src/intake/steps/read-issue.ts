import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from '../../core/text.ts';
import type { Context } from '../context.ts';
import { formatNote } from '../draft.ts';
import { fetchIssue, issueSource } from '../github-issue.ts';
import { draftFromIssue } from '../issue-form.ts';
import { echoLine } from '../log-text.ts';
import { UsageError } from '../../core/command-line.ts';

export type ReadIssueContext = Pick<
  Context,
  'config' | 'options' | 'cwd' | 'env' | 'issueRepo' | 'timeoutMs' | 'stdout'
> &
  Pick<Context, 'draft' | 'origins' | 'issue'>;

/** The issue, from GitHub's API (--issue) or a saved body (--from-issue), into the draft under the flags. */
export async function readIssue(ctx: ReadIssueContext): Promise<undefined> {
  const { options } = ctx;
  let body: string;
  let shown: string;
  if (options.issue !== undefined) {
    const issue = await fetchIssue(issueSource(options.repo ?? ctx.issueRepo, options.issue), {
      apiUrl: ctx.env.GITHUB_API_URL,
      token: ctx.env.GITHUB_TOKEN,
      timeoutMs: ctx.timeoutMs,
    });
    // The title is the applicant's: plain text, and never a workflow command in an Actions log.
    ctx.stdout.write(
      echoLine(`read ${issue.shown}: ${issue.title}`, ctx.env.GITHUB_ACTIONS === 'true'),
    );
    ({ body, shown } = issue);
  } else if (options.fromIssue !== undefined) {
    const file = path.resolve(ctx.cwd, options.fromIssue);
    shown = shownPath(file, ctx.cwd);
    body = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(
        `cannot read the issue file ${shown}`,
        'save the issue body (Markdown) to a file and pass its path to --from-issue',
      );
    });
  } else return undefined;

  const read = draftFromIssue(body, shown, ctx.config);
  ctx.issue = { ...read, online: options.issue !== undefined };
  // An answer a flag replaced needs no note.
  for (const note of read.notes)
    if (!(note.field in ctx.draft)) ctx.stdout.write(`${formatNote(note)}\n`);
  // The flags win over the issue's answers, part by part for the description and the contact.
  const draft = ctx.draft as Record<string, unknown>;
  for (const [field, answer] of Object.entries(read.draft))
    draft[field] =
      field === 'description' || field === 'contact'
        ? { ...(answer as object), ...(draft[field] as object | undefined) }
        : (draft[field] ?? answer);
  Object.assign(ctx.origins, { ...read.origins, ...ctx.origins });
}
