import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_SITE_PARTNERS,
  FIXTURE_SITE_PROGRAMS,
  buildFixtureSite,
} from '../support/build-fixture-site.ts';

const run = promisify(execFile);

// From tests/fixtures/site/programs: the fixture's program pages, not the real programs' text.
const APPLY_URL =
  'https://github.com/example-org/community/issues/new?template=partner.yml&title=REQUEST%3A+Fixture+%3CName%3E';
const ADOPTER_APPLY_URL = 'https://github.com/example-org/project/issues/1';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('program pages built from the fixture Markdown', () => {
  let outDir: string;
  const html = (page: string) => readFile(path.join(outDir, page, 'index.html'), 'utf8');

  beforeAll(async () => {
    outDir = await buildFixtureSite();
  });

  it('renders each page from its Markdown, in both languages, under /partners/programs/', async () => {
    const en = await html('partners/programs/partner-program');
    expect(en).toMatch(/<h1[^>]*>Fixture Partner Program<\/h1>/);
    expect(en).toContain('The fixture partner program exists only in tests.');
    expect(en).toMatch(/<h2[^>]*>Benefits<\/h2>/);
    expect(en).toContain('<li>A seat at the fixture round table.</li>');
    expect(en).toContain('<a href="mailto:team@example.com">Contact the fixture team</a>');
    expect(en).toContain('<a href="https://github.com/fixture-maintainer">@fixture-maintainer</a>');
    const zh = await html('zh/partners/programs/partner-program');
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toMatch(/<h1[^>]*>测试合作伙伴计划<\/h1>/);
    expect(zh).toContain('<li>测试圆桌会议上的一个席位。</li>');
    expect(await html('partners/programs/adopter-circle')).toContain(
      'The fixture adopter circle exists only in tests.',
    );
    expect(await html('zh/partners/programs/adopter-circle')).toContain(
      '测试采用者圈子只存在于测试中。',
    );
  });

  // A program page is thousands of pixels tall: painted before all of it has arrived, it would
  // shift sideways when its scrollbar appears (CLS 0.005 at 1x in Lighthouse) without the room.
  it('keeps room for the scrollbar from the first paint, as the directory does', async () => {
    for (const page of [
      'partners/programs/partner-program',
      'zh/partners/programs/partner-program',
    ])
      expect(await html(page)).toMatch(/<html [^>]*class="long"/);
    expect(await html('partners')).toMatch(/<html [^>]*class="long"/);
  });

  it("gives each page an Apply link with the front matter's pre-filled title", async () => {
    for (const page of [
      'partners/programs/partner-program',
      'zh/partners/programs/partner-program',
    ]) {
      const applyLinks = hrefs(await html(page)).filter((href) => href.includes('example-org'));
      expect(applyLinks).toContain(escapeHtml(APPLY_URL));
      const title = new URL(APPLY_URL).searchParams.get('title');
      expect(title).toBe('REQUEST: Fixture <Name>');
    }
    expect(hrefs(await html('partners/programs/adopter-circle'))).toContain(ADOPTER_APPLY_URL);
  });

  it("lists what the directory needs apart, with the schema's limits", async () => {
    const en = await html('partners/programs/partner-program');
    expect(en).toMatch(/<h2 id="directory-needs"[^>]*>What the directory needs<\/h2>/);
    expect(en).toContain('plain text of at most 400 characters');
    const zh = await html('zh/partners/programs/partner-program');
    expect(zh).toMatch(/<h2 id="directory-needs"[^>]*>本目录需要的信息<\/h2>/);
    expect(zh).toContain('不超过 400 个字符');
  });

  it('links tab to page and page back to its tab, in each language', async () => {
    const directory = await html('partners');
    expect(directory).toContain(
      'Fixture partners help fixture users. This summary is shown on the first tab.',
    );
    expect(hrefs(directory)).toEqual(
      expect.arrayContaining([
        '/partners/programs/partner-program/',
        '/partners/programs/adopter-circle/',
        escapeHtml(APPLY_URL),
        ADOPTER_APPLY_URL,
      ]),
    );
    // Each tab links its own program's page.
    const firstTab = directory.slice(
      directory.indexOf('id="community-partners"'),
      directory.indexOf('id="adopters"'),
    );
    expect(hrefs(firstTab)).toContain('/partners/programs/partner-program/');
    expect(hrefs(firstTab)).not.toContain('/partners/programs/adopter-circle/');
    expect(hrefs(directory.slice(directory.indexOf('id="adopters"')))).toContain(
      '/partners/programs/adopter-circle/',
    );
    expect(hrefs(await html('zh/partners'))).toContain('/zh/partners/programs/partner-program/');

    expect(hrefs(await html('partners/programs/partner-program'))).toContain(
      '/partners/#community-partners',
    );
    expect(hrefs(await html('partners/programs/adopter-circle'))).toContain('/partners/#adopters');
    expect(hrefs(await html('zh/partners/programs/adopter-circle'))).toContain(
      '/zh/partners/#adopters',
    );
  });

  it('gives search engines title, description, canonical, hreflang, Open Graph and the sitemap', async () => {
    const en = await html('partners/programs/partner-program');
    expect(en).toContain('<title>Fixture Partner Program · Karmada Partners</title>');
    expect(en).toContain(
      '<meta name="description" content="The fixture\'s partner program, for tests.">',
    );
    expect(en).toContain(
      '<link rel="canonical" href="https://karmada.io/partners/programs/partner-program/">',
    );
    expect(en).toContain(
      '<link rel="alternate" hreflang="zh-CN" href="https://karmada.io/zh/partners/programs/partner-program/">',
    );
    expect(en).toContain(
      '<meta property="og:title" content="Fixture Partner Program · Karmada Partners">',
    );
    const zh = await html('zh/partners/programs/partner-program');
    expect(zh).toContain(
      '<link rel="canonical" href="https://karmada.io/zh/partners/programs/partner-program/">',
    );
    expect(zh).toContain('<meta property="og:locale" content="zh_CN">');
    const sitemap = await readFile(path.join(outDir, 'partners/sitemap-0.xml'), 'utf8');
    for (const url of [
      'https://karmada.io/partners/programs/partner-program/',
      'https://karmada.io/zh/partners/programs/adopter-circle/',
    ])
      expect(sitemap).toContain(`<loc>${url}</loc>`);
  });
});

describe('a build with a broken program page', () => {
  it('stops with file:line:col and the field, no stack trace, and writes nothing', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'program-pages-broken-'));
    const programs = path.join(work, 'programs');
    await cp(FIXTURE_SITE_PROGRAMS, programs, { recursive: true });
    const file = path.join(programs, 'zh', 'partner-program.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('  label: 申请加入测试计划\n', '  lable: 申请\n'),
    );
    const outDir = path.join(work, 'dist');
    const result = await run(process.execPath, ['scripts/build.ts'], {
      env: {
        ...process.env,
        PARTNERS_DIR: FIXTURE_SITE_PARTNERS,
        PROGRAMS_DIR: programs,
        OUT_DIR: outDir,
        LOGO_CACHE_DIR: path.join(os.tmpdir(), 'karmada-partners-fixture-logo-cache'),
      },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const output = `${result.stdout}${result.stderr}`;
    expect('code' in result && result.code).toBe(1);
    const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
    expect(output).toContain(
      `${shown}:8:3 error apply.lable: is not a known field; did you mean "label"?`,
    );
    expect(output).toContain(`${shown}:7:3 error apply.label: is required`);
    expect(output).toContain('Nothing was built');
    expect(output).not.toMatch(/\n\s+at /);
    expect(await readdir(work)).toEqual(['programs']);
  });
});
