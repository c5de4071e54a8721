import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as ROOT, runScript } from '../../tooling/run-script.ts';
import { ADOPTER_YAML, makePartnersDir } from '../support/temp-partners.ts';

const OTHER_CONFIG = path.join(ROOT, 'tests/fixtures/other-site/site.config.yaml');

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'partners-site-config-'));
  const file = path.join(dir, 'site.config.yaml');
  await writeFile(file, text);
  return file;
}

/** Runs `npm run validate` with a configuration, as a maintainer would. */
const validate = (args: string[], env: Record<string, string>) =>
  runScript('scripts/validate.ts', args, { env: { GITHUB_ACTIONS: '', ...env } });

describe('npm run validate with a site configuration', () => {
  it('stops npm run validate on a broken configuration, without a stack trace', async () => {
    const file = await configFile('project:\n\tname: Nimbus\n');
    const result = await validate([], { SITE_CONFIG: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('uses a tab for indentation; indent with spaces only');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
  });

  it('checks records against the configured vocabularies, and ids against its languages', async () => {
    const dir = await makePartnersDir({
      'zh.yaml': ADOPTER_YAML,
      'beta-corp.yaml': ADOPTER_YAML.replace('[adopter]', '[end-user]'),
    });
    const karmada = await validate([dir], {});
    expect(karmada.stdout).toMatch(
      /zh\.yaml error "zh" is the code of one of the site's languages/,
    );
    expect(karmada.stdout).toMatch(/beta-corp\.yaml:\d+:\d+ error programs\[0\]: must be one of/);

    const other = await validate([dir], { SITE_CONFIG: OTHER_CONFIG });
    expect(other.stdout).not.toContain('"zh" is the code');
    expect(other.stdout).toMatch(/zh\.yaml:\d+:\d+ error programs\[0\]: must be one of/);
    expect(other.stdout).not.toMatch(/beta-corp\.yaml:\d+:\d+ error programs/);
  });
});
