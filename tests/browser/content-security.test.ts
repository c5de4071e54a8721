import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { watchCspViolations } from '../support/csp-violations.ts';
import { writeReadmeNetlifyToml } from '../../tooling/readme-netlify-toml.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';
import { addDirectoryInto } from '../../src/deploy/into-site.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/deploy/headers-file.ts';

const FOLDERS = ['/partners/', '/zh/partners/'];

warnIfNoChromium('content security tests');

/** One URL of every kind of page the directory has, in both languages; `notFound` answers 404. */
const PAGE_KINDS = ['', '/zh'].flatMap((prefix) => [
  { path: `${prefix}/partners/`, notFound: false },
  { path: `${prefix}/partners/acme-cloud/`, notFound: false },
  { path: `${prefix}/adopters/`, notFound: false },
  // An organization that does not exist, and a deeper unknown URL (a program page that is not).
  { path: `${prefix}/partners/no-such-org/`, notFound: true },
  { path: `${prefix}/partners/programs/no-such-program/`, notFound: true },
]);

const metaPolicy = (page: Page) =>
  page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

describe.skipIf(!hasChromium())('the Content-Security-Policy and headers', () => {
  const site = useFixtureSite();

  for (const colorScheme of ['light', 'dark'] as const)
    for (const javaScriptEnabled of [true, false])
      it(`no violation on any kind of page, both languages, ${colorScheme} theme, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
        // The fixture site's afterEach fails the test on any violation it saw (console or event).
        for (const kind of PAGE_KINDS) {
          const page = await site.newPage(
            { colorScheme, javaScriptEnabled },
            { allowNotFoundPages: kind.notFound },
          );
          const response = await page.goto(site.url + kind.path);
          expect(response!.status(), kind.path).toBe(kind.notFound ? 404 : 200);
          // Both policies are there: hashes in the page, frame-ancestors in the header.
          const meta = await metaPolicy(page);
          expect(meta, kind.path).toMatch(/script-src 'report-sample'( 'sha256-[\w+/=]+')+;/);
          expect(meta, kind.path).not.toContain('unsafe-inline');
          expect(response!.headers()['content-security-policy'], kind.path).toContain(
            "frame-ancestors 'self'",
          );
          if (javaScriptEnabled && kind.path.endsWith('/partners/'))
            await page.locator('.program-tabs.is-enhanced').waitFor({ timeout: 5000 });
        }
      });

  it('the 404 page says so in the language of its folder, and leads back to the directory', async () => {
    for (const [prefix, heading, back] of [
      ['', 'Page not found', 'Back to Karmada Partners'],
      ['/zh', '页面未找到', '返回 Karmada 合作伙伴'],
    ]) {
      const page = await site.newPage(undefined, { allowNotFoundPages: true });
      const response = await page.goto(`${site.url}${prefix}/partners/no-such-org/`);
      expect(response!.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      // The 404 status keeps it out of search indexes; a noindex would only fail Lighthouse's SEO
      // audit where the page is opened at its own address.
      expect(await page.locator('meta[name="robots"]').count()).toBe(0);
      await page.getByRole('link', { name: back }).click();
      await page.waitForURL(`**${prefix}/partners/`);
      await page.locator('.program-tabs.is-enhanced').waitFor();
    }
  });

  it('hashed files are cached for a year, pages and the feed are revalidated', async () => {
    const head = async (url: string) => (await fetch(`${site.url}${url}`)).headers;
    const feed = await (await fetch(`${site.url}/partners/partners.json`)).json();
    const logos: string[] = feed.partners.flatMap((partner: { logo: { avif: string } | null }) =>
      partner.logo ? [new URL(partner.logo.avif).pathname] : [],
    );
    expect(logos.length).toBeGreaterThan(0);
    for (const logo of logos) expect((await head(logo)).get('cache-control'), logo).toBe(IMMUTABLE);
    for (const url of [
      '/partners/',
      '/zh/partners/',
      '/partners/acme-cloud/',
      '/zh/partners/acme-cloud/',
      '/partners/partners.json',
      '/partners/og-image.png',
      '/partners/sitemap-index.xml',
    ]) {
      const headers = await head(url);
      expect(headers.get('cache-control'), url).toBe(REVALIDATE);
      expect(headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin');
    }
  });

  it('the watch would see a violation, with JavaScript on and off', async () => {
    // A page the policy refuses: proves a quiet run above means no violation, not a deaf watch.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'karmada-csp-probe-'));
    await writeFile(
      path.join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title>
<meta http-equiv="content-security-policy" content="default-src 'none'"></head>
<body><style>p { color: red }</style><script>document.title = 'ran'</script><p>probe</p></body></html>`,
    );
    const server = await serveStatic(dir);
    try {
      for (const javaScriptEnabled of [true, false]) {
        const context = await site.browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const violations = await watchCspViolations(page);
        await page.goto(`${server.url}/`);
        await expect
          .poll(() => violations.length)
          .toBeGreaterThanOrEqual(javaScriptEnabled ? 2 : 1);
        expect(violations.join('\n')).toContain('inline style');
        await context.close();
      }
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasChromium())(
  'the directory merged into karmada.io, with the README headers',
  () => {
    const site = useFixtureSite();
    let merged: string;
    let server: Awaited<ReturnType<typeof serveStatic>>;

    beforeAll(async () => {
      const parent = await mkdtemp(path.join(os.tmpdir(), 'karmada-merged-'));
      merged = path.join(parent, 'build');
      await cp(path.resolve('tests/fixtures/docusaurus-build'), merged, { recursive: true });
      await addDirectoryInto(site.outDir, merged, { folders: FOLDERS, replace: true });
      server = await serveStatic(merged, { netlifyToml: await writeReadmeNetlifyToml(parent) });
    });
    afterAll(async () => {
      await server?.close();
      if (merged) await rm(path.dirname(merged), { recursive: true, force: true });
    });

    it('serves every kind of directory page without a violation; tabs and the language switch work', async () => {
      for (const kind of PAGE_KINDS) {
        const page = await site.newPage(undefined, { allowNotFoundPages: kind.notFound });
        const response = await page.goto(server.url + kind.path);
        expect(response!.status(), kind.path).toBe(kind.notFound ? 404 : 200);
        expect(response!.headers()['content-security-policy'], kind.path).toContain(
          "frame-ancestors 'self'",
        );
      }
      const page = await site.newPage();
      await page.goto(`${server.url}/partners/#adopters`);
      await page.locator('.program-tabs.is-enhanced').waitFor();
      expect(await page.locator('#adopters').isVisible()).toBe(true);
      await page.locator('.language-menu summary').click();
      await page.getByRole('link', { name: '简体中文', exact: true }).click();
      await page.waitForURL('**/zh/partners/#adopters');
      expect(await page.locator('#adopters').isVisible()).toBe(true);
    });
  },
);
