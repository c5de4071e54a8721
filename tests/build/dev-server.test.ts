import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE_PROGRAMS } from '../support/build-fixture-site.ts';
import { PARTNER_YAML, makePartnersDir, makePng } from '../support/temp-partners.ts';

/** A port no one else holds: several checkouts may run this test at once. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const PORT = await freePort();
const URL_ROOT = `http://127.0.0.1:${PORT}`;

/** Polls until `check` passes or the time is up, so the test waits only as long as it must. */
async function eventually(check: () => Promise<void>, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The environment a maintainer's shell has: without vitest's NODE_ENV=test and VITEST flags. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    ),
  );
}

const page = async (pathname: string) => (await fetch(URL_ROOT + pathname)).text();

// `npm run dev` on a partners folder of its own: the content layer's loader follows the folder.
describe('npm run dev', () => {
  let dir: string;
  let programs: string;
  let server: ChildProcess;
  let output = '';

  beforeAll(async () => {
    dir = await makePartnersDir({ 'acme-cloud.yaml': PARTNER_YAML, 'acme.png': await makePng() });
    programs = path.join(path.dirname(dir), 'programs');
    await cp(FIXTURE_SITE_PROGRAMS, programs, { recursive: true });
    // Astro's own entry point under this Node (the shell's may be older than Astro supports).
    server = spawn(
      process.execPath,
      // --ignore-lock: a server of the test's own, beside any a developer runs, never sent to the
      // background (which Astro does by itself in some terminals).
      [
        'node_modules/astro/bin/astro.mjs',
        'dev',
        '--ignore-lock',
        '--port',
        String(PORT),
        '--host',
        '127.0.0.1',
      ],
      {
        env: { ...shellEnv(), PARTNERS_DIR: dir, PROGRAMS_DIR: programs },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    await eventually(
      async () => expect(await page('/partners/'), output).toContain('Acme Cloud'),
      120_000,
    );
  }, 150_000);
  afterAll(() => {
    server?.kill();
  });

  it('serves the normalized logos from the store', async () => {
    const logo = (await page('/partners/')).match(
      /\/partners\/logos\/acme-cloud-[0-9a-f]+\.png/,
    )![0];
    const response = await fetch(URL_ROOT + logo);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('shows an edit at once, and the last valid directory while a record is broken', async () => {
    const file = path.join(dir, 'acme-cloud.yaml');
    const record = await readFile(file, 'utf8');
    await writeFile(file, record.replace('name: Acme Cloud', 'name: Acme Cloud Europe'));
    await eventually(async () => expect(await page('/partners/')).toContain('Acme Cloud Europe'));

    await writeFile(file, record.replace(/^website: .*$/m, 'website: javascript:alert(1)'));
    await eventually(async () => expect(output).toMatch(/acme-cloud\.yaml:\d+:\d+ error website/));
    expect(server.exitCode, output).toBeNull();
    expect(await page('/partners/')).toContain('Acme Cloud Europe');
  }, 150_000);

  it('shows an edit to a program page at once, and the last valid one while it is broken', async () => {
    const file = path.join(programs, 'en', 'partner-program.md');
    const text = await readFile(file, 'utf8');
    const pagePath = '/partners/programs/partner-program/';
    await writeFile(file, text.replace('A seat at the fixture round table.', 'Two seats now.'));
    await eventually(async () => expect(await page(pagePath)).toContain('Two seats now.'));

    await writeFile(file, text.replace('title: Fixture Partner Program', 'titel: Oops'));
    await eventually(async () =>
      expect(output).toMatch(/partner-program\.md:\d+:\d+ error titel: is not a known field/),
    );
    expect(await page(pagePath)).toContain('Two seats now.');
  }, 150_000);
});
