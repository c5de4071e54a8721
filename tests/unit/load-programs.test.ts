import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problems.ts';
import { loadPrograms } from '../../src/programs/load-programs.ts';
import { projectConfig } from '../support/site-config.ts';

const PARTNER_PAGE = `---
program: community-partner
title: Partner Program
description: Who can join and how.
summary: Partners help users.
apply:
  url: https://example.com/apply
  label: Apply
---

## Benefits

- A benefit.
`;
const ADOPTER_PAGE = PARTNER_PAGE.replace('community-partner', 'adopter');

/** A programs folder of its own: `en/x.md` -> content; the four valid pages unless replaced. */
async function programsDir(files: Record<string, string | undefined> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'program-pages-test-'));
  const dir = path.join(root, 'programs');
  const all: Record<string, string | undefined> = {
    'en/partner-program.md': PARTNER_PAGE,
    'en/adopters.md': ADOPTER_PAGE,
    'zh/partner-program.md': PARTNER_PAGE,
    'zh/adopters.md': ADOPTER_PAGE,
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    if (content === undefined) continue;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function linesFor(files: Record<string, string | undefined>): Promise<string[]> {
  const dir = await programsDir(files);
  const { problems } = await loadPrograms(dir, projectConfig, path.dirname(dir));
  return problems.map(formatProblem);
}

describe('loadPrograms on valid pages', () => {
  it('reads one page per program and language, with its slug, front matter and body', async () => {
    const dir = await programsDir({ 'en/partner-program.md': `\uFEFF${PARTNER_PAGE}` });
    const { pages, problems, fileCount } = await loadPrograms(
      dir,
      projectConfig,
      path.dirname(dir),
    );
    expect(problems).toEqual([]);
    expect(fileCount).toBe(4);
    expect(pages.map((page) => `${page.locale}/${page.slug}:${page.data.program}`)).toEqual([
      'en/adopters:adopter',
      'en/partner-program:community-partner',
      'zh/adopters:adopter',
      'zh/partner-program:community-partner',
    ]);
    const partner = pages[1];
    expect(partner.file).toBe('programs/en/partner-program.md');
    expect(partner.data.apply).toEqual({ url: 'https://example.com/apply', label: 'Apply' });
    expect(partner.body.trim()).toBe('## Benefits\n\n- A benefit.');
  });
});

describe('loadPrograms refuses broken front matter with the file, line and field', () => {
  const cases: { name: string; page: string; expected: string[] }[] = [
    {
      name: 'a misspelt field',
      page: PARTNER_PAGE.replace('summary:', 'sumary:'),
      expected: [
        'programs/en/partner-program.md:2:1 error summary: is required; add "summary:" with a value',
        'programs/en/partner-program.md:5:1 error sumary: is not a known field; did you mean "summary"?',
      ],
    },
    {
      name: 'an unknown program',
      page: PARTNER_PAGE.replace('program: community-partner', 'program: comunity-partner'),
      expected: [
        'programs/en/partner-program.md:2:10 error program: must be one of community-partner, adopter (got "comunity-partner"); did you mean "community-partner"?',
      ],
    },
    {
      name: 'an apply link that is not a web address',
      page: PARTNER_PAGE.replace('https://example.com/apply', 'javascript:alert(1)'),
      expected: [
        'programs/en/partner-program.md:7:8 error apply.url: must be an absolute https URL (got "javascript:alert(1)"); write the full address, e.g. https://example.com/talk',
      ],
    },
    {
      name: 'a description too long for search results',
      page: PARTNER_PAGE.replace('Who can join and how.', 'x'.repeat(161)),
      expected: [
        'programs/en/partner-program.md:4:14 error description: must be at most 160 characters (got 161 characters)',
      ],
    },
    {
      name: 'broken YAML',
      page: PARTNER_PAGE.replace('title: Partner Program', 'title: [Partner Program'),
      expected: [
        expect.stringMatching(
          /^programs\/en\/partner-program\.md:\d+:\d+ error front matter is not valid YAML \(.+\); check the indentation and quoting around this place$/,
        ),
      ] as unknown as string[],
    },
    {
      name: 'no front matter',
      page: '# Partner Program\n',
      expected: [
        'programs/en/partner-program.md:1:1 error does not start with front matter; begin the file with a "---" line, the fields (program, title, description, summary, apply) and another "---" line',
      ],
    },
    {
      name: 'front matter never closed',
      page: PARTNER_PAGE.replace('---\n\n##', '\n##'),
      expected: [
        'programs/en/partner-program.md:1:1 error front matter is not closed; end the fields with a "---" line before the Markdown text',
      ],
    },
    {
      name: 'no text after the front matter',
      page: PARTNER_PAGE.replace(/---\n\n## Benefits[\s\S]*/, '---\n'),
      expected: [
        'programs/en/partner-program.md:10:1 error has no text after its front matter; write the program in Markdown below the closing "---"',
      ],
    },
  ];
  for (const { name, page, expected } of cases) {
    it(name, async () => {
      expect(await linesFor({ 'en/partner-program.md': page })).toEqual(expected);
    });
  }
});

describe('loadPrograms checks the pages together', () => {
  it('wants a page for every program in every language', async () => {
    expect(await linesFor({ 'zh/adopters.md': undefined })).toEqual([
      'programs/zh error has no page for the program "adopter"; add a Markdown file whose front matter says "program: adopter"',
    ]);
  });

  it('refuses two pages for one program', async () => {
    expect(await linesFor({ 'en/more-adopters.md': ADOPTER_PAGE })).toEqual([
      'programs/en/more-adopters.md error program: repeats "adopter", which adopters.md already describes; keep one page per program and language',
    ]);
  });

  it('wants the same file name in every language, since it is the URL', async () => {
    expect(
      await linesFor({ 'zh/adopters.md': undefined, 'zh/adopter-group.md': ADOPTER_PAGE }),
    ).toEqual([
      'programs/zh/adopter-group.md error describes "adopter" under another name than programs/en/adopters.md; rename it to adopters.md: both languages share the page\'s URL',
    ]);
  });

  it('refuses names that cannot be URLs, other files and unknown languages', async () => {
    expect(
      await linesFor({
        'en/Partner_Program.md': undefined,
        'fr/adopters.md': ADOPTER_PAGE,
        'en/notes.txt': 'notes',
        'zh/Bad_Name.md': PARTNER_PAGE,
      }),
    ).toEqual([
      'programs/en/notes.txt error is not a Markdown file; program pages are <name>.md files; move anything else out of this folder',
      'programs/fr error is not the folder of a language of the site; program pages go in en/ or zh/',
      'programs/zh/Bad_Name.md error "Bad_Name" cannot be a page name; name the file in lowercase letters, digits and single hyphens: it becomes the URL',
    ]);
  });

  it('refuses a page that is not UTF-8 and one whose front matter is empty', async () => {
    const dir = await programsDir({ 'zh/adopters.md': '---\n# none yet\n---\n\nText.\n' });
    await writeFile(
      path.join(dir, 'en/adopters.md'),
      Buffer.concat([Buffer.from(ADOPTER_PAGE), Buffer.from([0xc3, 0x28])]),
    );
    const { problems } = await loadPrograms(dir, projectConfig, path.dirname(dir));
    expect(problems.map(formatProblem)).toEqual([
      'programs/en/adopters.md error is not valid UTF-8; save it as UTF-8',
      'programs/zh/adopters.md:2:1 error front matter is empty; write the fields program, title, description, summary and apply between the "---" lines',
    ]);
  });

  it('says when the folder itself is missing', async () => {
    const { problems } = await loadPrograms('/nonexistent/programs', projectConfig, '/');
    expect(problems.map(formatProblem)).toEqual([
      'nonexistent/programs error is not a folder that can be read; pass the folder that holds the program pages, with one folder per language (en, zh)',
    ]);
  });
});
