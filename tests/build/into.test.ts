import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE_PARTNERS } from '../support/build-fixture-site.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { runScript } from '../../tooling/run-script.ts';
import { writeReadmeNetlifyToml } from '../../tooling/readme-netlify-toml.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/deploy/headers-file.ts';
import { snapshot } from '../support/snapshot.ts';

const DOCUSAURUS_BUILD = path.resolve('tests/fixtures/docusaurus-build');

interface RunResult {
  code: number;
  output: string;
}

/** `npm run build -- ARGS` on the fixture partners, as a maintainer would run it. */
async function build(args: string[], partnersDir = FIXTURE_SITE_PARTNERS): Promise<RunResult> {
  const { code, stdout, stderr } = await runScript('scripts/build.ts', args, {
    env: {
      PARTNERS_DIR: partnersDir,
      LOGO_CACHE_DIR: path.join(os.tmpdir(), 'karmada-partners-fixture-logo-cache'),
      ASTRO_LOG_LEVEL: 'warn',
    },
  });
  return { code: code ?? -1, output: stdout + stderr };
}

const isDirectoryFile = (file: string) => /^(zh\/)?(partners|adopters)\//.test(file);
// karmada.io's own pages that the directory replaces: the partners page and the adopters list.
const KARMADA_PAGES = [
  'adopters/index.html',
  'partners/index.html',
  'zh/adopters/index.html',
  'zh/partners/index.html',
];

describe("npm run build -- --into DIR, into a folder shaped like karmada.io's build/", () => {
  let site: string;
  let karmada: Record<string, string>;

  beforeAll(async () => {
    site = path.join(await mkdtemp(path.join(os.tmpdir(), 'karmada-into-site-')), 'build');
    await cp(DOCUSAURUS_BUILD, site, { recursive: true });
    karmada = await snapshot(site);
  });
  afterAll(async () => {
    await rm(path.dirname(site), { recursive: true, force: true });
  });

  it("refuses to overwrite karmada.io's own partners and adopters pages, naming them, and changes nothing", async () => {
    const result = await build(['--into', site]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `refusing to overwrite 4 files the directory did not write: ${KARMADA_PAGES.map((file) => path.join(site, file)).join(', ')}`,
    );
    expect(result.output).toContain('pass --replace to overwrite');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(await snapshot(site)).toEqual(karmada);
  });

  it('with --replace adds the directory under partners/ and zh/partners/ and the adopters list only, and says what it added', async () => {
    const result = await build(['--into', site, '--replace']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`added the directory to ${site}:`);
    expect(result.output).toMatch(/ {2}partners\/logos\/ \d+ files/);
    expect(result.output).toMatch(/ {2}zh\/partners\/<page>\/index\.html 6 pages/);
    expect(result.output).toContain('replaced (--replace): partners/index.html');
    expect(result.output).toContain('replaced (--replace): adopters/index.html');
    expect(result.output).toMatch(/ {2}zh\/adopters\/ 1 file\n/);

    const merged = await snapshot(site);
    for (const [file, hash] of Object.entries(karmada))
      if (!KARMADA_PAGES.includes(file)) expect(merged[file], `karmada.io's ${file}`).toBe(hash);
    const added = Object.keys(merged).filter((file) => !(file in karmada));
    expect(added.filter((file) => !isDirectoryFile(file))).toEqual([]);
    expect(added).toEqual(
      expect.arrayContaining([
        'partners/acme-cloud/index.html',
        'zh/partners/acme-cloud/index.html',
        'partners/partners.json',
        'partners/sitemap-index.xml',
        'partners/og-image.png',
        'partners/404.html',
        'zh/partners/404.html',
        'partners/.into-manifest.json',
      ]),
    );
    // The standalone site's root files stay out of karmada.io's folder.
    for (const file of ['_headers', '_redirects', 'robots.txt', '404.html'])
      expect(merged[file], file).toBe(karmada[file]);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toContain(
      '<title>Karmada</title>',
    );
    expect(await readFile(path.join(site, 'partners/index.html'), 'utf8')).toContain(
      'data-program-tabs',
    );
    // The adopters list, from the records, in place of karmada.io's Markdown table.
    const adopters = await readFile(path.join(site, 'zh/adopters/index.html'), 'utf8');
    expect(adopters).toMatch(/<h1[^>]*>Karmada 采用者小组<\/h1>/);
    expect(adopters).toContain('href="/zh/partners/helix-bank/"');
    const manifest = JSON.parse(
      await readFile(path.join(site, 'partners/.into-manifest.json'), 'utf8'),
    );
    expect(manifest.files).toEqual(expect.arrayContaining(KARMADA_PAGES));
  });

  it("links karmada.io's pages root-relative in the merged pages (absolute in the standalone build)", async () => {
    for (const [page, prefix] of [
      ['partners/index.html', ''],
      ['zh/partners/acme-cloud/index.html', '/zh'],
    ]) {
      const html = await readFile(path.join(site, page), 'utf8');
      // A deploy preview of karmada.io keeps its visitors on the preview.
      expect(html, page).not.toMatch(/<a [^>]*href="https:\/\/karmada\.io/);
      for (const href of [`${prefix}/`, `${prefix}/docs/`, `${prefix}/blog`, `${prefix}/adopters/`])
        expect(html, page).toContain(`href="${href}"`);
      // Other sites stay absolute.
      expect(html, page).toContain('href="https://github.com/karmada-io/karmada"');
    }
  });

  it('runs again without --replace, replacing only its own files', async () => {
    const before = await snapshot(site);
    const result = await build(['--into', site]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toContain('replaced (--replace)');
    expect(await snapshot(site)).toEqual(before);
  });

  it('the merged site has no broken internal link from any directory page', async () => {
    const server = await serveStatic(site);
    try {
      const checker = new LinkChecker();
      const result = await checker.check({
        path: [
          '/partners/',
          '/zh/partners/',
          '/adopters/',
          '/zh/adopters/',
          '/partners/404.html',
          '/zh/partners/404.html',
        ].map((page) => `${server.url}${page}`),
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        // Only this site's links: karmada.io's own pages are in the folder, the web is not.
        // The Adopter Group list at /adopters/ comes with the directory's build once it has one.
        linksToSkip: async (link) =>
          !link.startsWith(server.url) ||
          (!existsSync(path.join(site, 'adopters/index.html')) &&
            /^\/(zh\/)?adopters\/$/.test(new URL(link).pathname)),
      });
      const checked = result.links.filter((link) => link.state === LinkState.OK);
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => `${link.parent} -> ${link.url} (${link.status})`);
      expect(broken).toEqual([]);
      // It did crawl: every organization's page in both languages, their logos, the feed.
      const urls = new Set(checked.map((link) => new URL(link.url).pathname));
      for (const page of [
        '/partners/acme-cloud/',
        '/zh/partners/helix-bank/',
        '/partners/partners.json',
      ])
        expect(urls, page).toContain(page);
      expect([...urls].some((url) => url.startsWith('/partners/logos/'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("serves the merged directory with the README's netlify.toml headers", async () => {
    const server = await serveStatic(site, {
      netlifyToml: await writeReadmeNetlifyToml(path.dirname(site)),
    });
    try {
      const headersOf = async (page: string) => {
        const response = await fetch(`${server.url}${page}`);
        return { status: response.status, headers: response.headers };
      };
      const feed = JSON.parse(await readFile(path.join(site, 'partners/partners.json'), 'utf8'));
      const logo = new URL(feed.partners[0].logo.avif).pathname;
      for (const page of [
        '/partners/',
        '/zh/partners/',
        '/partners/acme-cloud/',
        '/zh/partners/acme-cloud/',
        '/partners/partners.json',
        '/adopters/',
        '/zh/adopters/',
        logo,
      ]) {
        const { status, headers } = await headersOf(page);
        expect(status, page).toBe(200);
        expect(headers.get('cache-control'), page).toBe(page === logo ? IMMUTABLE : REVALIDATE);
        expect(headers.get('x-content-type-options'), page).toBe('nosniff');
        expect(headers.get('referrer-policy'), page).toBe('strict-origin-when-cross-origin');
        expect(headers.get('content-security-policy'), page).toContain("frame-ancestors 'self'");
        expect(headers.get('content-security-policy'), page).not.toContain('unsafe-inline');
      }
      // karmada.io's own pages are not the directory's to set headers on.
      const home = await headersOf('/');
      expect(home.headers.get('content-security-policy')).toBeNull();
      // An unknown organization gets the directory's 404 page, in its language.
      const missing = await fetch(`${server.url}/zh/partners/no-such-org/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('页面未找到');
    } finally {
      await server.close();
    }
  });

  it('an invalid record stops it before anything is written', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'karmada-into-broken-'));
    await cp(FIXTURE_SITE_PARTNERS, broken, { recursive: true });
    await cp(
      path.join(DOCUSAURUS_BUILD, 'README.md'), // any non-record text, written over a record
      path.join(broken, 'acme-cloud.yaml'),
    );
    const before = await snapshot(site);
    const result = await build(['--into', site], broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain('acme-cloud.yaml');
    expect(result.output).toContain('Nothing was built');
    expect(await snapshot(site)).toEqual(before);
  });
});
