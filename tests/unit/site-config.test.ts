import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problems.ts';
import { readSiteConfig } from '../../src/config/load-site-config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OTHER_CONFIG = path.join(ROOT, 'tests/fixtures/other-site/site.config.yaml');

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'partners-site-config-'));
  const file = path.join(dir, 'site.config.yaml');
  await writeFile(file, text);
  return file;
}

/** The problems of a configuration, as `npm run validate` prints them. */
function problemsOf(file: string): string[] {
  const reading = readSiteConfig(file, path.dirname(file));
  return reading.ok ? [] : reading.problems.map(formatProblem);
}

describe('site.config.yaml', () => {
  it("holds the project's one locale table, programs and vocabularies", () => {
    const reading = readSiteConfig(path.join(ROOT, 'site.config.yaml'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { config } = reading;
    expect(config.locales.map(({ code, lang }) => [code, lang])).toEqual([
      ['en', 'en'],
      ['zh', 'zh-CN'],
    ]);
    expect(config.defaultLocale).toBe('en');
    expect(config.programs.map((program) => program.id)).toEqual(['community-partner', 'adopter']);
    expect(config.programs[0].requires).toEqual(['logo', 'description', 'services', 'contact']);
  });

  it('reads the second fixture configuration: three programs, English only', () => {
    const reading = readSiteConfig(OTHER_CONFIG);
    expect(reading.ok && reading.config.programs.length).toBe(3);
    expect(reading.ok && reading.config.locales.map((locale) => locale.code)).toEqual(['en']);
  });

  const VALID = [
    'project:',
    '  name: Nimbus',
    '  description: { en: A mesh. }',
    '  intro: { en: Intro. }',
    '  footer: { en: Footer. }',
    'site:',
    '  url: https://nimbus.example',
    'locales:',
    '  - { code: en, lang: en, label: English }',
    '  - { code: zh, lang: zh-CN, label: 中文 }',
    'programs:',
    '  - id: providers',
    '    label: { en: Providers }',
    'services: [{ id: support, label: { en: Support } }]',
    'regions: [{ id: global, label: { en: Global } }]',
    'brand:',
    '  logo: { light: logo.svg }',
    "  colors: { primary: '#336699' }",
    '  typography:',
    '    { font_family: serif, line_height: 1.5, headings: { h1: 2, h2: 1.5, h3: 1.25 } }',
    'header:',
    '  title: Nimbus',
    '  home: https://nimbus.example/',
    '  nav: [{ label: Vendors, directory: true }]',
    '  menu: Menu',
    '  nav_label: Main',
    'footer: { columns: [], notes: [] }',
    '',
  ].join('\n');

  it('names the line, the field and a fix for each mistake, all in one run', async () => {
    const file = await configFile(
      VALID.replace('https://nimbus.example', 'nimbus.example')
        .replace('label: 中文 }', 'label: 中文, defualt: true }')
        .replace('    label: { en: Providers }', '    label: { en: Providers }\n    listing: grid'),
    );
    expect(problemsOf(file)).toEqual([
      'site.config.yaml:7:8 error site.url: must be an absolute https URL (got "nimbus.example"); write the full address, e.g. https://example.com/talk',
      'site.config.yaml:10:41 error locales[1].defualt: is not a known field; did you mean "default"?',
      'site.config.yaml:14:14 error programs[0].listing: must be one of cards, logos (got "grid")',
    ]);
  });

  it('checks the sections against each other once each is well formed', async () => {
    const file = await configFile(
      VALID.replace('intro: { en: Intro. }', 'intro: { en: Intro., fr: Intro. }')
        .replace('footer: { en: Footer. }', 'footer: { zh: 页脚 }')
        .replace(
          '  - { code: zh, lang: zh-CN, label: 中文 }',
          '  - { code: zh, lang: zh-CN, label: 中文 }\n  - { code: en, lang: en, label: English }',
        ),
    );
    expect(problemsOf(file)).toEqual([
      'site.config.yaml:4:28 error project.intro.fr: is not a language of the site (en, zh) (got "fr"); add the language to "locales" or remove this text',
      'site.config.yaml:5:11 error project.footer.en: is required (got nothing); add the en text: en is the default language',
      'site.config.yaml:11:13 error locales[2].code: is listed twice (got "en"); keep one entry per id',
    ]);
  });

  it('refuses a language the interface is not translated into', async () => {
    const other = await readFile(OTHER_CONFIG, 'utf8');
    const file = await configFile(
      other.replace('  - code: en\n    lang: en-GB', '  - code: fr\n    lang: fr'),
    );
    expect(problemsOf(file)).toContain(
      'site.config.yaml:16:11 error locales[0].code: has no interface translation (there are: en, zh) (got "fr"); use one of those, or translate the interface in src/i18n/strings.ts',
    );
  });

  it('is the only place the project is named: src/ serves any project', async () => {
    const src = path.join(ROOT, 'src');
    const files = (await readdir(src, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    const naming = [];
    for (const entry of files) {
      const file = path.join(entry.parentPath, entry.name);
      if (/karmada/i.test(await readFile(file, 'utf8'))) naming.push(path.relative(ROOT, file));
    }
    expect(naming).toEqual([]);
  });
});
