import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../../tooling/run-script.ts';
import { ADOPTER_YAML, PARTNER_YAML, makePartnersDir, makePng } from '../support/temp-partners.ts';

interface BuildResult {
  code: number;
  output: string;
}

/** `npm run build` on a partners folder of its own, into an output folder of its own. */
async function build(
  partnersDir: string,
  outDir: string,
  cacheDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const { code, stdout, stderr } = await runScript('scripts/build.ts', [], {
    env: { PARTNERS_DIR: partnersDir, OUT_DIR: outDir, LOGO_CACHE_DIR: cacheDir, ...env },
  });
  return { code: code ?? -1, output: stdout + stderr };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const tempDir = (prefix: string) => mkdtemp(path.join(os.tmpdir(), `karmada-${prefix}-`));

const WITHDRAWN_YAML = `name: Gone Systems
website: https://gone.example/
programs: [community-partner]
logo: gone.png
description: Used to offer Karmada support.
services: [support]
contact:
  github: gone-systems-ops
status: withdrawn
`;

describe('the built site', () => {
  let partnersDir: string;
  let outDir: string;
  let first: BuildResult;
  let statsFile: string;

  beforeAll(async () => {
    partnersDir = await makePartnersDir({
      'acme-cloud.yaml': `${PARTNER_YAML}since: 2025-03-01\nnames:\n  zh: 艾克米云\n`,
      'acme.png': await makePng(600, 200),
      'beta-corp.yaml': `${ADOPTER_YAML}usage:\n  en: Runs [its shop](https://beta.example/shop) on Karmada.\n  zh: 用 Karmada 运行其商店。\njoined:\n  adopter:\n    date: 2025-09-02\ncase_studies:\n  - title: { en: Beta on Karmada, zh: Beta 的 Karmada 实践 }\n    url: { en: /docs/casestudies/beta, zh: https://karmada.io/zh/docs/casestudies/beta }\n`,
      'gone-systems.yaml': WITHDRAWN_YAML,
      'gone.png': await makePng(300, 300, { margin: 30 }),
    });
    outDir = path.join(await tempDir('out'), 'dist');
    statsFile = path.join(await tempDir('stats'), 'build-stats.jsonl');
    first = await build(partnersDir, outDir, await tempDir('cache'), {
      BUILD_STATS_FILE: statsFile,
    });
  });

  it('builds', () => {
    expect(first.output).toContain('2 organizations published');
    expect(first.code).toBe(0);
  });

  it('writes its figures as one JSON line to BUILD_STATS_FILE, for the benchmark', async () => {
    const lines = (await readFile(statsFile, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
      records: 3,
      published: 2,
      logosEncoded: 2,
      logosCached: 0,
      directoryReadyMs: expect.any(Number),
    });
  });

  it('never publishes a contact, anywhere', async () => {
    for (const file of await listFiles(outDir)) {
      const content = await readFile(path.join(outDir, file), 'latin1');
      expect(content, file).not.toContain('partners@acme.example');
      expect(content, file).not.toContain('gone-systems-ops');
    }
  });

  it('keeps a withdrawn organization out of every page, feed and image', async () => {
    const files = await listFiles(outDir);
    expect(files.some((file) => file.includes('gone'))).toBe(false);
    for (const file of files) {
      expect(await readFile(path.join(outDir, file), 'utf8'), file).not.toContain('Gone Systems');
    }
  });

  it('publishes partners/partners.json with the documented fields and absolute URLs', async () => {
    const feed = JSON.parse(await readFile(path.join(outDir, 'partners/partners.json'), 'utf8'));
    expect(feed.version).toBe(1);
    expect(feed.partners.map((partner: { id: string }) => partner.id)).toEqual([
      'acme-cloud',
      'beta-corp',
    ]);
    const acme = feed.partners[0];
    expect(Object.keys(acme).sort()).toEqual([
      'case_studies',
      'description',
      'id',
      'joined',
      'logo',
      'name',
      'names',
      'page',
      'programs',
      'regions',
      'services',
      'since',
      'usage',
      'website',
    ]);
    expect(acme.description).toEqual({
      en: 'Managed Karmada control planes.',
      zh: '托管的 Karmada 控制面。',
    });
    expect(acme.page).toEqual({
      en: 'https://karmada.io/partners/acme-cloud/',
      zh: 'https://karmada.io/zh/partners/acme-cloud/',
    });
    expect(acme.logo.avif).toMatch(
      /^https:\/\/karmada\.io\/partners\/logos\/acme-cloud-[0-9a-f]{10}\.avif$/,
    );
    expect(existsSync(path.join(outDir, new URL(acme.logo.png).pathname))).toBe(true);
    expect(feed.partners[1].logo).toBeNull();
    // Added within version 1: the name in other languages, {} when the record gives none.
    expect(acme.names).toEqual({ zh: '艾克米云' });
    expect(feed.partners[1].names).toEqual({});
    // Added within version 1: usage (inline Markdown as written), joined, and each case study's
    // languages, its v1 title and url kept as strings, a path on the site made absolute.
    expect(acme.usage).toBeNull();
    expect(acme.joined).toEqual({});
    const beta = feed.partners[1];
    expect(beta.usage).toEqual({
      en: 'Runs [its shop](https://beta.example/shop) on Karmada.',
      zh: '用 Karmada 运行其商店。',
    });
    expect(beta.joined).toEqual({ adopter: { date: '2025-09-02', announcement: null } });
    expect(beta.case_studies).toEqual([
      {
        title: 'Beta on Karmada',
        url: 'https://karmada.io/docs/casestudies/beta',
        languages: {
          en: { title: 'Beta on Karmada', url: 'https://karmada.io/docs/casestudies/beta' },
          zh: { title: 'Beta 的 Karmada 实践', url: 'https://karmada.io/zh/docs/casestudies/beta' },
        },
      },
    ]);
  });

  it("shows both names on the organization's page in both languages, the page's own first", async () => {
    const heading = (html: string) =>
      [
        ...html.matchAll(
          /<h1[^>]*>([^<]*)<\/h1><p class="other-name[^"]*" lang="([^"]+)"[^>]*>([^<]*)</g,
        ),
      ].map((match) => match.slice(1));
    expect(
      heading(await readFile(path.join(outDir, 'partners/acme-cloud/index.html'), 'utf8')),
    ).toEqual([['Acme Cloud', 'zh-CN', '艾克米云']]);
    expect(
      heading(await readFile(path.join(outDir, 'zh/partners/acme-cloud/index.html'), 'utf8')),
    ).toEqual([['艾克米云', 'en', 'Acme Cloud']]);
  });

  it('shows the date an organization joined on its page, in both languages', async () => {
    expect(await readFile(path.join(outDir, 'partners/acme-cloud/index.html'), 'utf8')).toMatch(
      /<time datetime="2025-03-01"[^>]*>March 1, 2025<\/time>/,
    );
    const zh = await readFile(path.join(outDir, 'zh/partners/acme-cloud/index.html'), 'utf8');
    expect(zh).toContain('加入时间');
    expect(zh).toMatch(/<time datetime="2025-03-01"[^>]*>2025年3月1日<\/time>/);
    expect(zh).toContain('托管的 Karmada 控制面。');
  });

  it('gives search engines a sitemap, robots.txt, canonical URLs, hreflang and JSON-LD', async () => {
    const files = await listFiles(outDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'robots.txt',
        'partners/sitemap-index.xml',
        'partners/sitemap-0.xml',
        'partners/og-image.png',
      ]),
    );
    const sitemap = await readFile(path.join(outDir, 'partners/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://karmada.io/zh/partners/acme-cloud/');
    const html = await readFile(path.join(outDir, 'partners/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://karmada.io/partners/">');
    expect(html).toContain(
      '<link rel="alternate" hreflang="zh-CN" href="https://karmada.io/zh/partners/">',
    );
    const jsonLd = JSON.parse(
      html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1],
    );
    expect(
      jsonLd.mainEntity[0].itemListElement.map(
        (item: { item: { name: string } }) => item.item.name,
      ),
    ).toEqual(['Acme Cloud']);
  });

  it('is byte-identical when built again from scratch', async () => {
    const againDir = path.join(await tempDir('out'), 'dist');
    const again = await build(partnersDir, againDir, await tempDir('cache'));
    expect(again.code).toBe(0);
    const files = await listFiles(outDir);
    expect(await listFiles(againDir)).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([
        readFile(path.join(outDir, file)),
        readFile(path.join(againDir, file)),
      ]);
      expect(a.equals(b), `${file} differs between two builds`).toBe(true);
    }
  });
});

describe('a build from invalid records', () => {
  it('stops with the validator messages, no stack trace, and writes nothing', async () => {
    const partnersDir = await makePartnersDir({
      'beta-corp.yaml': ADOPTER_YAML.replace('https://beta.example/', 'javascript:alert(1)'),
    });
    const outParent = await tempDir('out');
    const outDir = path.join(outParent, 'dist');
    const result = await build(partnersDir, outDir, await tempDir('cache'));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /beta-corp\.yaml:2:10 error website: must be an absolute https URL \(got "javascript:alert\(1\)"\)/,
    );
    expect(result.output).toContain('Nothing was built');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(await readdir(outParent)).toEqual([]);
  });

  it('leaves the previous site in place', async () => {
    const partnersDir = await makePartnersDir({ 'beta-corp.yaml': 'name: [broken\n' });
    const outDir = path.join(await tempDir('out'), 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'previous site');
    const result = await build(partnersDir, outDir, await tempDir('cache'));
    expect(result.code).toBe(1);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
