import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
// A real applicant's logo (Neen S.p.A's, from karmada.io), kept in the repository so CI has it.
const REAL_LOGO = path.resolve('tests/fixtures/logos/neen.png');

/** Runs one of our scripts as npm would (from the project root) and returns its exit code and output. */
async function script(name: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(ROOT, 'scripts', name), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, GITHUB_ACTIONS: '', ASTRO_LOG_LEVEL: 'warn', ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('from an application issue to a built page', () => {
  let temp: string;
  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('new-partner writes a record the validator passes and the build publishes', async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-e2e-'));
    const partners = path.join(temp, 'partners');
    const cache = path.join(temp, 'logo-cache');
    await mkdir(partners);
    await copyFile(path.join(ROOT, 'tests/fixtures/issues/messy.md'), path.join(temp, 'issue.md'));
    await copyFile(REAL_LOGO, path.join(temp, 'attachment'));

    const added = await script(
      'new-partner.ts',
      [
        '--from-issue',
        path.join(temp, 'issue.md'),
        '--logo',
        path.join(temp, 'attachment'),
        '--services',
        'support,consulting',
        '--regions',
        'europe',
        '--dir',
        partners,
      ],
      { LOGO_CACHE_DIR: cache },
    );
    expect(added.stderr).toBe('');
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
