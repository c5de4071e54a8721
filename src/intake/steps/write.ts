import { rm, writeFile } from 'node:fs/promises';
import { COLLECTION_STYLE, dump, visit } from 'js-yaml';
import { hasErrors, sortProblems, summarize, type Problem } from '../../core/problems.ts';
import { shownPath } from '../../core/text.ts';
import { loadPartners } from '../../data/load-partners.ts';
import { checkLogos } from '../../logos/process-logos.ts';
import type { PartnerRecordInput } from '../../schema/record.ts';
import { report, type Context } from '../context.ts';
import { alreadyExists } from './check.ts';

export type WriteContext = Pick<Context, 'config' | 'cwd' | 'dir' | 'draft' | 'stdout' | 'stderr'> &
  Required<Pick<Context, 'record' | 'files'>>;

/** The record as the file maintainers review: lists on one line (`[a, b]`), maps as blocks, no folding. */
export function renderRecordYaml(record: PartnerRecordInput): string {
  const body = dump(record, {
    lineWidth: -1,
    transform: (documents) =>
      visit(documents, (node) => {
        if (node.kind === 'sequence' && node.items.every((item) => item.kind === 'scalar'))
          node.style = COLLECTION_STYLE.FLOW;
      }),
  });
  return `# yaml-language-server: $schema=../schema/partner.schema.json\n${body}`;
}

/** Writes the record and its logo, never over a file, then runs the validator on them: exit 0 or 1. */
export async function write(ctx: WriteContext): Promise<number> {
  const { files } = ctx;
  const show = (file: string) => shownPath(file, ctx.cwd);
  const written = `${show(files.record)}${files.logo ? ` and ${show(files.logo)}` : ''}`;
  try {
    // Each only if no file has that name yet (`wx`): one created since the check is not overwritten.
    if (files.logo) await writeFile(files.logo, ctx.draft.logo!.bytes, { flag: 'wx' });
    await writeFile(files.record, renderRecordYaml(ctx.record), { flag: 'wx' }).catch(
      async (error: unknown) => {
        if (files.logo) await rm(files.logo, { force: true });
        throw error;
      },
    );
  } catch (error) {
    const { code, path = files.record } = error as NodeJS.ErrnoException;
    if (code !== 'EEXIST') throw error;
    report(ctx.stderr, [alreadyExists(show(path))]);
    return 1;
  }
  ctx.stdout.write(`wrote ${written}\n`);
  const problems = await newRecordProblems(ctx);
  report(ctx.stdout, problems);
  ctx.stdout.write(`${summarize(problems, 1)}\n`);
  if (!hasErrors(problems)) return 0;
  // A refused application leaves nothing behind.
  await Promise.all([files.record, files.logo].map((file) => file && rm(file, { force: true })));
  ctx.stdout.write(`removed ${written} again\n`);
  return 1;
}

/** The validator's findings in the folder that concern the new record, its logo, or name it. */
async function newRecordProblems(ctx: WriteContext): Promise<Problem[]> {
  const shownRecord = shownPath(ctx.files.record, ctx.cwd);
  const shownLogo = ctx.files.logo && shownPath(ctx.files.logo, ctx.cwd);
  const loaded = await loadPartners(ctx.dir, ctx.config, ctx.cwd);
  // Only the new record's logo: the others were checked when they were added.
  const logoProblems = await checkLogos(
    loaded.records.filter((record) => record.file === shownRecord),
  );
  const concernsNewRecord = (problem: Problem) =>
    problem.file === shownRecord ||
    problem.file === shownLogo ||
    problem.message.includes(shownRecord);
  return sortProblems([...loaded.problems, ...logoProblems].filter(concernsNewRecord));
}
