import { projectConfig } from '../support/site-config.ts';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPartners } from '../../src/data/load-partners.ts';
import { formatProblem, type Problem } from '../../src/core/problems.ts';
import { ADOPTER_YAML, PARTNER_YAML, makePartnersDir, makePng } from '../support/temp-partners.ts';

/** Loads a partners folder made of these files and returns its problems as the validator prints them. */
async function problemsFor(
  files: Record<string, string | Uint8Array>,
): Promise<{ problems: Problem[]; lines: string[]; dir: string }> {
  const dir = await makePartnersDir(files);
  const { problems } = await loadPartners(dir, projectConfig, path.dirname(dir));
  return { problems, lines: problems.map(formatProblem), dir };
}

const errorsOf = (problems: Problem[]) =>
  problems.filter((problem) => problem.severity === 'error');

describe('loadPartners on valid records', () => {
  it('loads a community partner and an adopter, with the description normalized to languages', async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': await makePng(),
      'beta-corp.yaml': ADOPTER_YAML,
    });
    const { records, problems } = await loadPartners(dir, projectConfig, path.dirname(dir));
    expect(problems).toEqual([]);
    expect(records.map((loaded) => loaded.id)).toEqual(['acme-cloud', 'beta-corp']);
    expect(records[0].record.description).toEqual({
      en: 'Managed Karmada control planes.',
      zh: '托管的 Karmada 控制面。',
    });
    expect(records[0].record.status).toBe('active');
    expect(records[0].logo?.format).toBe('png');
  });

  it('accepts a UTF-8 byte order mark and a plain-string description', async () => {
    const yaml = `\uFEFF${PARTNER_YAML.replace(/description:\n  en: (.*)\n  zh: .*\n/, 'description: $1\n')}`;
    const dir = await makePartnersDir({ 'acme-cloud.yaml': yaml, 'acme.png': await makePng() });
    const { records, problems } = await loadPartners(dir, projectConfig, path.dirname(dir));
    expect(errorsOf(problems)).toEqual([]);
    expect(records[0].record.description).toEqual({ en: 'Managed Karmada control planes.' });
    // English only is allowed, but the Chinese page would fall back: say so.
    expect(problems.map(formatProblem)).toContain(
      'partners/acme-cloud.yaml:5:14 warning description: has no Chinese text; add "zh:" so visitors of the Chinese page read it in their language',
    );
  });

  it('accepts plain http with a warning that names the line', async () => {
    const { problems, lines } = await problemsFor({
      'beta-corp.yaml': ADOPTER_YAML.replace('https://beta.example/', 'http://beta.example/'),
    });
    expect(errorsOf(problems)).toEqual([]);
    expect(lines).toEqual([
      'partners/beta-corp.yaml:2:10 warning website: uses plain http (got "http://beta.example/"); use the https address if the site has one',
    ]);
  });
});

describe('loadPartners refuses bad input with the file, line and a fix', () => {
  type Files = Record<string, string | Uint8Array>;
  const cases: { name: string; files: Files | (() => Promise<Files>); expected: string }[] = [
    {
      name: 'broken YAML',
      files: { 'beta-corp.yaml': 'name: "Beta\nwebsite: https://beta.example/\n' },
      expected:
        'partners/beta-corp.yaml:2:1 error is not valid YAML (deficient indentation); check the indentation and quoting around this place',
    },
    {
      name: 'tabs used for indentation',
      files: { 'beta-corp.yaml': `${ADOPTER_YAML}contact:\n\temail: a@beta.example\n` },
      expected:
        'partners/beta-corp.yaml:5:1 error uses a tab for indentation; indent with spaces only (two per level)',
    },
    {
      name: 'an empty file',
      files: { 'beta-corp.yaml': '' },
      expected:
        'partners/beta-corp.yaml error is empty; write the record\'s fields, starting with "name:", or delete the file',
    },
    {
      name: 'a file of comments only',
      files: { 'beta-corp.yaml': '# nothing yet\n' },
      expected: 'partners/beta-corp.yaml error is empty',
    },
    {
      name: 'several documents in one file',
      files: { 'beta-corp.yaml': `${ADOPTER_YAML}---\n${ADOPTER_YAML}` },
      expected:
        'partners/beta-corp.yaml error holds 2 YAML documents; keep exactly one record per file and remove the "---" separators',
    },
    {
      name: 'a missing required field',
      files: { 'beta-corp.yaml': 'name: Beta Corp\nprograms: [adopter]\n' },
      expected:
        'partners/beta-corp.yaml:1:1 error website: is required; add "website:" with a value',
    },
    {
      name: 'a blank required field',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('name: Beta Corp', 'name: "   "') },
      expected: 'partners/beta-corp.yaml:1:7 error name: must not be blank; give "name" a value',
    },
    {
      name: 'a wrong type',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('programs: [adopter]', 'programs: adopter') },
      expected: 'partners/beta-corp.yaml:3:11 error programs: must be a list (got "adopter")',
    },
    {
      name: 'an unknown field, with the likely meant name',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('website:', 'webiste:') },
      expected:
        'partners/beta-corp.yaml:2:1 error webiste: is not a known field; did you mean "website"?',
    },
    {
      name: 'an unknown program',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('[adopter]', '[adopter, sponsor]') },
      expected:
        'partners/beta-corp.yaml:3:21 error programs[1]: must be one of community-partner, adopter (got "sponsor")',
    },
    {
      name: 'a javascript: URL',
      files: {
        'beta-corp.yaml': ADOPTER_YAML.replace('https://beta.example/', '"javascript:alert(1)"'),
      },
      expected:
        'partners/beta-corp.yaml:2:10 error website: must be an absolute https URL (got "javascript:alert(1)"); write the full address, e.g. https://example.com/',
    },
    {
      name: 'a data: URL in a case study',
      files: {
        'beta-corp.yaml': `${ADOPTER_YAML}case_studies:\n  - title: Our story\n    url: data:text/html,hi\n`,
      },
      expected:
        'partners/beta-corp.yaml:6:10 error case_studies[0].url: must be an absolute https URL, or a path on https://karmada.io starting with "/" (got "data:text/html,hi")',
    },
    {
      name: 'a relative URL',
      files: {
        'beta-corp.yaml': ADOPTER_YAML.replace('https://beta.example/', '/docs/casestudies/beta'),
      },
      expected:
        'partners/beta-corp.yaml:2:10 error website: must be an absolute https URL (got "/docs/casestudies/beta")',
    },
    {
      name: 'an invalid e-mail',
      files: async () => ({
        'acme-cloud.yaml': PARTNER_YAML.replace('partners@acme.example', 'partners-at-acme'),
        'acme.png': await makePng(),
      }),
      expected:
        'partners/acme-cloud.yaml:11:10 error contact.email: must be a valid e-mail address (got "partners-at-acme"); write an address like partners@example.com',
    },
    {
      name: 'an over-long description',
      files: async () => ({
        'acme-cloud.yaml': PARTNER_YAML.replace('Managed Karmada control planes.', 'x'.repeat(401)),
        'acme.png': await makePng(),
      }),
      expected:
        'partners/acme-cloud.yaml:6:7 error description.en: must be at most 400 characters (got 401 characters)',
    },
    {
      name: 'a file name that is not a valid id',
      files: { 'Beta_Corp.yaml': ADOPTER_YAML },
      expected:
        'partners/Beta_Corp.yaml error "Beta_Corp" is not a valid record id; rename the file to beta-corp.yaml: lowercase letters, digits and single hyphens',
    },
    {
      name: 'an id whose page URL the program pages use',
      files: { 'programs.yaml': ADOPTER_YAML },
      expected:
        'partners/programs.yaml error "programs" is reserved: /partners/programs/ holds the site\'s own pages; rename the file after the organization, e.g. programs-inc.yaml',
    },
    {
      name: 'an id whose page would sit among the logo files',
      files: { 'logos.yaml': ADOPTER_YAML },
      expected:
        'partners/logos.yaml error "logos" is reserved: /partners/logos/ holds the directory\'s logo files; rename the file after the organization, e.g. logos-inc.yaml',
    },
    {
      name: 'invalid UTF-8',
      files: {
        'beta-corp.yaml': Buffer.concat([
          Buffer.from('name: Beta '),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('\n'),
        ]),
      },
      expected: 'partners/beta-corp.yaml error is not valid UTF-8; save the file as UTF-8',
    },
    {
      name: 'a logo path that escapes the partners folder',
      files: async () => ({
        'acme-cloud.yaml': PARTNER_YAML.replace('logo: acme.png', 'logo: ../secret.png'),
        'acme.png': await makePng(),
      }),
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: "../secret.png" points outside the partners folder; put the logo in the partners folder next to the record',
    },
    {
      name: 'an absolute logo path',
      files: async () => ({
        'acme-cloud.yaml': PARTNER_YAML.replace('logo: acme.png', 'logo: /etc/acme.png'),
        'acme.png': await makePng(),
      }),
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: must be a path relative to the record, with forward slashes (got "/etc/acme.png")',
    },
    {
      name: 'a missing logo file',
      files: { 'acme-cloud.yaml': PARTNER_YAML },
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: file "acme.png" does not exist; put the logo next to the record and check the spelling (names are case-sensitive)',
    },
    {
      name: 'a logo that is not really a PNG',
      files: {
        'acme-cloud.yaml': PARTNER_YAML,
        'acme.png': '<html><script>alert(1)</script></html>',
      },
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is not really a PNG or SVG image; export the logo as PNG or SVG; renaming a file does not convert it',
    },
    {
      name: 'an SVG named .png',
      files: {
        'acme-cloud.yaml': PARTNER_YAML,
        'acme.png': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
      },
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is a SVG file with a .png name; rename it to acme.svg and update "logo"',
    },
    {
      name: 'a community partner without its required fields',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('[adopter]', '[community-partner]') },
      expected:
        'partners/beta-corp.yaml:1:1 error description: is required for community partners; add "description:" to the record',
    },
    {
      name: 'a YAML alias bomb',
      files: {
        'beta-corp.yaml': `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n`,
      },
      expected:
        'partners/beta-corp.yaml:2:8 error uses the YAML alias "a"; write the value out in full: records do not allow anchors and aliases',
    },
    {
      name: 'an empty logo file',
      files: { 'acme-cloud.yaml': PARTNER_YAML, 'acme.png': '' },
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is empty; export the logo again as SVG or PNG',
    },
    {
      name: 'a logo file over the size limit, without reading it',
      files: {
        'acme-cloud.yaml': PARTNER_YAML,
        'acme.png': Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(6 * 1024 * 1024),
        ]),
      },
      expected:
        'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is 6.0 MB, over the 5 MB limit; export it smaller, or as SVG',
    },
    {
      name: 'a control character, without blaming tabs',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('Beta Corp', 'Beta\u0007 Corp') },
      expected:
        'partners/beta-corp.yaml:1:11 error is not valid YAML (the stream contains non-printable characters)',
    },
    {
      name: 'a name made of a zero-width space',
      files: { 'beta-corp.yaml': ADOPTER_YAML.replace('name: Beta Corp', 'name: "\\u200B"') },
      expected:
        'partners/beta-corp.yaml:1:7 error name: must not contain invisible or control characters (such as zero-width spaces)',
    },
    {
      name: 'a description with Chinese text only',
      files: async () => ({
        'acme-cloud.yaml': PARTNER_YAML.replace('  en: Managed Karmada control planes.\n', ''),
        'acme.png': await makePng(),
      }),
      expected:
        'partners/acme-cloud.yaml:6:3 error description.en: is required; add "en:" with a value',
    },
    {
      name: 'values nested far too deep',
      files: {
        'beta-corp.yaml': `${ADOPTER_YAML}case_studies: ${'['.repeat(40)}${']'.repeat(40)}\n`,
      },
      expected:
        'partners/beta-corp.yaml:4:34 error nests values more than 20 levels deep; records are flat: check the indentation',
    },
    {
      name: 'a URL with a password in it',
      files: {
        'beta-corp.yaml': ADOPTER_YAML.replace(
          'https://beta.example/',
          'https://user:secret@beta.example/',
        ),
      },
      expected:
        'partners/beta-corp.yaml:2:10 error website: must not contain a user name or password',
    },
    {
      name: 'a repeated field',
      files: { 'beta-corp.yaml': `${ADOPTER_YAML}name: Beta again\n` },
      expected:
        'partners/beta-corp.yaml:4:1 error repeats a field; keep one line per field and delete the other',
    },
  ];

  for (const testCase of cases) {
    it(`refuses ${testCase.name}`, async () => {
      const files = typeof testCase.files === 'function' ? await testCase.files() : testCase.files;
      const { problems, lines } = await problemsFor(files);
      expect(errorsOf(problems).length).toBeGreaterThan(0);
      expect(
        lines.some((line) => line.startsWith(testCase.expected)),
        `expected a line starting with\n  ${testCase.expected}\ngot\n  ${lines.join('\n  ')}`,
      ).toBe(true);
    });
  }

  it('reports every problem of every file in one run', async () => {
    const { lines } = await problemsFor({
      'one.yaml': 'name: One\nwebiste: https://one.example/\nprograms: [adoptr]\n',
      'two.yaml':
        'name: Two\nwebsite: ftp://two.example/\nprograms: [adopter]\nsince: 2024-02-30\n',
    });
    expect(lines).toEqual([
      'partners/one.yaml:1:1 error website: is required; add "website:" with a value',
      'partners/one.yaml:2:1 error webiste: is not a known field; did you mean "website"?',
      'partners/one.yaml:3:12 error programs[0]: must be one of community-partner, adopter (got "adoptr"); did you mean "adopter"?',
      'partners/two.yaml:2:10 error website: must be an absolute https URL (got "ftp://two.example/"); write the full address, e.g. https://example.com/',
      'partners/two.yaml:4:8 error since: must be a date written YYYY-MM-DD (got "2024-02-30"); write the date as YYYY-MM-DD, e.g. 2025-03-01',
    ]);
  });

  it('points at the exact line and column of a nested value, quoted or not', async () => {
    const yaml = `${ADOPTER_YAML}case_studies:\n  - title: Fine\n    url: https://beta.example/ok\n  - title: "Broken"\n    url: 'mailto:x@beta.example'\n`;
    const { lines } = await problemsFor({ 'beta-corp.yaml': yaml });
    expect(lines).toEqual([
      'partners/beta-corp.yaml:8:10 error case_studies[1].url: must be an absolute https URL, or a path on https://karmada.io starting with "/" (got "mailto:x@beta.example"); write the full address, e.g. https://example.com/talk',
    ]);
  });
});

describe('files in the partners folder that are not records', () => {
  it('refuses another extension, a link, an oversized file and a folder named as a logo', async () => {
    const dir = await makePartnersDir({
      'beta.yml': ADOPTER_YAML,
      'acme-cloud.yaml': PARTNER_YAML,
      'big-corp.yaml': `${ADOPTER_YAML}# ${'x'.repeat(300_000)}\n`,
    });
    await mkdir(path.join(dir, 'acme.png'));
    await symlink(path.join(dir, 'big-corp.yaml'), path.join(dir, 'link-corp.yaml'));
    const { problems } = await loadPartners(dir, projectConfig, path.dirname(dir));
    expect(problems.map(formatProblem)).toEqual([
      'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is not a file; name the logo file itself',
      'partners/beta.yml error has the extension ".yml"; rename it to beta.yaml',
      'partners/big-corp.yaml error is 293 KB, far more than a record needs; keep records under 64 KB',
      'partners/link-corp.yaml error is not a regular file; records must be plain files, not links or folders',
    ]);
  });
});

describe('checks across records', () => {
  it('refuses two records of the same organization by name or website, and a shared logo', async () => {
    const png = await makePng();
    const { lines } = await problemsFor({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': png,
      'acme-two.yaml': PARTNER_YAML.replace('name: Acme Cloud', 'name: "  ACME   cloud "').replace(
        'https://acme.example/',
        'https://acme2.example/',
      ),
      'beta-corp.yaml': ADOPTER_YAML,
      'beta-two.yaml': ADOPTER_YAML.replace('Beta Corp', 'Beta Two').replace(
        'https://beta.example/',
        'http://www.beta.example',
      ),
    });
    expect(lines).toContain(
      'partners/acme-two.yaml:1:7 error name: is the same name as in partners/acme-cloud.yaml; keep one record per organization: merge the two files',
    );
    expect(lines).toContain(
      'partners/acme-two.yaml:4:7 error logo: is the same logo file as in partners/acme-cloud.yaml; each organization needs its own logo file',
    );
    expect(lines).toContain(
      'partners/beta-two.yaml:2:10 error website: is the same website as in partners/beta-corp.yaml; keep one record per organization, or give each its own website',
    );
  });

  it('warns about a logo that no record uses, but not about the logo of a record that failed', async () => {
    const png = await makePng();
    const { lines } = await problemsFor({
      'acme-cloud.yaml': PARTNER_YAML.replace('partners@acme.example', 'broken'),
      'acme.png': png,
      'orphan.png': png,
    });
    expect(lines).toContain(
      'partners/orphan.png warning is a logo that no record uses; delete it, or point a record\'s "logo" at orphan.png',
    );
    expect(lines.some((line) => line.startsWith('partners/acme.png'))).toBe(false);
  });
});

describe('names in other languages', () => {
  it('accepts a Chinese name and refuses an English one, an empty map and markup', async () => {
    const withNames = (names: string) =>
      ADOPTER_YAML.replace(/^(name: .*\n)/m, `$1names:\n${names}`);
    const ok = await problemsFor({ 'beta-corp.yaml': withNames('  zh: 贝塔公司\n') });
    expect(ok.lines).toEqual([]);

    const { lines } = await problemsFor({
      'a-corp.yaml': withNames('  en: Beta\n').replace('Beta Corp', 'A Corp'),
      'b-corp.yaml':
        'names: {}\n' +
        ADOPTER_YAML.replace('Beta Corp', 'B Corp').replace(
          /website: .*/,
          'website: https://b.example/',
        ),
      'c-corp.yaml': withNames('  zh: <b>贝塔</b>\n')
        .replace('Beta Corp', 'C Corp')
        .replace(/website: .*/, 'website: https://c.example/'),
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^.*a-corp\.yaml:3:3 error names\.en: is not a known field; known fields here are: zh$/,
      ),
      expect.stringMatching(/^.*b-corp\.yaml:1:8 error names: needs a name for at least one of zh/),
      expect.stringMatching(
        /^.*c-corp\.yaml:3:7 error names\.zh: must be plain text, without HTML tags/,
      ),
    ]);
  });
});
