// The logo download as an attacker would aim it: at this machine, its network and the cloud
// metadata service, in every spelling, directly and through redirects. Every refusal is
// checked against a local server that counts the connections it receives: none.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addressKind, addressRefusal } from '../../src/intake/address-check.ts';
import { downloadLogo, isGitHubAttachment } from '../../src/intake/read-logo.ts';
import { safeFetch, type SafeFetchSettings } from '../../src/intake/safe-fetch.ts';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

interface Counted {
  port: number;
  connections: () => number;
  requests: string[];
}

async function listen(server: Server, handler: RequestListener): Promise<Counted> {
  let connections = 0;
  const requests: string[] = [];
  server.on('connection', () => connections++);
  server.on('request', (request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  );
  return { port: (server.address() as AddressInfo).port, connections: () => connections, requests };
}

const serveSvg: RequestListener = (_, response) => {
  response.writeHead(200, { 'content-type': 'image/svg+xml' });
  response.end(SVG);
};

const settings = (more: Partial<SafeFetchSettings> = {}): SafeFetchSettings => ({
  signal: AbortSignal.timeout(2000),
  maxBytes: 1024 * 1024,
  allowLoopback: false,
  ...more,
});
/** A resolver that answers from a table and counts how often it is asked. */
function resolver(table: Record<string, string[]>) {
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    return (table[host] ?? []).map((address) => ({
      address,
      family: address.includes(':') ? 6 : 4,
    }));
  };
  return { resolve, asked };
}

describe('addressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['017700000001', 'loopback'],
    ['127.0.0.1.', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['[0:0:0:0:0:0:0:1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:7f00:1::', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['0xc0a80101', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['fe80::1%eth0', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '140.82.112.3', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => expect(addressKind(address)).toBeUndefined(),
  );

  it('lets INTAKE_ALLOW_LOOPBACK through loopback only', () => {
    expect(addressRefusal('127.1', true)).toBeUndefined();
    expect(addressRefusal('127.1', false)).toBe('127.0.0.1, a loopback address');
    expect(addressRefusal('10.0.0.1', true)).toBe('10.0.0.1, a private address');
    expect(addressRefusal('169.254.169.254', true)).toBe('169.254.169.254, a link-local address');
  });
});

describe('safeFetch', () => {
  let plain: Counted;
  beforeAll(async () => {
    plain = await listen(createHttpServer(), serveSvg);
  });

  it.each([
    '127.0.0.1',
    '127.1',
    '2130706433',
    '0x7f.0.0.1',
    '0177.0.0.1',
    'localhost',
    '[::ffff:127.0.0.1]',
  ])('never connects to %s without INTAKE_ALLOW_LOOPBACK', async (host) => {
    const before = plain.connections();
    for (const scheme of ['http', 'https']) {
      const result = await safeFetch(
        new URL(`${scheme}://${host}:${plain.port}/logo.svg`),
        settings(),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.failure.reason).toBe('refused');
    }
    expect(plain.connections()).toBe(before);
  });

  it('refuses a name that resolves to a refused address, and never connects to it', async () => {
    const { resolve, asked } = resolver({
      'logo.example': ['127.0.0.1'],
      'metadata.google.internal': ['169.254.169.254'],
      'intranet.example.': ['10.0.0.7'],
      'mixed.example': ['93.184.215.14', '127.0.0.1'],
    });
    const before = plain.connections();
    const why = async (url: string, allowLoopback = false) => {
      const result = await safeFetch(new URL(url), settings({ resolve, allowLoopback }));
      return !result.ok && result.failure.reason === 'refused' ? result.failure.why : 'fetched';
    };
    expect(await why(`https://logo.example:${plain.port}/`)).toBe(
      'logo.example resolves to 127.0.0.1, a loopback address',
    );
    expect(await why(`https://metadata.google.internal:${plain.port}/`, true)).toBe(
      'metadata.google.internal resolves to 169.254.169.254, a link-local address',
    );
    expect(await why(`https://intranet.example.:${plain.port}/`, true)).toBe(
      'intranet.example. resolves to 10.0.0.7, a private address',
    );
    expect(await why(`https://mixed.example:${plain.port}/`)).toBe(
      'mixed.example resolves to 127.0.0.1, a loopback address',
    );
    expect(plain.connections()).toBe(before);
    expect(asked).toEqual([
      'logo.example',
      'metadata.google.internal',
      'intranet.example.',
      'mixed.example',
    ]);
  });

  it('refuses private, link-local and unique-local addresses even with INTAKE_ALLOW_LOOPBACK', async () => {
    for (const [url, why] of [
      ['https://10.0.0.1/', 'it names 10.0.0.1, a private address'],
      ['https://192.168.0.1/', 'it names 192.168.0.1, a private address'],
      [
        'https://169.254.169.254/latest/meta-data/',
        'it names 169.254.169.254, a link-local address',
      ],
      ['https://[fd00::1]/', 'it names fd00::1, a unique-local address'],
      ['https://[::ffff:a9fe:a9fe]/', 'it names ::ffff:a9fe:a9fe, a link-local address'],
      ['https://0/', 'it names 0.0.0.0, a unspecified address'],
      ['http://10.0.0.1/', 'it is not an https address'],
    ])
      expect(await safeFetch(new URL(url), settings({ allowLoopback: true }))).toMatchObject({
        ok: false,
        failure: { reason: 'refused', why },
      });
  });

  it('follows a redirect only where the first request could go', async () => {
    const redirects = await listen(createHttpServer(), (request, response) => {
      response.writeHead(302, { location: decodeURIComponent(request.url!.slice(1)) }).end();
    });
    const { resolve } = resolver({ 'metadata.google.internal': ['169.254.169.254'] });
    for (const [target, why] of [
      ['https://0xa9fea9fe/', 'it names 169.254.169.254, a link-local address'],
      [
        'https://metadata.google.internal/computeMetadata/v1/',
        'metadata.google.internal resolves to 169.254.169.254, a link-local address',
      ],
      ['https://[fd00::1]/', 'it names fd00::1, a unique-local address'],
      ['http://example.com/logo.png', 'it is not an https address'],
      ['file:///etc/passwd', 'it is not an https address'],
    ]) {
      const before = redirects.requests.length;
      const url = new URL(`http://127.0.0.1:${redirects.port}/${encodeURIComponent(target)}`);
      // The first hop is on loopback, which the test allows; the second is judged on its own.
      const result = await safeFetch(url, settings({ resolve, allowLoopback: true }));
      expect(result).toMatchObject({
        ok: false,
        url: new URL(target),
        failure: { reason: 'refused', why },
      });
      expect(redirects.requests.length).toBe(before + 1);
    }
  });

  it('drops the status text and body of an error answer', async () => {
    const teapot = await listen(createHttpServer(), (_, response) => {
      response.writeHead(418, 'I leak internal info').end('secret');
    });
    const result = await safeFetch(
      new URL(`http://127.0.0.1:${teapot.port}/`),
      settings({ allowLoopback: true }),
    );
    expect(result).toEqual({
      ok: false,
      url: expect.any(URL),
      failure: { reason: 'status', status: 418 },
    });
    expect(JSON.stringify(result)).not.toContain('leak');
  });
});

describe('over https', () => {
  let secure: Counted;
  let plain: Counted;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'safe-fetch-tls-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,DNS:logo.example,IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]);
    plain = await listen(createHttpServer(), serveSvg);
    const tls = {
      key: await readFile(path.join(dir, 'key.pem')),
      cert: await readFile(path.join(dir, 'cert.pem')),
    };
    secure = await listen(createHttpsServer(tls), (request, response) => {
      if (request.url === '/down')
        response.writeHead(302, { location: `http://127.0.0.1:${plain.port}/logo.svg` }).end();
      else serveSvg(request, response);
    });
    // The test's own certificate: trusted for these requests only.
    vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0');
  });

  it('connects to the address it checked, asking the resolver once', async () => {
    const { resolve, asked } = resolver({ 'logo.example': ['127.0.0.1'] });
    const before = secure.connections();
    const result = await safeFetch(
      new URL(`https://logo.example:${secure.port}/logo.svg`),
      settings({ resolve, allowLoopback: true }),
    );
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(SVG);
    expect(asked).toEqual(['logo.example']);
    expect(secure.connections()).toBe(before + 1);
  });

  it('never follows https down to plain http, not even to an allowed loopback server', async () => {
    const before = plain.connections();
    const result = await safeFetch(
      new URL(`https://127.0.0.1:${secure.port}/down`),
      settings({ allowLoopback: true }),
    );
    expect(result).toMatchObject({
      ok: false,
      failure: { reason: 'refused', why: 'https may not redirect to plain http' },
    });
    expect(plain.connections()).toBe(before);
  });
});

describe('downloadLogo from an issue', () => {
  it("accepts only GitHub's attachment hosts first", () => {
    const accepted = [
      'https://github.com/user-attachments/assets/0f5e-4b1a',
      'https://github.com/octo-org/community/assets/1/abc',
      'https://user-images.githubusercontent.com/1/a.png',
      'https://private-user-images.githubusercontent.com/1/a.png?jwt=x',
    ];
    const refused = [
      'https://github.com/octo-org/community/issues/1',
      'https://github.com.evil.example/user-attachments/assets/x',
      'http://github.com/user-attachments/assets/x',
      'https://evil.example/user-attachments/assets/x',
      'https://githubusercontent.com.evil.example/a.png',
    ];
    for (const url of accepted) expect(isGitHubAttachment(new URL(url)), url).toBe(true);
    for (const url of refused) expect(isGitHubAttachment(new URL(url)), url).toBe(false);
  });

  it('refuses any other host with a clear message, fetching nothing', async () => {
    const { resolve, asked } = resolver({ 'evil.example': ['93.184.215.14'] });
    const reading = await downloadLogo('https://evil.example/logo.svg', {
      timeoutMs: 1000,
      attachmentOnly: true,
      resolve,
    });
    expect(reading).toMatchObject({
      ok: false,
      problem: {
        message:
          "https://evil.example/logo.svg cannot be downloaded: evil.example is not one of GitHub's attachment hosts",
        hint: 'ask the applicant to drop the logo into the issue, or download the logo by hand and pass --logo PATH',
      },
    });
    expect(asked).toEqual([]);
  });
});
