import { existsSync } from 'node:fs';
import path from 'node:path';
import { nameKey, websiteKey } from '../../data/cross-checks.ts';
import { loadPartners, suggestId } from '../../data/load-partners.ts';
import { ProblemError, type Problem } from '../../core/problems.ts';
import { logoCacheDir, logoCacheKey, writeCachedLogo } from '../../logos/logo-cache.ts';
import { normalizeLogo } from '../../logos/normalize-logo.ts';
import { RECORD_ID_PATTERN, reservedId } from '../../schema/record.ts';
import { shownPath } from '../../core/text.ts';
import { report, type Context } from '../context.ts';
import {
  applicationProgram,
  assembleRecord,
  checkRecord,
  COMMAND,
  type DraftLogo,
} from '../draft.ts';
import { lookAlikes, type LookAlike } from '../look-alike.ts';
import { beyondTheForm } from './ask.ts';

const vocabulary = (ids: readonly string[]) => `one or more of ${ids.join(', ')}, comma-separated`;

/** The record as it will be written (joining the application's program unless told otherwise), its file name and files. */
export async function assemble(
  ctx: Pick<Context, 'config' | 'options' | 'dir' | 'today' | 'draft' | 'id' | 'record' | 'files'>,
): Promise<undefined> {
  ctx.draft.programs ??= [applicationProgram(ctx.config).id];
  ctx.draft.since ??= ctx.today;
  ctx.id = ctx.options.id ?? suggestId(ctx.draft.name ?? '');
  ctx.record = assembleRecord(ctx.config, ctx.draft, ctx.id);
  ctx.files = {
    record: path.join(ctx.dir, `${ctx.id}.yaml`),
    logo: ctx.record.logo && path.join(ctx.dir, ctx.record.logo),
  };
}

export type CheckContext = Pick<
  Context,
  'config' | 'options' | 'cwd' | 'dir' | 'draft' | 'origins' | 'issue' | 'problems' | 'stdout'
> &
  Pick<Context, 'stderr'> &
  Required<Pick<Context, 'id' | 'record' | 'files'>>;

/** Refuses what the validator would, a listed organization or an existing file: exit 1, or 2 for a flag to add. */
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
  const placed = (field: 'name' | 'website' | 'logo', problem: Omit<Problem, 'file'>): Problem => ({
    ...problem,
    file: ctx.origins[field]?.file ?? COMMAND,
    position: ctx.origins[field]?.position,
    field,
  });
  // The same name or website is refused, as the validator would; a look-alike is for the maintainer to judge.
  const { records } = await loadPartners(ctx.dir, config, ctx.cwd);
  const sameAs = {
    name: (one: string, other: string) => nameKey(one) === nameKey(other),
    website: (one: string, other: string) =>
      URL.canParse(one) && URL.canParse(other) && websiteKey(one) === websiteKey(other),
  };
  const clashes = [
    ...records.flatMap(({ record, file }) =>
      (['name', 'website'] as const)
        .filter((field) => draft[field] && sameAs[field](draft[field], record[field]))
        .map((field): LookAlike => ({
          field,
          severity: 'error',
          message: `is the same ${field} as in ${file}`,
          hint: `the organization is already listed: update ${file} instead`,
        })),
    ),
    ...lookAlikes(
      draft.name,
      draft.website,
      records.map((loaded) => ({ file: loaded.file, ...loaded.record })),
      sameAs.name,
    ),
  ].map((clash) => placed(clash.field, clash));
  report(
    ctx.stdout,
    clashes.filter((clash) => clash.severity === 'warning'),
  );
  problems.push(...clashes.filter((clash) => clash.severity === 'error'));
  const logoRefusal = draft.logo && (await logoBytesRefusal(draft.logo, id));
  if (logoRefusal) problems.push(placed('logo', logoRefusal));
  if (RECORD_ID_PATTERN.test(id))
    for (const file of [ctx.files.record, ctx.files.logo])
      if (file && existsSync(file)) problems.push(alreadyExists(shownPath(file, ctx.cwd)));
  if (problems.length > 0) {
    report(ctx.stderr, problems);
    ctx.stderr.write(
      `Nothing was written: ${problems.length === 1 ? 'fix the problem above' : `fix the ${problems.length} problems above`} and run the command again.\n`,
    );
    // What the form cannot give is a flag to add: a usage error, as for any other missing flag.
    const flagMissing =
      ctx.issue !== undefined &&
      beyondTheForm(ctx).some((field) => field === 'services' || field === 'description');
    return flagMissing ? 2 : 1;
  }
  if (draft.programs?.includes(applicationProgram(config).id) && draft.regions === undefined)
    report(ctx.stdout, [
      {
        file: COMMAND,
        severity: 'warning',
        field: 'regions',
        message: 'none given, so no region filter finds the organization',
        hint: `add --regions with ${vocabulary(config.regionIds)} if the application says where the services are offered`,
      },
    ]);
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
  const reserved = reservedId(id);
  if (reserved)
    return problem(reserved, 'pass --id with another name for the record, e.g. --id acme-cloud');
  // Without a name there is nothing to make a file name from, and the name's own error says so.
  if (RECORD_ID_PATTERN.test(id) || (givenId === undefined && !name)) return [];
  return problem(
    givenId === undefined
      ? `cannot make a file name from the name (got ${JSON.stringify(name ?? '')})`
      : `"${id}" is not a valid record id`,
    'pass --id with lowercase letters, digits and single hyphens, e.g. --id acme-cloud',
  );
}

/** What the logo pipeline refuses, judged in memory; an accepted logo is cached for the validator run after writing. */
async function logoBytesRefusal(logo: DraftLogo, id: string) {
  const source = Buffer.from(logo.bytes);
  try {
    const normalized = await normalizeLogo(source, logo.format, id);
    await writeCachedLogo(logoCacheDir(), logoCacheKey(source, id), normalized);
    return undefined;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { ...error.problem, message: `"${logo.source}" ${error.problem.message}` };
  }
}
