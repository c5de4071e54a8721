import { botWall } from './bot-walls.ts';

/** What became of one URL after retries, before it is worded for a record. */
export type LinkOutcome =
  | { kind: 'ok'; status: number; finalUrl: string }
  /** The first hops were permanent redirects: `newUrl` is where they lead, the URL to write. */
  | { kind: 'moved'; status: number; newUrl: string; finalUrl: string }
  /** Refused to a robot (401/403/429 or a known bot wall): maybe fine in a browser. */
  | { kind: 'blocked'; status: number; wall?: string; finalUrl: string }
  | { kind: 'broken'; failure: LinkFailure; attempts: number; finalUrl?: string };

export type LinkFailure =
  | { reason: 'status'; status: number }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'dns'; host: string }
  | { reason: 'refused'; host: string }
  | { reason: 'tls'; code: string }
  | { reason: 'redirects'; count: number }
  /** A Location header that is not a web address (malformed, or mailto: and the like). */
  | { reason: 'bad-redirect'; location: string }
  | { reason: 'network'; code: string };

export interface CheckLinkOptions {
  /** For each request (each redirect hop), until the response headers arrive. */
  timeoutMs: number;
  /** Further attempts after a timeout, a 5xx answer or a dropped connection. */
  retries: number;
  /** Wait before the first retry; doubles for each further one. */
  retryDelayMs: number;
  userAgent?: string;
  /** Injected by tests; the global fetch (undici) otherwise. */
  fetch?: typeof fetch;
  /** Runs each request when a slot is free (the global concurrency bound); at once if absent. */
  gate?: <T>(request: () => Promise<T>) => Promise<T>;
}

const MAX_REDIRECTS = 10;
// `npm run check-links` adds the project's name and site.
const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; partner-directory-link-check)';

const PERMANENT_REDIRECTS = new Set([301, 308]);
const BLOCKING_STATUSES = new Set([401, 403, 429]);
// Errors that say the host does not exist or takes no connections: another try will not help.
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA']);
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ETIMEDOUT']);
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED/;

/** One request followed through its redirects; `hops` are the redirects' statuses and URLs. */
type Chain =
  | { ok: true; status: number; headers: Headers; finalUrl: string; hops: [number, string][] }
  | { ok: false; failure: LinkFailure; retryable: boolean; finalUrl: string };

/** One URL: HEAD, then GET if HEAD fails; redirects hop by hop; retries with backoff. */
export async function checkLink(url: string, options: CheckLinkOptions): Promise<LinkOutcome> {
  let useHead = true;
  let chain: Chain;
  let attempts = 0;
  do {
    // Jitter, so links on one host that failed together do not all come back at the same instant.
    if (attempts > 0)
      await sleep(options.retryDelayMs * 2 ** (attempts - 1) * (1 + Math.random() * 0.25));
    attempts++;
    chain = await follow(url, useHead ? 'HEAD' : 'GET', options);
    // Many servers refuse or mishandle HEAD (405, 501, even 404 or a reset) yet serve GET.
    const headRefused = chain.ok ? chain.status >= 400 : chain.failure.reason === 'network';
    if (useHead && headRefused) chain = await follow(url, 'GET', options);
    // A server that hangs on HEAD may still answer GET: later attempts go straight to GET.
    if (!chain.ok && chain.failure.reason === 'timeout') useHead = false;
  } while (attempts <= options.retries && isRetryable(chain));
  return outcome(chain, attempts);
}

async function follow(url: string, method: string, options: CheckLinkOptions): Promise<Chain> {
  const { fetch: doFetch = fetch, gate = (request) => request() } = options;
  const hops: [number, string][] = [];
  let current = url;
  const fail = (failure: LinkFailure, retryable = false): Chain => {
    return { ok: false, failure, retryable, finalUrl: current };
  };
  for (;;) {
    let response: Response;
    try {
      // The timeout starts when the request does, not while it waits for a slot.
      response = await gate(() =>
        doFetch(current, {
          method,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs),
          headers: {
            'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
            accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
          },
        }),
      );
    } catch (error) {
      return fail(...describeError(error, current, options.timeoutMs));
    }
    // Only the status and headers matter: never download a page.
    await response.body?.cancel().catch(() => {});
    const { status, headers } = response;
    const location = headers.get('location');
    if (status < 300 || status >= 400 || !location)
      return { ok: true, status, headers, finalUrl: current, hops };
    if (hops.length >= MAX_REDIRECTS) return fail({ reason: 'redirects', count: hops.length });
    const next = URL.parse(location, current);
    if (next?.protocol !== 'https:' && next?.protocol !== 'http:')
      return fail({ reason: 'bad-redirect', location });
    hops.push([status, current]);
    current = next.href;
  }
}

/** What a failed request says about the link, and whether another try may help. */
function describeError(error: unknown, url: string, timeoutMs: number): [LinkFailure, boolean] {
  const name = error instanceof Error ? error.name : '';
  const code =
    (error as { cause?: { code?: string } }).cause?.code ??
    (error instanceof Error ? error.message : String(error));
  const host = new URL(url).host;
  if (name === 'TimeoutError' || name === 'AbortError' || TIMEOUT_CODES.has(code))
    return [{ reason: 'timeout', seconds: timeoutMs / 1000 }, true];
  // EAI_AGAIN: no answer from the DNS server (offline, or too busy), maybe better a moment later.
  if (DNS_CODES.has(code) || code === 'EAI_AGAIN')
    return [{ reason: 'dns', host }, code === 'EAI_AGAIN'];
  if (REFUSED_CODES.has(code)) return [{ reason: 'refused', host }, false];
  if (TLS_CODE.test(code)) return [{ reason: 'tls', code }, false];
  // Connection resets and the like: often gone a moment later.
  return [{ reason: 'network', code }, true];
}

function isRetryable(chain: Chain): boolean {
  if (!chain.ok) return chain.retryable;
  // A bot wall answers the same way every time; retrying only annoys it.
  return chain.status >= 500 && !botWall(chain.status, chain.headers);
}

function outcome(chain: Chain, attempts: number): LinkOutcome {
  if (!chain.ok)
    return { kind: 'broken', failure: chain.failure, attempts, finalUrl: chain.finalUrl };
  const { status, headers, finalUrl, hops } = chain;
  const wall = botWall(status, headers);
  if (wall || BLOCKING_STATUSES.has(status)) return { kind: 'blocked', status, wall, finalUrl };
  if (status >= 300)
    return { kind: 'broken', failure: { reason: 'status', status }, attempts, finalUrl };
  // Only the leading permanent hops say where the link should point now: a temporary
  // redirect after them (to a login or a language page) is the site's business.
  const moved = hops.findIndex(([hopStatus]) => !PERMANENT_REDIRECTS.has(hopStatus));
  if (moved === 0 || hops.length === 0) return { kind: 'ok', status, finalUrl };
  const newUrl = moved === -1 ? finalUrl : hops[moved][1];
  return { kind: 'moved', status: hops[0][0], newUrl, finalUrl };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
