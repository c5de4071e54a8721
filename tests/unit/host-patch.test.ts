import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DOCUSAURUS_SITE, HOST_PATCH } from '../support/docusaurus-site.ts';
import {
  KARMADA_WEBSITE_COMMIT,
  renderHostPatch,
  renderNetlifyToml,
} from '../support/host-patch.ts';

const run = promisify(execFile);

describe('host/karmada-website.patch, the changes to karmada-io/website', () => {
  it('is what node tests/support/host-patch.ts writes (run it after changing the headers)', async () => {
    expect(await readFile(HOST_PATCH, 'utf8')).toBe(await renderHostPatch());
  });

  it("applies with git apply to the fixture's copies of karmada-io/website's files", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'karmada-patch-check-'));
    try {
      await cp(DOCUSAURUS_SITE, dir, { recursive: true });
      await run('git', ['apply', '--check', HOST_PATCH], { cwd: dir });
      await run('git', ['apply', HOST_PATCH], { cwd: dir });
      const toml = await readFile(path.join(dir, 'netlify.toml'), 'utf8');
      expect(toml).toContain(renderNetlifyToml());
      expect(toml).toContain('run build -- --into build');
      const config = await readFile(path.join(dir, 'docusaurus.config.js'), 'utf8');
      expect(config).not.toContain('to: "adopters"');
      expect(config).not.toContain("to: '/partners'");
      await expect(readFile(path.join(dir, 'src/pages/partners.tsx'))).rejects.toThrow();
      await expect(readFile(path.join(dir, 'src/pages/adopters.md'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the karmada-io/website commit it was made on in the README', async () => {
    const readme = await readFile(path.resolve('README.md'), 'utf8');
    expect(readme).toContain(`made on its commit \`${KARMADA_WEBSITE_COMMIT}\``);
    expect(readme).toContain('git apply path/to/karmada-partners/host/karmada-website.patch');
  });
});
