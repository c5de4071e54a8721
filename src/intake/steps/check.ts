import { suggestId } from '../../data/load-partners.ts';
import type { Problem } from '../../core/problems.ts';
import { RECORD_ID_PATTERN, RESERVED_RECORD_IDS } from '../../schema/record.ts';
import { logoBytesRefusal } from '../check-logo-bytes.ts';
import { findClashes } from '../check-new-partner.ts';
import { shownPath } from '../../core/text.ts';
import { report, type Context } from '../context.ts';
import { applicationProgram, assembleRecord, checkRecord, COMMAND } from '../draft.ts';
import { existingFiles, partnerFiles } from '../write-partner.ts';

export type AssembleContext = Pick<
  Context,
  'config' | 'options' | 'dir' | 'today' | 'draft' | 'origins' | 'id' | 'record' | 'files'
>;

const vocabulary = (ids: readonly string[]) => `one or more of ${ids.join(', ')}, comma-separated`;

/** The record as it will be written (joining the application's program unless told otherwise), its file name and files. */
export async function assemble(ctx: AssembleContext): Promise<undefined> {
  ctx.draft.programs ??= [applicationProgram(ctx.config).id];
  ctx.draft.since ??= ctx.today;
  ctx.id = ctx.options.id ?? suggestId(ctx.draft.name ?? '');
  ctx.record = assembleRecord(ctx.config, ctx.draft, ctx.id);
  ctx.files = partnerFiles(ctx.dir, ctx.id, ctx.draft.logo?.format);
  return undefined;
}

export type CheckContext = Pick<
  Context,
  | 'config'
  | 'options'
  | 'cwd'
  | 'dir'
  | 'draft'
  | 'origins'
  | 'issue'
  | 'problems'
  | 'stdout'
  | 'stderr'
> &
  Required<Pick<Context, 'id' | 'record' | 'files'>>;

/**
 * Refuses, writing nothing, what the validator would refuse: the record's own problems, each
 * pointing at its answer, a file name that cannot be one, an organization already listed, a
 * file that exists. Exit 1, or 2 when what is missing is a flag to add (an answer the first
 * form cannot give, the default language's text of a description).
 */
export async function check(ctx: CheckContext): Promise<number | undefined> {
  const { config, draft, id } = ctx;
  ctx.origins.services ??= {
    file: COMMAND,
    hint: `the application form does not ask for services: add --services with ${vocabulary(config.serviceIds)}`,
  };
  const recordProblems = checkRecord(config, ctx.record, ctx.origins, {
    file: COMMAND,
    hint: 'run npm run new-partner -- --help for the flags',
  });
  const problems = [
    ...idProblems(id, ctx.options.id, draft.name),
    ...ctx.problems,
    // A logo that failed to download is missing for that reason, said above.
    ...recordProblems.filter((problem) => ctx.problems.length === 0 || problem.field !== 'logo'),
  ];
  // The same name or website is refused; a look-alike one is said, for the maintainer to judge.
  const clashes = (await findClashes(ctx.dir, draft.name, draft.website, ctx.cwd, config)).map(
    (clash): Problem => ({
      ...clash,
      file: ctx.origins[clash.field]?.file ?? COMMAND,
      position: ctx.origins[clash.field]?.position,
    }),
  );
  report(
    ctx.stdout,
    clashes.filter((clash) => clash.severity === 'warning'),
  );
  problems.push(...clashes.filter((clash) => clash.severity === 'error'));
  // What the logo pipeline refuses (an unsafe SVG, a broken PNG) is never written.
  const logoRefusal = draft.logo && (await logoBytesRefusal(draft.logo, id));
  if (logoRefusal)
    problems.push({
      ...logoRefusal,
      file: ctx.origins.logo?.file ?? COMMAND,
      position: ctx.origins.logo?.position,
      field: 'logo',
    });
  if (RECORD_ID_PATTERN.test(id))
    problems.push(
      ...(await existingFiles(ctx.files)).map((file) => alreadyExists(shownPath(file, ctx.cwd))),
    );
  const partner = draft.programs?.includes(applicationProgram(config).id) ?? false;
  if (problems.length > 0) {
    report(ctx.stderr, problems);
    ctx.stderr.write(
      `Nothing was written: ${problems.length === 1 ? 'fix the problem above' : `fix the ${problems.length} problems above`} and run the command again.\n`,
    );
    // What the first form cannot give is a flag to add: a usage error, as for any other missing flag.
    const lacksDefault =
      draft.description !== undefined && draft.description[config.defaultLocale] === undefined;
    const flagMissing =
      ctx.issue !== undefined &&
      ((ctx.issue.form === 'first' && partner && draft.services === undefined) || lacksDefault);
    return flagMissing ? 2 : 1;
  }
  if (partner && draft.regions === undefined)
    report(ctx.stdout, [
      {
        file: COMMAND,
        severity: 'warning',
        field: 'regions',
        message: 'none given, so no region filter finds the organization',
        hint: `add --regions with ${vocabulary(config.regionIds)} if the application says where the services are offered`,
      },
    ]);
  return undefined;
}

export const alreadyExists = (shownFile: string): Problem => ({
  file: shownFile,
  severity: 'error',
  message: 'already exists, and new-partner never overwrites a file',
  hint: 'edit the existing record, or pass --id to choose another file name',
});

function idProblems(id: string, givenId: string | undefined, name: string | undefined): Problem[] {
  const problem = (message: string, hint: string): Problem[] => [
    { file: COMMAND, severity: 'error', field: 'id', message, hint },
  ];
  if (RESERVED_RECORD_IDS.includes(id))
    return problem(
      `"${id}" is reserved: /partners/${id}/ holds the site's own pages`,
      'pass --id with another name for the record, e.g. --id acme-cloud',
    );
  // Without a name there is nothing to make a file name from, and the name's own error says so.
  if (RECORD_ID_PATTERN.test(id) || (givenId === undefined && !name)) return [];
  return problem(
    givenId === undefined
      ? `cannot make a file name from the name (got ${JSON.stringify(name ?? '')})`
      : `"${id}" is not a valid record id`,
    'pass --id with lowercase letters, digits and single hyphens, e.g. --id acme-cloud',
  );
}
