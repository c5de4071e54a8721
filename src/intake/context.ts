// What one run of `npm run new-partner` knows (create-astro's Context); steps pick their part, to test alone.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { SiteConfig } from '../config/site-config.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { shownPath } from '../core/text.ts';
import type { PartnerRecordInput } from '../schema/record.ts';
import {
  applicationProgram,
  defined,
  localeCodes,
  TEXT_FIELDS,
  type DraftOrigins,
  type RecordDraft,
  type Texts,
  type TextField,
} from './draft.ts';
import type { IssueDraft } from './issue-form.ts';
import { terminalPrompter, type Prompter } from './terminal-prompter.ts';
import { plainLine } from './log-text.ts';
import { parseCommandLine, UsageError } from '../core/command-line.ts';

/** What the script (or a test) gives the command. */
export interface NewPartnerIO {
  config: SiteConfig;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Where the user is: paths in arguments and in messages are relative to it. */
  cwd: string;
  projectRoot: string;
  /** The default "since", YYYY-MM-DD. */
  today?: string;
  /** `GITHUB_API_URL` and `GITHUB_TOKEN` for --issue; `INTAKE_ALLOW_LOOPBACK=1` lets logo downloads reach this machine (tests); `GITHUB_ACTIONS` says the output is an Actions log. */
  env?: Partial<
    Record<'GITHUB_API_URL' | 'GITHUB_TOKEN' | 'INTAKE_ALLOW_LOOPBACK' | 'GITHUB_ACTIONS', string>
  >;
  /** --issue's default --repo. */
  issueRepo: string;
  /** For reading an issue or downloading a logo. */
  timeoutMs?: number;
}

export type NewPartnerOptions = ReturnType<typeof parseNewPartnerArgs>;

export type Context = Required<Omit<NewPartnerIO, 'stdin' | 'projectRoot'>> & {
  options: NewPartnerOptions;
  dir: string;
  prompt: Prompter;
  /** Standard input is a terminal, so a person is there to answer. */
  terminal: boolean;
  issue?: IssueDraft & { online: boolean };
  draft: RecordDraft;
  origins: DraftOrigins;
  /** Problems found while gathering (a logo that would not download), reported with the record's. */
  problems: Problem[];
  id?: string;
  record?: PartnerRecordInput;
  files?: { record: string; logo?: string };
};

export function report(out: Writable, problems: readonly Problem[]) {
  for (const problem of problems) out.write(`${plainLine(formatProblem(problem))}\n`);
}

/** The flag of a text field in one language: --description, --description-zh. */
export const textFlag = (config: SiteConfig, field: TextField, code: string) =>
  code === config.defaultLocale ? `--${field}` : `--${field}-${code}`;

const textFlags = (config: SiteConfig) =>
  TEXT_FIELDS.flatMap((field) => localeCodes(config).map((code) => textFlag(config, field, code)));

export function usage(config: SiteConfig, issueRepo: string): string {
  return `Usage:
  npm run new-partner -- --issue N [--repo owner/name] [options]
  npm run new-partner -- --from-issue FILE [--logo PATH] [--services a,b] [--regions x,y] [options]
  npm run new-partner [-- options]          (asks for each field in the terminal)

Writes partners/<id>.yaml and copies the logo next to it as <id>.png or <id>.svg, then
checks the new record with the validator. Never overwrites an existing file.

  --issue N            read application issue N through GitHub's API (GITHUB_API_URL,
                       GITHUB_TOKEN when set) and download the logo it links to
  --repo owner/name    the repository of --issue (default ${issueRepo})
  --from-issue FILE    the body of an application issue, saved as Markdown
  --logo PATH          the logo to copy, SVG or PNG
  --logo-url URL       the logo to download (https), instead of the issue's link
  --program LIST       ${config.programIds.join(', ')} (default ${applicationProgram(config).id})
  --services LIST      ${config.serviceIds.join(', ')}
  --regions LIST       ${config.regionIds.join(', ')}
  --since YYYY-MM-DD   the date the organization joined (default today)
  --dir DIR            the partners folder (default partners/, or PARTNERS_DIR)
  --id ID              the record's file name (default derived from the name)
  --name, --website, ${textFlags(config).join(', ')}, --email, --github TEXT
                       give or correct that answer (the flag wins over the issue)
LISTS are comma-separated, e.g. --services support,consulting. A bare host name such as
acme.io is taken as https://acme.io/.`;
}

const FLAGS = ['from-issue', 'issue', 'repo', 'logo', 'logo-url', 'dir', 'id', 'name'] as const;
const FIELD_FLAGS = ['website', 'program', 'programs', 'services', 'regions', 'since'] as const;
type Flag = (typeof FLAGS | typeof FIELD_FLAGS)[number] | 'email' | 'github';

export function parseNewPartnerArgs(args: string[], config: SiteConfig) {
  const texts = textFlags(config).map((flag) => flag.slice(2));
  const names = [...FLAGS, ...FIELD_FLAGS, 'email', 'github', ...texts];
  const { values } = parseCommandLine(
    args,
    Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
  ) as { values: Record<string, string | undefined> };
  const both = (one: string, other: string) =>
    values[one] !== undefined && values[other] !== undefined;
  if (both('issue', 'from-issue'))
    throw new UsageError('--issue and --from-issue both name an issue', 'pass one of them');
  if (both('logo', 'logo-url'))
    throw new UsageError('--logo and --logo-url both name a logo', 'pass one of them');
  if (values.repo !== undefined && values.issue === undefined)
    throw new UsageError('--repo is the repository of --issue', 'pass --issue N with it');
  const textsOf = (field: TextField): Texts =>
    defined(
      Object.fromEntries(
        localeCodes(config).map((code) => [code, values[textFlag(config, field, code).slice(2)]]),
      ),
    );
  return {
    ...(values as Partial<Record<Flag, string>>),
    fromIssue: values['from-issue'],
    logoUrl: values['logo-url'],
    texts: { description: textsOf('description'), usage: textsOf('usage') },
    help: (values.help as unknown) === true,
  };
}

export async function createContext(
  options: NewPartnerOptions,
  io: NewPartnerIO,
): Promise<Context> {
  const dir = options.dir ? path.resolve(io.cwd, options.dir) : partnersDir(io.projectRoot);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new UsageError(
      `the partners folder ${shownPath(dir, io.cwd)} does not exist`,
      'pass --dir with the folder that holds the partner records',
    );
  const now = new Date();
  const localNow = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return {
    ...io,
    options,
    dir,
    today: io.today ?? localNow.toISOString().slice(0, 10),
    env: io.env ?? {},
    timeoutMs: io.timeoutMs ?? 30_000,
    prompt: terminalPrompter(io.stdin, io.stdout),
    terminal: io.stdin.isTTY === true,
    draft: {},
    origins: {},
    problems: [],
  };
}
