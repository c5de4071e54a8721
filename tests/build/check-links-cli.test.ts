import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../../tooling/run-script.ts';
import { makePartnersDir } from '../support/temp-partners.ts';

// Seconds for starting Node, loading records and sharing 2 cores with other work: a run that
// ignored its timeouts would hang far past this.
const BUSY_MACHINE_SLACK = 30;
// Short enough to keep the suite quick, long enough for a loaded 2-core machine to answer.
const FAST = ['--timeout', '1', '--retries', '2', '--retry-delay', '0.05'];

/** Runs `npm run check-links -- partners ...` from the folder that holds the records. */
async function checkLinks(dir: string, args: string[] = []) {
  const result = await runScript('scripts/check-links.ts', ['partners', ...args], {
    cwd: path.dirname(dir),
    env: { GITHUB_ACTIONS: '', PARTNERS_DIR: '' },
  });
  return { ...result, seconds: result.wallMs / 1000 };
}

/** A local site with one path per behaviour, counting the requests each path gets. */
class TestSite {
  server = http.createServer((request, response) => this.answer(request, response));
  requests = new Map<string, string[]>();
  inFlight = 0;
  maxInFlight = 0;
  base = '';

  async start() {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    this.server.closeAllConnections();
    this.server.close();
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url!, this.base);
    const seen = this.requests.get(url.pathname) ?? [];
    seen.push(request.method!);
    this.requests.set(url.pathname, seen);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    // Counted until answered. A hanging request is not counted: when the checker gives up on
    // it, the server may see the next request before it sees the old connection close.
    const send = (status: number, headers: http.OutgoingHttpHeaders = {}) => {
      this.inFlight--;
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : 'page');
    };
    switch (url.pathname) {
      case '/ok':
        return send(200);
      case '/moved':
        return send(301, { location: '/ok' });
      case '/temporary':
        return send(302, { location: '/ok' });
      case '/missing':
        return send(404);
      // Fails the first try (HEAD, then GET), answers the next one.
      case '/flaky':
        return send(seen.length <= 2 ? 503 : 200);
      case '/down':
        return send(500);
      case '/hang':
        this.inFlight--;
        return; // never answers
      case '/forbidden':
        return send(403);
      case '/challenge':
        return send(403, { server: 'cloudflare', 'cf-mitigated': 'challenge' });
      case '/no-head':
        return send(request.method === 'HEAD' ? 405 : 200);
      default:
        if (url.pathname.startsWith('/page/')) {
          setTimeout(() => send(200), 10);
          return;
        }
        return send(404);
    }
  }
}

/** A port nothing listens on: one the system just gave out and took back. */
async function refusedPort(): Promise<number> {
  const server = http.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function adopter(name: string, website: string, caseStudies: string[] = [], extra = '') {
  return [
    `name: ${name}`,
    `website: ${website}`,
    'programs: [adopter]',
    ...(caseStudies.length > 0 ? ['case_studies:'] : []),
    ...caseStudies.flatMap((url, index) => [`  - title: Study ${index}`, `    url: ${url}`]),
    extra,
  ].join('\n');
}

const site = new TestSite();
const dirs: string[] = [];
beforeAll(() => site.start());
afterAll(async () => {
  await site.stop();
  for (const dir of dirs) await rm(path.dirname(dir), { recursive: true, force: true });
});
async function partners(files: Record<string, string>) {
  const dir = await makePartnersDir(files);
  dirs.push(dir);
  return dir;
}

describe('npm run check-links', () => {
  it('reports each kind of link at its line, errors failing the run', async () => {
    const refused = await refusedPort();
    const paths = ['moved', 'temporary', 'missing', 'flaky', 'down', 'hang', 'forbidden'];
    const more = ['challenge', 'no-head'];
    const dir = await partners({
      'links.yaml': adopter(
        'Links',
        `${site.base}/ok`,
        [...paths, ...more]
          .map((name) => `${site.base}/${name}`)
          .concat(`http://127.0.0.1:${refused}/`),
      ),
      // Withdrawn: published nowhere, so never checked.
      'gone.yaml': adopter('Gone', `${site.base}/withdrawn`, [], 'status: withdrawn'),
    });
    const result = await checkLinks(dir, FAST);
    const b = site.base;
    const retry =
      'the site may be down for now: open it in a browser, and update or remove the link if it stays broken';
    const fix = "find the page's new address (ask the organization if needed), or remove the link";
    const browser = 'open it in a browser: if it works there, leave it';
    expect(result.stdout.split('\n')).toEqual([
      `partners/links.yaml:6:10 warning case_studies[0].url: ${b}/moved moved permanently to ${b}/ok (HTTP 301); write ${b}/ok`,
      `partners/links.yaml:10:10 error case_studies[2].url: ${b}/missing answered HTTP 404 (not found); ${fix}`,
      `partners/links.yaml:14:10 error case_studies[4].url: ${b}/down answered HTTP 500 (3 tries); ${retry}`,
      `partners/links.yaml:16:10 error case_studies[5].url: ${b}/hang did not answer within 1 s (3 tries); ${retry}`,
      `partners/links.yaml:18:10 warning case_studies[6].url: ${b}/forbidden answered HTTP 403 (forbidden), which robots often get from working sites; ${browser}`,
      `partners/links.yaml:20:10 warning case_studies[7].url: ${b}/challenge answered HTTP 403 from a bot wall (Cloudflare challenge), so it could not be checked; ${browser}`,
      `partners/links.yaml:24:10 error case_studies[9].url: http://127.0.0.1:${refused}/ cannot be reached: 127.0.0.1:${refused} refused the connection; ${fix}`,
      '11 links checked: 4 errors, 3 warnings',
      '',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/at .+\.ts:\d+/); // no stack trace
    // 500 then 200: retried, and then it passed.
    expect(site.requests.get('/flaky')).toEqual(['HEAD', 'GET', 'HEAD']);
    // HEAD refused with 405: GET, which works, so no line.
    expect(site.requests.get('/no-head')).toEqual(['HEAD', 'GET']);
    expect(site.requests.get('/down')).toHaveLength(6);
    expect(site.requests.has('/withdrawn')).toBe(false);
    // A hanging server costs three timeouts and two short waits, not more.
    // (Slack: starting Node and loading the records takes seconds on a busy 2-core machine.)
    expect(result.seconds).toBeLessThan(3 * 1 + 0.05 + 0.1 + BUSY_MACHINE_SLACK);
  });

  it('passes with only the summary when every link works', async () => {
    const dir = await partners({
      'fine.yaml': adopter('Fine', `${site.base}/ok`, [
        `${site.base}/temporary`,
        `${site.base}/no-head`,
      ]),
    });
    const result = await checkLinks(dir, FAST);
    expect(result).toMatchObject({ code: 0, stdout: '3 links checked: 0 errors, 0 warnings\n' });
  });

  it('writes the findings as JSON with --json, and a Markdown report with --markdown', async () => {
    const dir = await partners({
      'acme.yaml': adopter('Acme', `${site.base}/missing`, [`${site.base}/moved`]),
    });
    const report = path.join(path.dirname(dir), 'report.md');
    const result = await checkLinks(dir, [...FAST, '--json', '--markdown', report]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      version: 1,
      links: 2,
      summary: '2 links checked: 1 error, 1 warning',
      problems: [
        {
          file: 'partners/acme.yaml',
          line: 2,
          column: 10,
          severity: 'error',
          field: 'website',
          url: `${site.base}/missing`,
          status: 404,
        },
        {
          file: 'partners/acme.yaml',
          line: 6,
          severity: 'warning',
          field: 'case_studies[0].url',
          status: 301,
          newUrl: `${site.base}/ok`,
        },
      ],
    });
    const markdown = await readFile(report, 'utf8');
    expect(markdown).toContain('1 published link of 2 is broken.');
    expect(markdown).toContain(
      `| \`partners/acme.yaml:2\` | \`website\` | ${site.base}/missing answered HTTP 404 (not found) |`,
    );
    expect(markdown).toMatch(/<details>\n<summary>1 warning: /);
  });

  it('ends within the bound its flags set over 200 links, two at a time per host', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 200; index++) {
      // Ten of them hang: each costs at most two timeouts and a wait.
      const url = index % 20 === 0 ? `${site.base}/hang?${index}` : `${site.base}/page/${index}`;
      files[`org-${index}.yaml`] = adopter(`Org ${index}`, url);
    }
    const dir = await partners(files);
    site.maxInFlight = 0;
    const result = await checkLinks(dir, [
      '--timeout',
      '0.5',
      '--retries',
      '1',
      '--retry-delay',
      '0.05',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      '200 links checked: 10 errors, 0 warnings',
    );
    expect(site.maxInFlight).toBe(2);
    // One host, two at a time: 10 hanging links cost 5 x (2 x 0.5 s + 0.05 s), 190 quick ones
    // 95 x 10 ms. Without its bounds it would never end (the hanging links) or take minutes.
    expect(result.seconds).toBeLessThan(5 * 1.05 + 1 + BUSY_MACHINE_SLACK);
  });

  it('says once that the machine seems offline when nothing can be reached, without hanging', async () => {
    const refused = await refusedPort();
    const dir = await partners({
      'a.yaml': adopter('A', `http://127.0.0.1:${refused}/a`),
      'b.yaml': adopter('B', `https://host.invalid/b`),
    });
    const result = await checkLinks(dir, FAST);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(/^partners\/a\.yaml:2:10 error website: .+ refused the connection; /),
      expect.stringMatching(
        /^partners\/b\.yaml:2:10 error website: https:\/\/host\.invalid\/b cannot be reached: the host name host\.invalid does not resolve \(DNS\); /,
      ),
      '2 links checked: 2 errors, 0 warnings',
      '',
    ]);
    expect(result.stderr).toContain('no link could be reached at all');
  });

  it('explains its flags with --help and refuses a wrong one with exit 2', async () => {
    const dir = await partners({ 'a.yaml': adopter('A', `${site.base}/ok`) });
    const help = await checkLinks(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run check-links [-- DIR] [options]');
    const wrong = await checkLinks(dir, ['--timeout', 'soon']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--timeout must be a number from 0.001 to 600 (got "soon")');
    expect(site.requests.get('/ok')?.length ?? 0).toBeGreaterThan(0);
  });

  it('names a folder it cannot read instead of checking nothing', async () => {
    const dir = await partners({});
    await rm(dir, { recursive: true });
    const result = await checkLinks(dir, FAST);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'partners error is not a folder that can be read; pass the folder that holds the partner records, e.g. partners\n0 links checked: 1 error, 0 warnings\n',
    );
  });
});
