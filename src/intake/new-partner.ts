import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { suggestId } from '../data/load-partners.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { formatProblem, hasErrors, summarize, type Problem } from '../core/problems.ts';
import { RECORD_ID_PATTERN, RESERVED_RECORD_IDS } from '../schema/record.ts';
import { REGION_IDS, SERVICE_IDS } from './project-config.ts';
import { siteConfig } from './project-config.ts';
import { applicationProgram } from './application-form.ts';
import { askForRecord, type AskedField } from './ask-record.ts';
import { logoBytesRefusal } from './check-logo-bytes.ts';
import { checkNewPartner, findClashes } from './check-new-partner.ts';
import { downloadLogo } from './download-logo.ts';
import { COMMAND, draftFromFlags } from './flags-draft.ts';
import { fetchIssue, issueSource } from './github-issue.ts';
import { draftFromIssue, type IssueDraft } from './issue-draft.ts';
import {
  usage,
  UsageError,
  parseNewPartnerArgs,
  type NewPartnerOptions,
} from './new-partner-options.ts';
import {
  assembleRecord,
  checkRecord,
  formatNote,
  type AnswerNote,
  type DraftOrigins,
  type RecordDraft,
} from './record-draft.ts';
import { echoLine, plainLine } from './log-text.ts';
import { terminalPrompter } from './terminal-prompter.ts';
import {
  existingFiles,
  partnerFiles,
  removePartnerFiles,
  renderRecordYaml,
  writePartnerFiles,
} from './write-partner.ts';

export interface NewPartnerIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Where the user is: paths in arguments and in messages are relative to it. */
  cwd: string;
  /** The project, whose partners/ folder is the default. */
  projectRoot: string;
  /** Today as YYYY-MM-DD, the default "since". */
  today?: string;
  /** `GITHUB_API_URL` and `GITHUB_TOKEN` for --issue; `INTAKE_ALLOW_LOOPBACK=1` lets logo downloads reach this machine (tests); `GITHUB_ACTIONS` says the output is an Actions log. */
  env?: {
    GITHUB_API_URL?: string;
    GITHUB_TOKEN?: string;
    INTAKE_ALLOW_LOOPBACK?: string;
    GITHUB_ACTIONS?: string;
  };
  /** The repository that takes applications: --issue's default --repo. */
  issueRepo: string;
  /** How long reading an issue or downloading a logo may take, in milliseconds. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
// The application form does not ask for these: flags give them, or the terminal when there is one.
const FIELDS_NOT_IN_FORM: AskedField[] = ['services', 'regions'];
// The program the application form is for: an issue's record joins it.
const APPLICATION_PROGRAM = applicationProgram(siteConfig).id;
const isPartner = (draft: RecordDraft) => draft.programs?.includes(APPLICATION_PROGRAM) ?? false;
// A description in Chinese only: English is every page's fallback, so the maintainer has to give it.
const lacksEnglish = (draft: RecordDraft) =>
  draft.description !== undefined && draft.description.en === undefined;

/**
 * `npm run new-partner`: gathers a new record from an application issue, flags or the
 * terminal, refuses what the validator would refuse, writes the record and its logo, then
 * runs the validator on them. Returns the exit code: 0 written and valid, 1 refused or
 * invalid, 2 wrong usage. A user's mistake is reported in one line each, never thrown.
 */
export async function newPartner(args: string[], io: NewPartnerIO): Promise<number> {
  const report = (problems: Problem[], out = io.stderr) => {
    for (const problem of problems) out.write(`${plainLine(formatProblem(problem))}\n`);
  };
  try {
    return await run(args, io, report);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    report([{ file: COMMAND, severity: 'error', message: error.message, hint: error.hint }]);
    return EXIT_USAGE;
  }
}

async function run(
  args: string[],
  io: NewPartnerIO,
  report: (problems: Problem[], out?: Writable) => void,
): Promise<number> {
  const options = parseNewPartnerArgs(args);
  if (options.help) {
    io.stdout.write(`${usage(io.issueRepo)}\n`);
    return 0;
  }
  const show = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || file;
  const dir = options.dir ? path.resolve(io.cwd, options.dir) : partnersDir(io.projectRoot);
  if (
    !(await stat(dir).then(
      (stats) => stats.isDirectory(),
      () => false,
    ))
  ) {
    throw new UsageError(
      `the partners folder ${show(dir)} does not exist`,
      'pass --dir with the folder that holds the partner records',
    );
  }
  const flags = await draftFromFlags(options, io.cwd);
  if (flags.problems.length > 0) {
    report(flags.problems);
    return EXIT_USAGE;
  }

  const { draft, origins, issueForm, logoProblems } = await gatherAnswers(
    options,
    flags,
    io,
    `${show(dir)}/`,
    show,
  );
  const id = options.id ?? suggestId(draft.name ?? '');
  const record = assembleRecord(draft, id);
  const files = partnerFiles(dir, id, draft.logo?.format);
  const recordProblems = checkRecord(record, origins, {
    file: COMMAND,
    hint: 'run npm run new-partner -- --help for the flags',
  });
  const problems = [
    ...idProblems(id, options.id, draft.name),
    ...logoProblems,
    // A logo that failed to download is missing for that reason, said above.
    ...recordProblems.filter((problem) => logoProblems.length === 0 || problem.field !== 'logo'),
  ];
  const clashes = await clashProblems(dir, draft, origins, io.cwd);
  report(
    clashes.filter((clash) => clash.severity === 'warning'),
    io.stdout,
  );
  problems.push(...clashes.filter((clash) => clash.severity === 'error'));
  const logoRefusal = draft.logo && (await logoBytesRefusal(draft.logo, id));
  if (logoRefusal)
    problems.push({
      ...logoRefusal,
      file: origins.logo?.file ?? COMMAND,
      position: origins.logo?.position,
      field: 'logo',
    });
  if (RECORD_ID_PATTERN.test(id))
    problems.push(...(await existingFiles(files)).map((file) => alreadyExists(show(file))));
  if (problems.length > 0) {
    report(problems);
    io.stderr.write(
      `Nothing was written: ${problems.length === 1 ? 'fix the problem above' : `fix the ${problems.length} problems above`} and run the command again.\n`,
    );
    // What the first form cannot give is a flag to add: a usage error, as for any other missing flag.
    const flagMissing =
      issueForm !== undefined &&
      ((issueForm === 'first' && isPartner(draft) && draft.services === undefined) ||
        lacksEnglish(draft));
    return flagMissing ? EXIT_USAGE : EXIT_REFUSED;
  }
  if (isPartner(draft) && draft.regions === undefined) {
    report(
      [
        {
          file: COMMAND,
          severity: 'warning',
          field: 'regions',
          message: 'none given, so no region filter finds the organization',
          hint: `add --regions with ${vocabulary(REGION_IDS)} if the application says where the services are offered`,
        },
      ],
      io.stdout,
    );
  }

  try {
    await writePartnerFiles(files, renderRecordYaml(record), draft.logo?.bytes);
  } catch (error) {
    // Created by someone else since the check above: still never overwritten.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    report([alreadyExists(show((error as NodeJS.ErrnoException).path ?? files.record))]);
    return EXIT_REFUSED;
  }
  io.stdout.write(`wrote ${show(files.record)}${files.logo ? ` and ${show(files.logo)}` : ''}\n`);

  const checked = await checkNewPartner(dir, files, io.cwd);
  report(checked.problems, io.stdout);
  io.stdout.write(`${summarize(checked.problems, 1)}\n`);
  if (!hasErrors(checked.problems)) return 0;
  // A refused application leaves nothing behind.
  await removePartnerFiles(files);
  io.stdout.write(
    `removed ${show(files.record)}${files.logo ? ` and ${show(files.logo)}` : ''} again\n`,
  );
  return EXIT_REFUSED;
}

/** The answers from the issue, the flags (which win) and the terminal, and where each came from. */
async function gatherAnswers(
  options: NewPartnerOptions,
  flags: { draft: RecordDraft; origins: DraftOrigins; notes: AnswerNote[] },
  io: NewPartnerIO,
  shownDir: string,
  show: (file: string) => string,
) {
  const issue = await readIssue(options, io, show);
  const draft = mergeDrafts(issue?.draft ?? {}, flags.draft);
  const logoProblems = await fetchLogo(options, issue, draft, flags.origins, io);
  const origins: DraftOrigins = { ...issue?.origins, ...flags.origins };
  if (issue) draft.programs ??= [APPLICATION_PROGRAM];
  const issueNotes = (issue?.notes ?? []).filter((note) => !(note.field in flags.draft)); // else a flag replaced the answer
  for (const note of [...issueNotes, ...flags.notes])
    io.stdout.write(`${plainLine(formatNote(note))}\n`);

  // By hand, everything is asked; with an issue in a terminal, only what the form does not give.
  const notInForm = issue?.form === 'generated' ? [] : FIELDS_NOT_IN_FORM;
  const unanswered: AskedField[] = [
    ...(isPartner(draft) ? notInForm.filter((field) => draft[field] === undefined) : []),
    ...(lacksEnglish(draft) ? ['description' as const] : []),
  ];
  const asked = issue ? (io.stdin.isTTY === true ? unanswered : []) : undefined;
  if (asked === undefined || asked.length > 0) {
    const prompter = terminalPrompter(io.stdin, io.stdout);
    prompter.say(
      `A new record in ${shownDir}: answer each question (Ctrl+C stops, writing nothing).`,
    );
    try {
      Object.assign(draft, await askForRecord(draft, prompter, io.cwd, asked));
    } finally {
      prompter.close();
    }
  }
  draft.since ??= io.today ?? today();
  origins.services ??= {
    file: COMMAND,
    hint: `the application form does not ask for services: add --services with ${vocabulary(SERVICE_IDS)}`,
  };
  if (issue) origins.logo ??= { file: COMMAND, hint: logoHint(issue.logoLinks) };
  return { draft, origins, issueForm: issue?.form, logoProblems };
}

function idProblems(id: string, givenId: string | undefined, name: string | undefined): Problem[] {
  if (RESERVED_RECORD_IDS.includes(id))
    return [
      {
        file: COMMAND,
        severity: 'error',
        field: 'id',
        message: `"${id}" is reserved: /partners/${id}/ holds the site's own pages`,
        hint: 'pass --id with another name for the record, e.g. --id acme-cloud',
      },
    ];
  // Without a name there is nothing to make a file name from, and the name's own error says so.
  if (RECORD_ID_PATTERN.test(id) || (givenId === undefined && !name)) return [];
  return [
    {
      file: COMMAND,
      severity: 'error',
      field: 'id',
      message:
        givenId === undefined
          ? `cannot make a file name from the name (got ${JSON.stringify(name ?? '')})`
          : `"${id}" is not a valid record id`,
      hint: 'pass --id with lowercase letters, digits and single hyphens, e.g. --id acme-cloud',
    },
  ];
}

async function clashProblems(
  dir: string,
  draft: RecordDraft,
  origins: DraftOrigins,
  cwd: string,
): Promise<Problem[]> {
  return (await findClashes(dir, draft.name, draft.website, cwd)).map((clash) => ({
    ...clash,
    file: origins[clash.field]?.file ?? COMMAND,
    position: origins[clash.field]?.position,
  }));
}

const alreadyExists = (shownFile: string): Problem => ({
  file: shownFile,
  severity: 'error',
  message: 'already exists, and new-partner never overwrites a file',
  hint: 'edit the existing record, or pass --id to choose another file name',
});

const vocabulary = (ids: readonly string[]) => `one or more of ${ids.join(', ')}, comma-separated`;

/** The application issue, from a saved file (--from-issue) or GitHub's API (--issue), if any. */
async function readIssue(
  options: NewPartnerOptions,
  io: NewPartnerIO,
  show: (file: string) => string,
): Promise<(IssueDraft & { online: boolean }) | undefined> {
  if (options.issue !== undefined) {
    const issue = await fetchIssue(issueSource(options.repo ?? io.issueRepo, options.issue), {
      apiUrl: io.env?.GITHUB_API_URL,
      token: io.env?.GITHUB_TOKEN,
      timeoutMs: io.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    io.stdout.write(
      echoLine(`read ${issue.shown}: ${issue.title}`, io.env?.GITHUB_ACTIONS === 'true'),
    );
    return { ...draftFromIssue(issue.body, issue.shown), online: true };
  }
  if (options.fromIssue === undefined) return undefined;
  const absolute = path.resolve(io.cwd, options.fromIssue);
  let body: string;
  try {
    body = await readFile(absolute, 'utf8');
  } catch {
    throw new UsageError(
      `cannot read the issue file ${show(absolute)}`,
      'save the issue body (Markdown) to a file and pass its path to --from-issue',
    );
  }
  return { ...draftFromIssue(body, show(absolute)), online: false };
}

/**
 * Downloads the logo from --logo-url, or, for an issue read online, from the link in its
 * logo answer (--logo wins over both). A failed download is the command's problem to report.
 */
async function fetchLogo(
  options: NewPartnerOptions,
  issue: (IssueDraft & { online: boolean }) | undefined,
  draft: RecordDraft,
  origins: DraftOrigins,
  io: NewPartnerIO,
): Promise<Problem[]> {
  if (draft.logo) return [];
  const link = issue?.online ? issue.logoLinks.find((url) => /^https?:\/\//i.test(url)) : undefined;
  const address = options.logoUrl ?? link;
  if (address === undefined) return [];
  const reading = await downloadLogo(address, {
    timeoutMs: io.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    allowLoopback: io.env?.INTAKE_ALLOW_LOOPBACK === '1',
    attachmentOnly: options.logoUrl === undefined,
  });
  if (!reading.ok)
    return [
      {
        ...reading.problem,
        file: COMMAND,
        field: options.logoUrl === undefined ? 'logo' : '--logo-url',
      },
    ];
  draft.logo = reading.logo;
  origins.logo = {
    file: COMMAND,
    hint: `the logo was downloaded from ${reading.logo.source}: correct it with --logo PATH`,
  };
  io.stdout.write(
    `downloaded the logo from ${reading.logo.source} (${reading.logo.format.toUpperCase()}, ${reading.logo.bytes.byteLength} bytes)\n`,
  );
  return [];
}

/** The issue's answers with the flags' on top: a flag corrects the issue. */
function mergeDrafts(fromIssue: RecordDraft, fromFlags: RecordDraft): RecordDraft {
  const merged: RecordDraft = { ...fromIssue, ...fromFlags };
  if (fromIssue.description && fromFlags.description)
    merged.description = { ...fromIssue.description, ...fromFlags.description };
  if (fromIssue.contact && fromFlags.contact)
    merged.contact = { ...fromIssue.contact, ...fromFlags.contact };
  return merged;
}

function logoHint(links: string[]): string {
  const link = links.find((url) => /^https?:\/\//i.test(url));
  return link
    ? `the application links to its logo: pass --logo-url ${link}, or --logo PATH for a copy you downloaded`
    : 'the application has no logo: ask the applicant for an SVG or PNG and pass --logo PATH';
}

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}
