import { describe, expect, it } from 'vitest';
import { botWall } from '../../src/links/bot-walls.ts';
import { checkLink, type CheckLinkOptions } from '../../src/links/check-link.ts';
import { checkLinks } from '../../src/links/check-links.ts';
import { parseCheckLinksArgs } from '../../src/links/check-links-options.ts';
import { linkTargets } from '../../src/links/link-targets.ts';
import { renderLinkReport } from '../../src/links/link-report.ts';
import { linkProblem } from '../../src/links/link-problems.ts';
import { loadPartners } from '../../src/data/load-partners.ts';
import { ADOPTER_YAML, makePartnersDir } from '../support/temp-partners.ts';
import { projectConfig } from '../support/site-config.ts';

type Answer = { status: number; headers?: Record<string, string> } | 'hang' | { error: string };

/** A fetch that answers from a script per "METHOD url" (or "url"), recording every request. */
function scriptedFetch(script: Record<string, Answer | Answer[]>) {
  const requests: string[] = [];
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const key = `${init?.method ?? 'GET'} ${url}`;
    requests.push(key);
    // Answers for a bare URL are used in turn by every method; "HEAD url" only by HEAD.
    const scriptKey = key in script ? key : url;
    const entry = script[scriptKey] ?? { status: 200 };
    const answers = Array.isArray(entry) ? entry : [entry];
    const seen = requests.filter(
      (request) => request === scriptKey || request.endsWith(` ${scriptKey}`),
    ).length;
    const answer = answers[Math.min(seen, answers.length) - 1];
    if (answer === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    }
    if ('error' in answer) {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(answer.error), { code: answer.error }),
      });
    }
    // Response refuses statuses past 599 (LinkedIn's 999), so a plain object stands in.
    return { status: answer.status, headers: new Headers(answer.headers), body: null } as Response;
  }) as typeof globalThis.fetch;
  return { fetch: fakeFetch, requests };
}

const options = (fetch: typeof globalThis.fetch): CheckLinkOptions => ({
  timeoutMs: 50,
  retries: 2,
  retryDelayMs: 1,
  fetch,
});

describe('checkLink', () => {
  it('passes a 200 with one HEAD request', async () => {
    const site = scriptedFetch({});
    expect(await checkLink('https://a.example/', options(site.fetch))).toEqual({
      kind: 'ok',
      status: 200,
      finalUrl: 'https://a.example/',
    });
    expect(site.requests).toEqual(['HEAD https://a.example/']);
  });

  it('names where permanent redirects lead, ignoring a temporary one after them', async () => {
    const site = scriptedFetch({
      'http://a.example/': { status: 301, headers: { location: 'https://a.example/' } },
      'https://a.example/': { status: 308, headers: { location: '/home' } },
      'https://a.example/home': { status: 302, headers: { location: '/home/en' } },
    });
    expect(await checkLink('http://a.example/', options(site.fetch))).toEqual({
      kind: 'moved',
      status: 301,
      newUrl: 'https://a.example/home',
      finalUrl: 'https://a.example/home/en',
    });
  });

  it('accepts a temporary redirect as it is', async () => {
    const site = scriptedFetch({
      'https://a.example/': { status: 307, headers: { location: 'https://a.example/login' } },
    });
    expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
      kind: 'ok',
    });
  });

  it('gives up on a redirect loop', async () => {
    const site = scriptedFetch({
      'https://a.example/': { status: 302, headers: { location: '/' } },
    });
    expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
      kind: 'broken',
      failure: { reason: 'redirects', count: 10 },
    });
  });

  it('fails a redirect to something that is not a web address', async () => {
    for (const location of ['http://[bad', 'mailto:someone@a.example']) {
      const site = scriptedFetch({ 'https://a.example/': { status: 302, headers: { location } } });
      expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
        kind: 'broken',
        failure: { reason: 'bad-redirect', location },
        attempts: 1,
      });
    }
  });

  it('GETs when HEAD is refused (405, 501) or the connection drops on it', async () => {
    for (const head of [{ status: 405 }, { status: 501 }, { error: 'ECONNRESET' }]) {
      const site = scriptedFetch({ 'HEAD https://a.example/': head });
      expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
        kind: 'ok',
      });
      expect(site.requests).toEqual(['HEAD https://a.example/', 'GET https://a.example/']);
    }
  });

  it('retries a 5xx with backoff and passes when it recovers', async () => {
    const site = scriptedFetch({
      'https://a.example/': [{ status: 503 }, { status: 503 }, { status: 200 }],
    });
    expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
      kind: 'ok',
    });
    expect(site.requests).toEqual([
      'HEAD https://a.example/',
      'GET https://a.example/',
      'HEAD https://a.example/',
    ]);
  });

  it('fails a timeout after every retry, switching to GET after HEAD hung', async () => {
    const site = scriptedFetch({ 'https://a.example/': 'hang' });
    expect(await checkLink('https://a.example/', options(site.fetch))).toEqual({
      kind: 'broken',
      failure: { reason: 'timeout', seconds: 0.05 },
      attempts: 3,
      finalUrl: 'https://a.example/',
    });
    expect(site.requests).toEqual([
      'HEAD https://a.example/',
      'GET https://a.example/',
      'GET https://a.example/',
    ]);
  });

  it('retries a DNS server that did not answer, then says the name does not resolve', async () => {
    const site = scriptedFetch({ 'https://a.example/': { error: 'EAI_AGAIN' } });
    expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
      kind: 'broken',
      failure: { reason: 'dns', host: 'a.example' },
      attempts: 3,
    });
  });

  it('does not retry what another try cannot change', async () => {
    for (const [answer, failure] of [
      [{ error: 'ENOTFOUND' }, { reason: 'dns', host: 'a.example' }],
      [{ error: 'ECONNREFUSED' }, { reason: 'refused', host: 'a.example' }],
      [{ error: 'CERT_HAS_EXPIRED' }, { reason: 'tls', code: 'CERT_HAS_EXPIRED' }],
      [{ status: 404 }, { reason: 'status', status: 404 }],
    ] as const) {
      const site = scriptedFetch({ 'https://a.example/': answer });
      expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
        kind: 'broken',
        failure,
        attempts: 1,
      });
    }
  });

  it('reports 401/403/429 and bot walls as blocked, without retrying a challenge', async () => {
    for (const status of [401, 403, 429]) {
      const site = scriptedFetch({ 'https://a.example/': { status } });
      expect(await checkLink('https://a.example/', options(site.fetch))).toMatchObject({
        kind: 'blocked',
        status,
      });
    }
    const challenge = scriptedFetch({
      'https://a.example/': { status: 503, headers: { server: 'cloudflare' } },
    });
    expect(await checkLink('https://a.example/', options(challenge.fetch))).toMatchObject({
      kind: 'blocked',
      status: 503,
      wall: 'Cloudflare',
    });
    expect(challenge.requests).toHaveLength(2); // HEAD, then GET, and no retry
  });
});

describe('botWall', () => {
  it('recognizes bot protection by its headers, not a plain error', () => {
    expect(botWall(403, new Headers({ 'cf-mitigated': 'challenge' }))).toBe('Cloudflare challenge');
    expect(botWall(999, new Headers())).toBe('bot block (HTTP 999)');
    expect(botWall(403, new Headers({ server: 'AkamaiGHost' }))).toBe('Akamai');
    expect(botWall(405, new Headers({ 'x-amzn-waf-action': 'captcha' }))).toBe('AWS WAF');
    expect(botWall(404, new Headers({ server: 'cloudflare' }))).toBeUndefined();
    expect(botWall(500, new Headers({ server: 'nginx' }))).toBeUndefined();
  });
});

describe('checkLinks', () => {
  it('checks each URL once, two at a time per host, within the global bound', async () => {
    const inFlight = new Map<string, number>();
    const most = new Map<string, number>();
    let total = 0;
    let mostTotal = 0;
    const requested: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      const host = new URL(String(input)).hostname;
      requested.push(String(input));
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      most.set(host, Math.max(most.get(host) ?? 0, inFlight.get(host)!));
      mostTotal = Math.max(mostTotal, ++total);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight.set(host, inFlight.get(host)! - 1);
      total--;
      return { status: 200, headers: new Headers(), body: null } as Response;
    }) as typeof globalThis.fetch;
    const urls = ['a', 'b', 'c', 'd', 'e'].flatMap((host) =>
      Array.from({ length: 6 }, (_, index) => `https://${host}.example/${index}`),
    );
    const outcomes = await checkLinks([...urls, ...urls], {
      ...options(fetch),
      concurrency: 4,
      perHost: 2,
    });
    expect(outcomes.size).toBe(30);
    expect(requested).toHaveLength(30);
    expect(Math.max(...most.values())).toBe(2);
    expect(mostTotal).toBe(4);
  });

  it('starts a request timeout when the request starts, not while it waits for a slot', async () => {
    // Each request takes 40 ms and they run one at a time, so the last ones wait far longer
    // than the timeout: their signal must still be fresh when they start.
    const abortedAtStart: boolean[] = [];
    const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      abortedAtStart.push(init!.signal!.aborted);
      await new Promise((resolve) => setTimeout(resolve, 40));
      return { status: 200, headers: new Headers(), body: null } as Response;
    }) as typeof globalThis.fetch;
    const urls = Array.from({ length: 6 }, (_, index) => `https://a.example/${index}`);
    await checkLinks(urls, {
      ...options(fetch),
      timeoutMs: 60,
      retries: 0,
      concurrency: 1,
      perHost: 6, // so every request waits in the global queue
    });
    expect(abortedAtStart).toEqual(Array(6).fill(false));
  });
});

describe('linkTargets', () => {
  it('lists the website and case studies of published records, where they are written', async () => {
    const dir = await makePartnersDir({
      'beta-corp.yaml': `${ADOPTER_YAML}case_studies:\n  - title: Talk\n    url: https://talk.example/\n`,
      'gone.yaml':
        'name: Gone\nwebsite: https://gone.example/\nprograms: [adopter]\nstatus: withdrawn\n',
    });
    const { records } = await loadPartners(dir, projectConfig, dir);
    expect(linkTargets(records, projectConfig.site.url)).toEqual([
      {
        url: 'https://beta.example/',
        file: 'beta-corp.yaml',
        field: 'website',
        position: { line: 2, column: 10 },
      },
      {
        url: 'https://talk.example/',
        file: 'beta-corp.yaml',
        field: 'case_studies[0].url',
        position: { line: 6, column: 10 },
      },
    ]);
  });
});

describe('linkProblem', () => {
  const target = {
    url: 'https://a.example/',
    file: 'partners/a.yaml',
    field: 'website',
    position: { line: 2, column: 10 },
  };
  it('says nothing about a working link and words the rest for the maintainer', () => {
    expect(linkProblem(target, { kind: 'ok', status: 200, finalUrl: target.url })).toBeUndefined();
    expect(
      linkProblem(target, {
        kind: 'broken',
        failure: { reason: 'status', status: 410 },
        attempts: 1,
        finalUrl: 'https://a.example/new',
      })?.message,
    ).toBe(
      'https://a.example/ answered HTTP 410 (not found) (after redirects, at https://a.example/new)',
    );
    expect(
      linkProblem(target, {
        kind: 'blocked',
        status: 999,
        wall: 'bot block (HTTP 999)',
        finalUrl: target.url,
      }),
    ).toMatchObject({
      severity: 'warning',
      message:
        'https://a.example/ answered HTTP 999 from a bot wall (bot block (HTTP 999)), so it could not be checked',
    });
  });
});

describe('parseCheckLinksArgs', () => {
  it('reads the folder and flags, with the documented defaults', () => {
    expect(parseCheckLinksArgs([])).toEqual({
      dir: undefined,
      json: false,
      markdown: undefined,
      timeoutSeconds: 15,
      retries: 2,
      retryDelaySeconds: 1,
      concurrency: 8,
    });
    expect(parseCheckLinksArgs(['some/dir', '--timeout', '2.5', '--json'])).toMatchObject({
      dir: 'some/dir',
      timeoutSeconds: 2.5,
      json: true,
    });
  });

  it('refuses unknown flags, a second folder and values out of range', () => {
    expect(() => parseCheckLinksArgs(['--fast'])).toThrow(/Unknown option '--fast'/);
    expect(() => parseCheckLinksArgs(['a', 'b'])).toThrow('unexpected argument b');
    expect(() => parseCheckLinksArgs(['--retries', '1.5'])).toThrow(
      '--retries must be a whole number from 0 to 10 (got "1.5")',
    );
    expect(() => parseCheckLinksArgs(['--concurrency', '0'])).toThrow(
      '--concurrency must be a whole number from 1 to 64 (got "0")',
    );
  });
});

describe('renderLinkReport', () => {
  const broken = {
    file: 'partners/a.yaml',
    position: { line: 3, column: 10 },
    severity: 'error' as const,
    field: 'website',
    message: 'https://a.example/x|y answered HTTP 404 (not found)',
    hint: 'remove it',
  };
  it('links each broken link to its line at the checked commit', () => {
    const report = renderLinkReport([broken], 12, {
      repositoryUrl: 'https://github.com/o/r',
      commit: 'abc123',
      runUrl: 'https://github.com/o/r/actions/runs/9',
    });
    expect(report).toContain('1 published link of 12 is broken.');
    expect(report).toContain(
      '| [partners/a.yaml:3](https://github.com/o/r/blob/abc123/partners/a.yaml#L3) | `website` | https://a.example/x\\|y answered HTTP 404 (not found) | remove it |',
    );
    expect(report).toContain('([this run](https://github.com/o/r/actions/runs/9))');
    expect(report).not.toContain('<details>');
  });

  it('says when every link works', () => {
    expect(renderLinkReport([], 5)).toContain('Every one of the 5 published links works.');
  });

  it("sets a partner site's redirect targets apart as code spans their own backticks cannot end", () => {
    const target = {
      url: 'https://a.example/',
      file: 'partners/a.yaml',
      field: 'website',
      position: { line: 2, column: 10 },
    };
    const moved = linkProblem(target, {
      kind: 'moved',
      status: 301,
      newUrl: 'https://a.example/`x`<img src=x onerror=alert(1)>|[click](https://evil.example)',
      finalUrl: 'https://a.example/x',
    })!;
    const badRedirect = linkProblem(target, {
      kind: 'broken',
      failure: { reason: 'bad-redirect', location: '``` @everyone\n<script>a</script> ' },
      attempts: 1,
    })!;
    const redirected = linkProblem(target, {
      kind: 'broken',
      failure: { reason: 'status', status: 404 },
      attempts: 1,
      finalUrl: 'https://a.example/**bold**',
    })!;
    // The terminal still reads plain text.
    expect(badRedirect.message).toBe(
      'https://a.example/ redirects to ``` @everyone\n<script>a</script> , which is not a web address',
    );
    const report = renderLinkReport([moved, badRedirect, redirected], 3);
    expect(report).toContain(
      '| https://a.example/ moved permanently to ``https://a.example/`x`<img src=x onerror=alert(1)>\\|[click](https://evil.example)`` (HTTP 301) | write ``https://a.example/`x`<img src=x onerror=alert(1)>\\|[click](https://evil.example)`` |',
    );
    expect(report).toContain(
      'redirects to ```` ``` @everyone <script>a</script>  ````, which is not a web address',
    );
    expect(report).toContain(
      'answered HTTP 404 (not found) (after redirects, at `https://a.example/**bold**`)',
    );
  });
});
