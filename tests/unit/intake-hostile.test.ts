// `new-partner` fed an application written by an attacker (issue 20): every attack is refused
// with a clear message, nothing is written, and a local server counts what was fetched.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lookAlikes, mixedScriptWord, skeleton } from '../../src/intake/look-alike.ts';
import { runNewPartner } from '../support/run-new-partner.ts';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1d4ed8"/></svg>';
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  const cache = await mkdtemp(path.join(os.tmpdir(), 'karmada-hostile-cache-'));
  cleanups.push(() => rm(cache, { recursive: true, force: true }));
  vi.stubEnv('LOGO_CACHE_DIR', cache);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

/** A local server answering like GitHub's API and attachments; `requests` lists what it was asked. */
async function serve(routes: Record<string, RequestListener>) {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  );
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const issue =
  (title: string, body: string): RequestListener =>
  (_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ title, body }));
  };
const svg: RequestListener = (_, response) => {
  response.writeHead(200, { 'content-type': 'image/svg+xml' });
  response.end(SVG);
};

const body = (fields: { name?: string; website?: string; logo?: string }) =>
  [
    `### Organization name\n\n${fields.name ?? 'Acme Cloud'}`,
    `### Website\n\n${fields.website ?? 'https://acme.example/'}`,
    '### Description in English\n\nManaged Karmada control planes.',
    '### Services\n\nSupport',
    '### Regions\n\nEurope',
    `### Logo\n\n![logo](${fields.logo ?? 'https://github.com/user-attachments/assets/x'})`,
    '### Contact (never published)\n\npartners@acme.example',
  ].join('\n\n');

async function workspace(records: Record<string, string> = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'karmada-hostile-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, 'partners'));
  for (const [file, content] of Object.entries(records))
    await writeFile(path.join(root, 'partners', file), content);
  await copyFile(path.resolve('tests/fixtures/issues/clean.md'), path.join(root, 'clean.md'));
  await writeFile(path.join(root, 'logo.svg'), SVG);
  return root;
}

const run = (root: string, args: string[], env: Record<string, string> = {}) =>
  runNewPartner(root, args, env);

describe("an issue's logo link aimed at this machine or its network", () => {
  it.each([
    ['http://127.1:PORT/logo.svg'],
    ['http://2130706433:PORT/logo.svg'],
    ['http://[::1]:PORT/logo.svg'],
    ['http://localhost:PORT/logo.svg'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['https://10.0.0.1/logo.svg'],
    ['https://metadata.google.internal/computeMetadata/v1/'],
  ])('refuses %s without fetching it, and writes nothing', async (link) => {
    const server = await serve({ '/logo.svg': svg });
    const logo = link.replace('PORT', server.base.split(':').at(-1)!);
    server.requests.length = 0;
    const api = await serve({
      '/repos/octo-org/community/issues/9': issue('REQUEST', body({ logo })),
    });
    const root = await workspace();
    const result = await run(root, ['--issue', '9'], { GITHUB_API_URL: api.base });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `new-partner error logo: ${new URL(logo).href} cannot be downloaded: ${new URL(logo).host} is not one of GitHub's attachment hosts; ask the applicant to drop the logo into the issue`,
    );
    expect(result.stderr).toContain('Nothing was written');
    expect(result.files).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('refuses them through --logo-url too, loopback included unless INTAKE_ALLOW_LOOPBACK=1', async () => {
    const server = await serve({ '/logo.svg': svg });
    const port = server.base.split(':').at(-1);
    const args = (url: string) => [
      '--from-issue',
      'clean.md',
      '--services',
      'support',
      '--logo-url',
      url,
    ];
    for (const [url, why, env] of [
      [`https://127.1:${port}/logo.svg`, 'it names 127.0.0.1, a loopback address', {}],
      [
        `https://[::ffff:7f00:1]:${port}/logo.svg`,
        'it names ::ffff:7f00:1, a loopback address',
        {},
      ],
      [`http://127.0.0.1:${port}/logo.svg`, 'it is not an https address', {}],
      [
        'https://10.1.2.3/logo.svg',
        'it names 10.1.2.3, a private address',
        { INTAKE_ALLOW_LOOPBACK: '1' },
      ],
      [
        'https://[fd00::1]/logo.svg',
        'it names fd00::1, a unique-local address',
        { INTAKE_ALLOW_LOOPBACK: '1' },
      ],
      [
        'https://169.254.169.254/',
        'it names 169.254.169.254, a link-local address',
        { INTAKE_ALLOW_LOOPBACK: '1' },
      ],
    ] as const) {
      const result = await run(await workspace(), args(url), env);
      expect(result.stderr).toContain(
        `new-partner error --logo-url: ${new URL(url).href} cannot be downloaded: ${why}; `,
      );
      expect(result.files).toEqual([]);
    }
    expect(server.requests).toEqual([]);
    // The same server, allowed: the refusals above were about the address, not the server.
    const allowed = await run(await workspace(), args(`${server.base}/logo.svg`), {
      INTAKE_ALLOW_LOOPBACK: '1',
    });
    expect(allowed.code).toBe(0);
    expect(server.requests).toEqual(['/logo.svg']);
  });

  it("never lets a remote server's status text reach the output", async () => {
    const server = await serve({
      '/teapot': (_, response) => response.writeHead(418, 'I leak internal info').end('secret'),
    });
    const result = await run(
      await workspace(),
      ['--from-issue', 'clean.md', '--services', 'support', '--logo-url', `${server.base}/teapot`],
      { INTAKE_ALLOW_LOOPBACK: '1' },
    );
    expect(result.stderr).toContain(`${server.base}/teapot answered HTTP 418; check the link`);
    expect(result.stdout + result.stderr).not.toMatch(/leak|secret/);
    expect(result.files).toEqual([]);
  });
});

describe('an issue title written to stop or fake workflow commands', () => {
  it('prints the title as one plain line, between stop-commands markers in an Actions log', async () => {
    const title = 'REQUEST\n::error::pwned\r\u001b[31mred\u0007 \u202eevil';
    const api = await serve({
      '/repos/octo-org/community/issues/9': issue(title, body({ logo: 'x' })),
    });
    const root = await workspace();
    const args = ['--issue', '9', '--logo', 'logo.svg'];
    const local = await run(root, args, { GITHUB_API_URL: api.base });
    expect(local.stdout).toContain(
      'read octo-org/community#9: REQUEST ::error::pwned [31mred evil\n',
    );
    await rm(path.join(root, 'partners'), { recursive: true });
    await mkdir(path.join(root, 'partners'));
    const actions = await run(root, args, { GITHUB_API_URL: api.base, GITHUB_ACTIONS: 'true' });
    const lines = actions.stdout.split('\n');
    const start = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[start].slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.slice(start + 1, start + 3)).toEqual([
      'read octo-org/community#9: REQUEST ::error::pwned [31mred evil',
      `::${token}::`,
    ]);
    expect(actions.stdout + actions.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    // A second run gets another token, so an applicant cannot guess it in advance.
    await rm(path.join(root, 'partners'), { recursive: true });
    await mkdir(path.join(root, 'partners'));
    const again = await run(root, args, { GITHUB_API_URL: api.base, GITHUB_ACTIONS: 'true' });
    expect(again.stdout).not.toContain(token);
  });
});

describe('--repo', () => {
  it.each([
    '..',
    'a/..',
    '../b',
    'a/.',
    './b',
    'a/b/c',
    'a-/b',
    'a/',
    '/b',
    'a b/c',
    'owner/na%2e',
  ])('refuses %s before asking GitHub anything', async (repo) => {
    const api = await serve({});
    const result = await run(await workspace(), ['--issue', '1', '--repo', repo], {
      GITHUB_API_URL: api.base,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `new-partner error --repo must be owner/name (got ${JSON.stringify(repo)}); pass the owner and name from the issue address, e.g. --repo octo-org/community\n`,
    );
    expect(api.requests).toEqual([]);
  });
});

describe('look-alike names and websites', () => {
  const huawei = 'name: Huawei\nwebsite: https://www.huawei.com/\nprograms: [adopter]\n';
  const args = (name: string, website = 'https://acme.example/') => [
    '--from-issue',
    'clean.md',
    '--services',
    'support',
    '--logo',
    'logo.svg',
    '--name',
    name,
    '--website',
    website,
  ];

  it('refuses a name that reads as an existing one (Cyrillic а, full-width letters, 0 for o), writing nothing', async () => {
    for (const name of ['Huаwei', 'Ηuawei', 'HUAWEl', 'Huawe1', 'ＨＵＡＷＥ1']) {
      const root = await workspace({ 'huawei.yaml': huawei });
      const result = await run(root, args(name));
      expect(result.code, name).toBe(1);
      expect(result.stderr).toContain(
        `new-partner error name: ${JSON.stringify(name)} reads the same as "Huawei" in partners/huawei.yaml; the organization may already be listed: update partners/huawei.yaml`,
      );
      expect(result.files).toEqual(['huawei.yaml']);
    }
  });

  it('warns about a word mixing scripts and a look-alike website host, and still writes a distinct record', async () => {
    const root = await workspace({ 'huawei.yaml': huawei });
    const result = await run(root, args('Acme Clоud', 'https://www.huаwei.com/'));
    expect(result.stdout).toContain(
      'new-partner warning name: the word "Clоud" mixes Latin and Cyrillic letters, as a look-alike of another name does',
    );
    expect(result.stdout).toContain(
      'new-partner warning website: the host huаwei.com looks like huawei.com, the website of partners/huawei.yaml',
    );
    expect(result.code).toBe(0);
  });

  it('folds what looks alike and keeps what only shares letters apart', () => {
    expect(skeleton('Huаwei')).toBe(skeleton('HUAWEI'));
    expect(skeleton('ｂｏｅ')).toBe('boe');
    expect(skeleton('Bl00mberg')).toBe(skeleton('Bloomberg'));
    expect(skeleton('Karmada')).not.toBe(skeleton('Kamada'));
    expect(mixedScriptWord('Huаwei Cloud')).toEqual({
      word: 'Huаwei',
      scripts: ['Latin', 'Cyrillic'],
    });
    // Chinese and Latin together are a real name, and so is a name in one script.
    expect(mixedScriptWord('华为云 Huawei')).toBeUndefined();
    expect(mixedScriptWord('Яндекс')).toBeUndefined();
    expect(
      lookAlikes(
        'Acme',
        'https://acme.example/',
        [{ file: 'x.yaml', name: 'Acne', website: 'https://acne.example/' }],
        (a, b) => a === b,
      ),
    ).toEqual([]);
  });
});

describe('a refused application', () => {
  it('leaves nothing behind even when only the validator, run after writing, refuses it', async () => {
    // Another record already claims the logo file name the new record's logo takes.
    const root = await workspace({
      'other.yaml':
        'name: Other\nwebsite: https://other.example/\nprograms: [adopter]\nlogo: acme-cloud.svg\n',
    });
    const result = await run(root, [
      '--from-issue',
      'clean.md',
      '--services',
      'support',
      '--logo',
      'logo.svg',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('wrote partners/acme-cloud.yaml and partners/acme-cloud.svg\n');
    expect(result.stdout).toMatch(/error logo: .*same logo/);
    expect(result.stdout).toContain(
      'removed partners/acme-cloud.yaml and partners/acme-cloud.svg again\n',
    );
    expect(result.files).toEqual(['other.yaml']);
  });
});
