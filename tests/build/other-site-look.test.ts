import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_SITE_PARTNERS,
  OTHER_SITE,
  buildFixtureSite,
} from '../support/build-fixture-site.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)) + end.length);

describe("a second site configuration's header, footer and brand", () => {
  it("shows that project's logo, links, footer and colours", async () => {
    const outDir = await buildFixtureSite(OTHER_SITE);
    const html = await readFile(path.join(outDir, 'partners/index.html'), 'utf8');
    const header = between(html, '<header', '</header>');
    const footer = between(html, '<footer', '</footer>');
    expect(header).toMatch(/<a class="home[^"]*" href="https:\/\/nimbus\.example\/">/);
    expect(header).toMatch(/>Nimbus Mesh<\/span>/);
    expect(header).toMatch(/href="https:\/\/nimbus\.example\/guides\/"[^>]*>Guides</);
    expect(header).toMatch(/href="\/partners\/" aria-current="page"[^>]*>Vendors</);
    expect(header).toContain('aria-label="Site"');
    expect(header).toContain('<summary aria-label="Navigation"');
    // No repository configured, and one language: no GitHub mark, no language switch.
    expect(header).not.toContain('github.com');
    expect(header).not.toContain('hreflang');
    expect(footer).toMatch(/href="https:\/\/forum\.nimbus\.example\/"[^>]*>Forum</);
    expect(footer).toContain(`© ${new Date().getUTCFullYear()} The Nimbus Mesh Project. See the `);
    expect(footer).toContain('href="https://nimbus.example/licence/"');

    // Its logo, content-hashed, without a dark variant.
    const logos = (await readdir(path.join(outDir, 'partners', 'logos'))).filter((name) =>
      name.startsWith('site.'),
    );
    expect(logos).toEqual([expect.stringMatching(/^site\.light-[0-9a-f]{10}\.svg$/)]);
    expect(header).not.toContain('prefers-color-scheme');
    // Its font, and its yellow darkened until text in it reads on white; none of Karmada's blue.
    expect(html).toContain('--font-body:Georgia, serif');
    expect(html).not.toContain('#10a6fa');
  });

  it('stops the build on a missing logo, naming file, line and field, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'broken-look-'));
    const text = await readFile(OTHER_SITE.siteConfig!, 'utf8');
    await writeFile(path.join(dir, 'site.config.yaml'), text.replace('brand/logo.svg', 'gone.svg'));
    const outDir = path.join(dir, 'dist');
    let output = '';
    let code = 0;
    try {
      await run(process.execPath, ['scripts/build.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          SITE_CONFIG: path.join(dir, 'site.config.yaml'),
          PARTNERS_DIR: FIXTURE_SITE_PARTNERS,
          OUT_DIR: outDir,
        },
      });
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      ({ code } = failed);
      output = failed.stdout + failed.stderr;
    }
    expect(code).not.toBe(0);
    const line = text.split('\n').indexOf('    light: brand/logo.svg') + 1;
    expect(output).toMatch(
      new RegExp(`site\\.config\\.yaml:${line}:12 error brand\\.logo\\.light: cannot be read`),
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });
});
