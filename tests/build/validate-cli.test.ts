import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../tooling/run-script.ts';
import { ADOPTER_YAML, PARTNER_YAML, makePartnersDir, makePng } from '../support/temp-partners.ts';

/** Runs `npm run validate -- DIR` as a maintainer would, from the folder that holds DIR. */
async function validate(dir: string, env: Record<string, string> = {}) {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-logo-cache-'));
  return runScript('scripts/validate.ts', ['partners'], {
    cwd: path.dirname(dir),
    env: { LOGO_CACHE_DIR: cacheDir, GITHUB_ACTIONS: '', ...env },
  });
}

describe('npm run validate', () => {
  it('passes valid records, warnings included, with a summary', async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': await makePng(),
      'beta-corp.yaml': ADOPTER_YAML.replace('https:', 'http:'),
    });
    const result = await validate(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'partners/beta-corp.yaml:2:10 warning website: uses plain http',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 records checked: 0 errors, 1 warning');
  });

  it('fails on any error, one line per problem, and never prints a stack trace', async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML.replace(
        'https://acme.example/',
        '"javascript:alert(document.cookie)"',
      ),
      'acme.png': await makePng(),
      'broken.yaml': 'name: [unclosed\n',
    });
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      // The project's program pages come first; they are valid.
      expect.stringMatching(/^\d+ program pages checked: 0 errors, 0 warnings$/),
      'partners/acme-cloud.yaml:2:10 error website: must be an absolute https URL (got "javascript:alert(document.cookie)"); write the full address, e.g. https://example.com/',
      expect.stringMatching(
        /^partners\/broken\.yaml:\d+:\d+ error is not valid YAML \(.+\); check the indentation and quoting around this place$/,
      ),
      '2 records checked: 2 errors, 0 warnings',
      '',
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('adds GitHub annotations inside GitHub Actions', async () => {
    const dir = await makePartnersDir({
      'beta-corp.yaml': ADOPTER_YAML.replace('website:', 'webiste:'),
    });
    const result = await validate(dir, { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=partners/beta-corp.yaml,line=2,col=1::webiste: is not a known field; did you mean "website"?',
    );
  });

  it('answers --help, and refuses stray arguments with its usage', async () => {
    const help = await runScript('scripts/validate.ts', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run validate \[-- DIR\]/);
    const stray = await runScript('scripts/validate.ts', ['partners', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('unexpected argument extra');
  });

  it('refuses an empty partners folder', async () => {
    const result = await validate(await makePartnersDir({}));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'partners error holds no partner records; check the folder: records are <id>.yaml files',
    );
  });

  it('refuses a broken logo by its record and file', async () => {
    const png = await makePng();
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': png.subarray(0, 60),
    });
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^partners\/acme-cloud\.yaml:4:7 error logo: "acme\.png" is broken or truncated \(.*\); export the logo again as SVG or PNG$/m,
    );
  });
});
