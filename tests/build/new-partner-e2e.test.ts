import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT as ROOT, runScript } from '../../tooling/run-script.ts';

// A real applicant's logo (Neen S.p.A's, from karmada.io), kept in the repository so CI has it.
const REAL_LOGO = path.resolve('tests/fixtures/logos/neen.png');

/** Runs one of our scripts as npm would (from the project root) and returns its exit code and output. */
const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  runScript(`scripts/${name}`, args, {
    env: { GITHUB_ACTIONS: '', ASTRO_LOG_LEVEL: 'warn', ...env },
  });

describe('from an application issue to a built page', () => {
  let temp: string;
  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('new-partner --issue writes a record the validator passes and the build publishes', async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-e2e-'));
    const partners = path.join(temp, 'partners');
    const cache = path.join(temp, 'logo-cache');
    await mkdir(partners);
    // GitHub's REST API and its attachment link, as a local server: the issue links its logo.
    const logo = await readFile(REAL_LOGO);
    const issue = await readFile(path.join(ROOT, 'tests/fixtures/issues/messy.md'), 'utf8');
    const server = createServer((request, response) => {
      if (request.url === '/repos/octo-org/community/issues/412') {
        const body = issue.replace(
          /https:\/\/github\.com\/user-attachments\/assets\/[\w-]+/,
          `${base}/logo`,
        );
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ title: 'REQUEST: Acme Cloud', body }));
      } else if (request.url === '/logo') response.end(logo);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const added = await script(
      'new-partner.ts',
      [
        '--issue',
        '412',
        '--repo',
        'octo-org/community',
        '--services',
        'support,consulting',
        '--regions',
        'europe',
        '--dir',
        partners,
      ],
      { LOGO_CACHE_DIR: cache, GITHUB_API_URL: base, GITHUB_TOKEN: '', INTAKE_ALLOW_LOOPBACK: '1' },
    ).finally(() => server.close());
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain(`downloaded the logo from ${base}/logo (PNG, `);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^1 record checked: 0 errors, 1 warning$/m);

    const validated = await script('validate.ts', [partners], { LOGO_CACHE_DIR: cache });
    expect(validated.code).toBe(0);
    expect(validated.stdout.trim().split('\n').at(-1)).toBe(
      '1 record checked: 0 errors, 1 warning',
    );

    const out = path.join(temp, 'dist');
    const built = await script('build.ts', [], {
      PARTNERS_DIR: partners,
      OUT_DIR: out,
      LOGO_CACHE_DIR: cache,
    });
    expect(built.code, built.stderr).toBe(0);
    expect(await readFile(path.join(out, 'partners/index.html'), 'utf8')).toContain('Acme Cloud');
    expect(existsSync(path.join(out, 'partners/acme-cloud/index.html'))).toBe(true);
    // The contact is for maintainers only.
    expect(await readFile(path.join(out, 'partners/acme-cloud/index.html'), 'utf8')).not.toContain(
      'ops@acme.example',
    );
  });
});
