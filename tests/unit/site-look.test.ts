import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, themeColors, NEUTRALS } from '../../src/brand/palette.ts';
import { themeCss } from '../../src/brand/theme-css.ts';
import { inlineLinks } from '../../src/core/inline-markdown.ts';
import { loadBrandLogos } from '../../src/brand/brand-logos.ts';
import { readSiteConfig } from '../../src/config/load-site-config.ts';
import { formatProblem } from '../../src/core/problems.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OTHER_SITE = path.join(ROOT, 'tests/fixtures/other-site/site.config.yaml');

/** A configuration file of its own, beside a copy of the other site's logo. */
async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'site-look-'));
  await mkdir(path.join(dir, 'brand'));
  await copyFile(
    path.join(path.dirname(OTHER_SITE), 'brand/logo.svg'),
    path.join(dir, 'brand/logo.svg'),
  );
  await writeFile(path.join(dir, 'site.config.yaml'), text);
  return path.join(dir, 'site.config.yaml');
}

/** The configuration's problems as `npm run build` prints them, the logos' included. */
function problemsOf(file: string): string[] {
  const reading = readSiteConfig(file, path.dirname(file));
  if (!reading.ok) return reading.problems.map(formatProblem);
  const logos = loadBrandLogos(reading.config.brand, file);
  return logos.ok
    ? []
    : logos.problems.map((problem) => formatProblem({ ...problem, file: 'site.config.yaml' }));
}

const otherSiteText = () => readFile(OTHER_SITE, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').indexOf(needle) + 1;

describe('the site configuration: brand, header and footer', () => {
  it("reads the project's own and a second project's, logos included", () => {
    for (const file of [path.join(ROOT, 'site.config.yaml'), OTHER_SITE]) {
      expect(problemsOf(file), file).toEqual([]);
    }
    const reading = readSiteConfig(OTHER_SITE);
    if (!reading.ok) throw new Error('fixture invalid');
    const logos = loadBrandLogos(reading.config.brand, OTHER_SITE);
    if (!logos.ok) throw new Error('fixture logo invalid');
    expect(logos.logos.light).toMatchObject({ width: 56, height: 28 });
    expect(logos.logos.light.url).toMatch(/^\/partners\/logos\/site\.light-[0-9a-f]{10}\.svg$/);
    expect(logos.logos.dark).toBeUndefined();
  });

  it('reports mistakes like record problems: file:line:col field: what; how to fix', async () => {
    const text = (await otherSiteText())
      .replace("primary: '#ffcc00'", 'primary: yellow')
      .replace('  menu: Navigation', '  menus: Navigation')
      .replace('      directory: true', '      directory: yes')
      .replace('https://forum.nimbus.example/', 'http://forum.nimbus.example/');
    const line = (needle: string) => lineOf(text, needle);
    expect(problemsOf(await configFile(text))).toEqual([
      `site.config.yaml:${line('    primary: yellow')}:14 error brand.colors.primary: must be a colour written #rrggbb (got "yellow")`,
      `site.config.yaml:${line('  title: Nimbus Mesh')}:3 error header.menu: is required; add "menu:" with a value`,
      `site.config.yaml:${line('      directory: yes')}:18 error header.nav[1].directory: must be one of true (got "yes")`,
      `site.config.yaml:${line('  menus: Navigation')}:3 error header.menus: is not a known field; did you mean "menu"?`,
      `site.config.yaml:${line('          href: http://forum.nimbus.example/')}:17 error footer.columns[0].links[0].href: must be an absolute https URL (got "http://forum.nimbus.example/")`,
    ]);
  });

  it('checks the language codes of per-language texts against the locale table', async () => {
    const text = (await otherSiteText()).replace(
      '  title: Nimbus Mesh',
      '  title: { en: Nimbus Mesh, fr: Nimbus }',
    );
    expect(problemsOf(await configFile(text))).toEqual([
      expect.stringMatching(
        /:\d+:\d+ error header\.title\.fr: is not a language of the site \(en\)/,
      ),
    ]);
  });

  it('names a missing or unsafe logo at its field', async () => {
    const text = await otherSiteText();
    const line = lineOf(text, '    light: brand/logo.svg');
    expect(problemsOf(await configFile(text.replace('brand/logo.svg', 'brand/gone.svg')))).toEqual([
      expect.stringMatching(
        new RegExp(`^site\\.config\\.yaml:${line}:12 error brand\\.logo\\.light: cannot be read`),
      ),
    ]);
    const file = await configFile(text);
    await writeFile(
      path.join(path.dirname(file), 'brand/logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><script>alert(1)</script></svg>',
    );
    expect(problemsOf(file)).toEqual([
      expect.stringContaining('brand.logo.light: is refused: it holds a <script> element'),
    ]);
  });
});

describe('theme colours from the primary colour', () => {
  for (const primary of ['#10a6fa', '#ffcc00', '#000080', '#777777']) {
    it(`${primary}: links, buttons and badges meet WCAG AA in both themes`, () => {
      for (const theme of ['light', 'dark'] as const) {
        const colors = themeColors(primary, theme);
        const neutral = NEUTRALS[theme];
        for (const background of [neutral.bg, neutral.surface])
          expect(contrast(colors.accent, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colors.accentText, colors.accent)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colors.badgeText, colors.badgeBg)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("darkens karmada.io's #10a6fa (2.7:1 on white) only as far as needed, and keeps it on dark", () => {
    expect(contrast('#10a6fa', '#ffffff')).toBeLessThan(3);
    const light = themeColors('#10a6fa', 'light').accent;
    expect(contrast(light, '#ffffff')).toBeLessThan(5.2);
    expect(themeColors('#10a6fa', 'dark').accent).toBe('#10a6fa');
  });

  it('writes custom properties for both themes', () => {
    const reading = readSiteConfig(OTHER_SITE);
    if (!reading.ok) throw new Error('fixture invalid');
    const css = themeCss(reading.config.brand);
    expect(css).toContain('--font-body:Georgia, serif');
    expect(css).toContain('--h1-size:2.25rem');
    // The system's dark theme unless the visitor chose the light one, and the chosen dark one.
    expect(css).toMatch(
      /@media \(prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)\{--bg:#1b1b1d;/,
    );
    expect(css).toMatch(/:root\[data-theme=dark\]\{--bg:#1b1b1d;/);
  });
});

describe('footer lines in Markdown', () => {
  it('keeps text and links, nothing else', () => {
    expect(inlineLinks('© 2026 See our [Trademark **Usage**](https://a.example/) page.')).toEqual([
      { text: '© 2026 See our ' },
      { text: 'Trademark Usage', href: 'https://a.example/' },
      { text: ' page.' },
    ]);
  });
});
