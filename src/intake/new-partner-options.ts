import { parseArgs } from 'node:util';
import { siteConfig } from './project-config.ts';
import { applicationProgram } from './application-form.ts';
import { PROGRAM_IDS, REGION_IDS, SERVICE_IDS } from './project-config.ts';
import { listAnswer } from './list-answer.ts';

/** What `npm run new-partner` was asked to do; any field flag fills in or overrides an answer. */
export interface NewPartnerOptions {
  fromIssue?: string;
  /** An issue number to read through GitHub's API, in `repo`. */
  issue?: string;
  repo?: string;
  dir?: string;
  id?: string;
  name?: string;
  website?: string;
  programs?: string[];
  logo?: string;
  logoUrl?: string;
  description?: string;
  descriptionZh?: string;
  services?: string[];
  regions?: string[];
  email?: string;
  github?: string;
  since?: string;
  help: boolean;
}

/** The help text; `issueRepo` is the repository that takes applications. */
export const usage = (issueRepo: string) => `Usage:
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
  --program LIST       ${PROGRAM_IDS.join(', ')} (default ${applicationProgram(siteConfig).id})
  --services LIST      ${SERVICE_IDS.join(', ')}
  --regions LIST       ${REGION_IDS.join(', ')}
  --since YYYY-MM-DD   the date the organization joined (default today)
  --dir DIR            the partners folder (default partners/, or PARTNERS_DIR)
  --id ID              the record's file name (default derived from the name)
  --name, --website, --description, --description-zh, --email, --github TEXT
                       give or correct that answer (the flag wins over the issue)
LISTS are comma-separated, e.g. --services support,consulting. A bare host name such as
acme.io is taken as https://acme.io/.`;

/** A mistake in how the command was called: reported with the usage hint, exit code 2. */
export class UsageError extends Error {
  readonly hint: string;
  constructor(message: string, hint = 'run npm run new-partner -- --help for the options') {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

export function parseNewPartnerArgs(args: string[]): NewPartnerOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        'from-issue': { type: 'string' },
        issue: { type: 'string' },
        repo: { type: 'string' },
        'logo-url': { type: 'string' },
        dir: { type: 'string' },
        id: { type: 'string' },
        name: { type: 'string' },
        website: { type: 'string' },
        program: { type: 'string' },
        programs: { type: 'string' },
        logo: { type: 'string' },
        description: { type: 'string' },
        'description-zh': { type: 'string' },
        services: { type: 'string' },
        regions: { type: 'string' },
        email: { type: 'string' },
        github: { type: 'string' },
        since: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; keep its first sentence.
    const message =
      error instanceof Error && 'code' in error
        ? error.message.split('\n')[0].replace(/\.$/, '')
        : undefined;
    if (message === undefined) throw error;
    throw new UsageError(message);
  }
  const { values } = parsed;
  if (values.issue !== undefined && values['from-issue'] !== undefined)
    throw new UsageError('--issue and --from-issue both name an issue', 'pass one of them');
  if (values.logo !== undefined && values['logo-url'] !== undefined)
    throw new UsageError('--logo and --logo-url both name a logo', 'pass one of them');
  if (values.repo !== undefined && values.issue === undefined)
    throw new UsageError('--repo is the repository of --issue', 'pass --issue N with it');
  return {
    fromIssue: values['from-issue'],
    issue: values.issue,
    repo: values.repo,
    logoUrl: values['logo-url'],
    dir: values.dir,
    id: values.id,
    name: values.name,
    website: values.website,
    programs: list(values.program ?? values.programs, PROGRAM_IDS),
    logo: values.logo,
    description: values.description,
    descriptionZh: values['description-zh'],
    services: list(values.services, SERVICE_IDS),
    regions: list(values.regions, REGION_IDS),
    email: values.email,
    github: values.github,
    since: values.since,
    help: values.help ?? false,
  };
}

const list = (value: string | undefined, vocabulary: readonly string[]) =>
  value === undefined ? undefined : listAnswer(value, vocabulary);
