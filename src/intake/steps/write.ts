import { hasErrors, summarize } from '../../core/problems.ts';
import { checkNewPartner } from '../check-new-partner.ts';
import { shownPath } from '../../core/text.ts';
import { report, type Context } from '../context.ts';
import { removePartnerFiles, renderRecordYaml, writePartnerFiles } from '../write-partner.ts';
import { alreadyExists } from './check.ts';

export type WriteContext = Pick<Context, 'config' | 'cwd' | 'dir' | 'draft' | 'stdout' | 'stderr'> &
  Required<Pick<Context, 'record' | 'files'>>;

/**
 * Writes the record and its logo, never over an existing file, then runs the validator on
 * them and shows what concerns the new record: exit 0 when it passes, 1 on its errors.
 */
export async function write(ctx: WriteContext): Promise<number> {
  const { files } = ctx;
  const show = (file: string) => shownPath(file, ctx.cwd);
  try {
    await writePartnerFiles(files, renderRecordYaml(ctx.record), ctx.draft.logo?.bytes);
  } catch (error) {
    // Created by someone else since the check: still never overwritten.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    report(ctx.stderr, [
      alreadyExists(show((error as NodeJS.ErrnoException).path ?? files.record)),
    ]);
    return 1;
  }
  ctx.stdout.write(`wrote ${show(files.record)}${files.logo ? ` and ${show(files.logo)}` : ''}\n`);
  const checked = await checkNewPartner(ctx.dir, files, ctx.cwd, ctx.config);
  report(ctx.stdout, checked.problems);
  ctx.stdout.write(`${summarize(checked.problems, 1)}\n`);
  if (!hasErrors(checked.problems)) return 0;
  // A refused application leaves nothing behind.
  await removePartnerFiles(files);
  ctx.stdout.write(
    `removed ${show(files.record)}${files.logo ? ` and ${show(files.logo)}` : ''} again\n`,
  );
  return 1;
}
