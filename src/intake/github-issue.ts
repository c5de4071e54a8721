// Reads an application issue through GitHub's REST API: a maintainer or workflow gives its number.
import { UsageError } from '../core/command-line.ts';

/** `apiUrl`: GITHUB_API_URL (GitHub Enterprise has its own); `token`: GITHUB_TOKEN, for private repositories and a higher rate limit. */
type GitHubApiSettings = { apiUrl?: string; token?: string; timeoutMs: number };

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
// GitHub's rules: an owner is up to 39 letters, digits and single inner hyphens; a repository
// name up to 100 letters, digits, '.', '_' and '-', but never '.' or '..' (a path, not a name).
const REPO = /^(?=[^/]{1,39}\/)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

export function issueSource(repo: string, issue: string) {
  if (!REPO.test(repo))
    throw new UsageError(
      `--repo must be owner/name (got ${JSON.stringify(repo)})`,
      'pass the owner and name from the issue address, e.g. --repo octo-org/community',
    );
  const number = Number(issue.replace(/^#/, ''));
  if (!Number.isSafeInteger(number) || number < 1)
    throw new UsageError(
      `--issue must be an issue number (got ${JSON.stringify(issue)})`,
      'pass the number from the issue address, e.g. --issue 412',
    );
  return { repo, number };
}

/** The issue's title and body; every failure is one UsageError line saying what to do. */
export async function fetchIssue(
  source: ReturnType<typeof issueSource>,
  settings: GitHubApiSettings,
) {
  const shown = `${source.repo}#${source.number}`;
  const base = (settings.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const url = `${base}/repos/${source.repo}/issues/${source.number}`;
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'new-partner',
        ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}),
      },
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    payload = response.ok ? await response.json() : undefined;
  } catch (error) {
    throw new UsageError(
      `cannot read ${shown} from ${base}: ${reason(error, settings)}`,
      'check the network and GITHUB_API_URL, then run the command again',
    );
  }
  if (!response.ok) throw apiError(response, shown, base, settings);

  const issue = payload as Partial<Record<'body' | 'title' | 'pull_request', unknown>>;
  if (issue.pull_request)
    throw new UsageError(
      `${shown} is a pull request, not an application issue`,
      'pass the number of the application issue',
    );
  return {
    body: typeof issue.body === 'string' ? issue.body : '',
    title: typeof issue.title === 'string' ? issue.title : '',
    shown,
  };
}

function apiError(response: Response, shown: string, base: string, settings: GitHubApiSettings) {
  const remaining = response.headers.get('x-ratelimit-remaining');
  if (response.status === 429 || (response.status === 403 && remaining === '0')) {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const until =
      Number.isFinite(reset) && reset > 0
        ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`
        : '';
    return new UsageError(
      `GitHub's API rate limit is used up${until}, so ${shown} cannot be read`,
      settings.token
        ? 'wait, or save the issue body and pass --from-issue FILE'
        : 'set GITHUB_TOKEN for a higher limit, or wait',
    );
  }
  if (response.status === 401)
    return new UsageError(
      `GitHub refused the token (401 Bad credentials) reading ${shown}`,
      'set GITHUB_TOKEN to a valid token, or unset it for a public repository',
    );
  if (response.status === 404)
    return new UsageError(
      `${shown} was not found at ${base}`,
      settings.token
        ? 'check the issue number and --repo'
        : 'check the issue number and --repo; a private repository needs GITHUB_TOKEN',
    );
  return new UsageError(
    `GitHub answered ${response.status} ${response.statusText} reading ${shown}`.trim(),
    'try again later, or save the issue body and pass --from-issue FILE',
  );
}

function reason(error: unknown, settings: GitHubApiSettings): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${settings.timeoutMs / 1000} s`;
  if (error instanceof SyntaxError) return 'the answer is not JSON';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
