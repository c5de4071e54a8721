// `new-partner --issue` and `--logo-url` against local HTTP servers that answer like GitHub's
// REST API and its attachment links: no network is used.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runNewPartner } from '../support/run-new-partner.ts';

const REAL_LOGO = path.resolve('tests/fixtures/logos/neen.png');
const SVG_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1d4ed8"/></svg>';
const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html><head><title>Not Found</title></head><body>Not Found</body></html>';
const LOGO_CAP = 5 * 1024 * 1024;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const cleanups: (() => Promise<void>)[] = [];
const served: { url: string; authorization?: string }[] = [];

/** A server on 127.0.0.1 for one test; `routes` maps a path to its handler. */
async function serve(routes: Record<string, Handler>): Promise<string> {
  const server = createServer((request, response) => {
    served.push({ url: request.url ?? '', authorization: request.headers.authorization });
    const handler = routes[request.url ?? ''];
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
const bytes =
  (body: Uint8Array | string, type: string): Handler =>
  (_, response) => {
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  };
const redirect =
  (location: string): Handler =>
  (_, response) => {
    response.writeHead(302, { location });
    response.end();
  };

/** The body GitHub renders for an issue opened with the generated form. */
const generatedFormBody = (logo: string) =>
  [
    '### Organization name\n\nAcme Cloud',
    '### Website\n\nhttps://acme.example/',
    '### Description in English\n\nManaged Karmada control planes and 24x7 support.',
    '### Description in Chinese\n\n托管的 Karmada 控制面与全天候支持。',
    '### Services\n\nSupport, Cloud service',
    '### Regions\n\nEurope, Asia Pacific',
    `### Logo\n\n<img width="420" alt="acme" src="${logo}" />`,
    '### Contact (not shown on the directory)\n\npartners@acme.example',
  ].join('\n\n');

async function workspace(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-online-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, 'partners'));
  await copyFile(path.resolve('tests/fixtures/issues/clean.md'), path.join(root, 'clean.md'));
  return root;
}

const run = (root: string, args: string[], env: Record<string, string> = {}) =>
  runNewPartner(root, args, { INTAKE_ALLOW_LOOPBACK: '1', ...env });

beforeAll(async () => {
  const cache = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-cache-'));
  cleanups.push(() => rm(cache, { recursive: true, force: true }));
  vi.stubEnv('LOGO_CACHE_DIR', cache);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('npm run new-partner -- --issue N', () => {
  it('reads a generated-form issue through the API and downloads its logo: a valid record with no flags', async () => {
    const png = await readFile(REAL_LOGO);
    let base = '';
    base = await serve({
      '/api/repos/octo-org/community/issues/412': (request, response) =>
        json(200, {
          number: 412,
          title: 'REQUEST: Organization Acme Cloud',
          html_url: 'https://github.com/octo-org/community/issues/412',
          body: generatedFormBody(`${base}/user-attachments/assets/acme`),
        })(request, response),
      '/user-attachments/assets/acme': redirect('/storage/acme-signed'),
      '/storage/acme-signed': bytes(png, 'image/png'),
    });
    const root = await workspace();
    const result = await run(root, ['--issue', '412'], {
      GITHUB_API_URL: `${base}/api/`,
      GITHUB_TOKEN: 'test-token',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'read octo-org/community#412: REQUEST: Organization Acme Cloud\n',
    );
    expect(result.files).toEqual(['acme-cloud.png', 'acme-cloud.yaml']);
    expect(await readFile(path.join(root, 'partners/acme-cloud.png'))).toEqual(png);
    const yaml = await readFile(path.join(root, 'partners/acme-cloud.yaml'), 'utf8');
    expect(yaml).toContain('services: [support, cloud-service]\nregions: [europe, asia-pacific]\n');
    expect(yaml).toContain('  zh: 托管的 Karmada 控制面与全天候支持。\n');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 record checked: 0 errors, 0 warnings');
    expect(served.find((request) => request.url.startsWith('/api/'))?.authorization).toBe(
      'Bearer test-token',
    );
  });

  it('reads a first-form issue with --repo, services and regions given as flags', async () => {
    const png = await readFile(REAL_LOGO);
    const body = (await readFile('tests/fixtures/issues/messy.md', 'utf8')).replace(
      /https:\/\/github\.com\/user-attachments\/assets\/[\w-]+/,
      '/logo',
    );
    let base = '';
    base = await serve({
      '/repos/acme/apply/issues/7': (request, response) =>
        json(200, { title: 'REQUEST', body: body.replace('/logo', `${base}/logo`) })(
          request,
          response,
        ),
      '/logo': bytes(png, 'application/octet-stream'),
    });
    const root = await workspace();
    const result = await run(
      root,
      ['--issue', '7', '--repo', 'acme/apply', '--services', 'support', '--regions', 'europe'],
      { GITHUB_API_URL: base },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['acme-cloud.png', 'acme-cloud.yaml']);
    expect(served.at(-2)?.authorization).toBeUndefined(); // no GITHUB_TOKEN, no header
  });

  it.each([
    [
      404,
      {},
      'new-partner error octo-org/community#412 was not found at BASE; check the issue number and --repo; a private repository needs GITHUB_TOKEN',
    ],
    [
      401,
      {},
      'new-partner error GitHub refused the token (401 Bad credentials) reading octo-org/community#412; set GITHUB_TOKEN to a valid token, or unset it for a public repository',
    ],
    [
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' },
      "new-partner error GitHub's API rate limit is used up until 11:06 UTC, so octo-org/community#412 cannot be read; set GITHUB_TOKEN for a higher limit, or wait",
    ],
    [
      429,
      {},
      "new-partner error GitHub's API rate limit is used up, so octo-org/community#412 cannot be read; set GITHUB_TOKEN for a higher limit, or wait",
    ],
  ])('answers %i with one clear line and exit 2', async (status, headers, line) => {
    const base = await serve({
      '/repos/octo-org/community/issues/412': json(status, { message: 'x' }, headers),
    });
    const root = await workspace();
    const result = await run(root, ['--issue', '412'], { GITHUB_API_URL: base });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${line.replace('BASE', base)}\n`);
    expect(result.files).toEqual([]);
  });

  it('says so when the API does not answer in time', async () => {
    const base = await serve({ '/repos/octo-org/community/issues/412': () => {} });
    const result = await run(await workspace(), ['--issue', '412'], { GITHUB_API_URL: base });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `new-partner error cannot read octo-org/community#412 from ${base}: no answer within 1.5 s; check the network and GITHUB_API_URL, then run the command again\n`,
    );
  });

  it('refuses a malformed issue number or repository before asking anything', async () => {
    const root = await workspace();
    expect((await run(root, ['--issue', 'abc'])).stderr).toContain(
      'new-partner error --issue must be an issue number (got "abc")',
    );
    expect((await run(root, ['--issue', '1', '--repo', 'nope'])).stderr).toContain(
      'new-partner error --repo must be owner/name (got "nope")',
    );
  });
});

describe('npm run new-partner -- --logo-url URL', () => {
  const args = (url: string) => [
    '--from-issue',
    'clean.md',
    '--services',
    'support',
    '--logo-url',
    url,
  ];

  it('downloads a PNG, whatever its name and content type say', async () => {
    const base = await serve({ '/a': bytes(await readFile(REAL_LOGO), 'text/plain') });
    const root = await workspace();
    const result = await run(root, args(`${base}/a`));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`downloaded the logo from ${base}/a (PNG, `);
    expect(result.files).toEqual(['acme-cloud.png', 'acme-cloud.yaml']);
  });

  it('downloads an SVG', async () => {
    const base = await serve({ '/logo.svg': bytes(SVG_LOGO, 'image/svg+xml') });
    const root = await workspace();
    const result = await run(root, args(`${base}/logo.svg`));
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['acme-cloud.svg', 'acme-cloud.yaml']);
    expect(await readFile(path.join(root, 'partners/acme-cloud.svg'), 'utf8')).toBe(SVG_LOGO);
  });

  it('follows a chain of redirects', async () => {
    const base = await serve({
      '/one': redirect('/two'),
      '/two': redirect('three'),
      '/three': redirect('/final.svg'),
      '/final.svg': bytes(SVG_LOGO, 'image/svg+xml'),
    });
    const result = await run(await workspace(), args(`${base}/one`));
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['acme-cloud.svg', 'acme-cloud.yaml']);
  });

  it('refuses an HTML "Not Found" page sent with status 200, writing nothing', async () => {
    const base = await serve({ '/gone': bytes(NOT_FOUND_PAGE, 'text/html') });
    const result = await run(await workspace(), args(`${base}/gone`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `new-partner error --logo-url: ${base}/gone is not a PNG or SVG image (it answered with a web page, such as "Not Found"); check the link in the application`,
    );
    expect(result.stderr).not.toContain('logo: is required');
    expect(result.files).toEqual([]);
  });

  it('stops reading a body larger than the cap, without waiting for its end', async () => {
    let sent = 0;
    let closed = false;
    const base = await serve({
      // An endless PNG-looking stream without a length: only a cap enforced while reading ends it.
      '/huge': (_, response) => {
        response.writeHead(200, { 'content-type': 'image/png' });
        const chunk = new Uint8Array(64 * 1024);
        const pump = () => {
          while (!closed && response.write(chunk)) sent += chunk.byteLength;
          if (!closed) response.once('drain', pump);
        };
        response.on('close', () => (closed = true));
        pump();
      },
    });
    const result = await run(await workspace(), args(`${base}/huge`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `new-partner error --logo-url: ${base}/huge is over the 5 MB limit for a logo; ask for an SVG, or a smaller PNG`,
    );
    await vi.waitFor(() => expect(closed).toBe(true));
    expect(sent).toBeLessThan(LOGO_CAP + 8 * 1024 * 1024);
  });

  it('refuses a declared length over the cap before reading the body', async () => {
    const base = await serve({
      '/declared': (_, response) => {
        response.writeHead(200, { 'content-length': String(LOGO_CAP + 1) });
        response.write('x');
      },
    });
    const result = await run(await workspace(), args(`${base}/declared`));
    expect(result.stderr).toContain('is over the 5 MB limit for a logo');
  });

  it('gives up on a server that never answers', async () => {
    const base = await serve({ '/silent': () => {} });
    const result = await run(await workspace(), args(`${base}/silent`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `new-partner error --logo-url: ${base}/silent did not finish downloading within 1.5 s; try again later`,
    );
  });

  it('refuses plain http, also when a redirect leads there', async () => {
    const insecure = await run(await workspace(), args('http://example.com/logo.png'));
    expect(insecure.stderr).toContain(
      'new-partner error --logo-url: http://example.com/logo.png cannot be downloaded: it is not an https address; download the logo only over https from a public host',
    );
    const base = await serve({ '/away': redirect('http://example.com/logo.png') });
    const redirected = await run(await workspace(), args(`${base}/away`));
    expect(redirected.stderr).toContain(
      `${base}/away cannot be downloaded: it is not an https address (redirected to http://example.com/logo.png)`,
    );
  });
});
