import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../tooling/chromium.ts';
import { runScript } from '../../tooling/run-script.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { FIXTURE_SITE_PARTNERS } from '../support/build-fixture-site.ts';
import { buildDocusaurusSite } from '../support/docusaurus-site.ts';
import { snapshot } from '../support/snapshot.ts';
import { warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium("the tests on karmada.io's Docusaurus build");

// karmada.io's Docusaurus configuration, patched with host/karmada-website.patch and built by
// Docusaurus 3 (link check on), then the directory added with `npm run build -- --into`.

/** The desktop navbar's left items as Docusaurus drew them: text and every attribute. */
function navbarItems(page: Page) {
  return page
    .locator('.navbar__items:not(.navbar__items--right) > a.navbar__item')
    .evaluateAll((links) =>
      links.map((link) => ({
        text: link.textContent,
        attributes: Object.fromEntries(
          [...link.attributes].map((attribute) => [attribute.name, attribute.value]),
        ),
        icons: link.querySelectorAll('svg').length,
      })),
    );
}

const LOCALES = {
  en: { prefix: '', labels: ['Documentation', 'Blog', 'Adopters', 'Partners'] },
  zh: { prefix: '/zh', labels: ['文档', '博客', '采用者', '合作伙伴'] },
};

describe.skipIf(!hasChromium())(
  "the directory merged into karmada.io's real Docusaurus build",
  () => {
    let site = '';
    let host: Record<string, string> = {};
    let server: Awaited<ReturnType<typeof serveStatic>>;
    let browser: Browser;
    let intoOutput = '';

    beforeAll(async () => {
      const built = await buildDocusaurusSite();
      site = path.join(await mkdtemp(path.join(os.tmpdir(), 'karmada-docusaurus-host-')), 'build');
      await cp(built, site, { recursive: true });
      host = await snapshot(site);
      const run = await runScript('scripts/build.ts', ['--into', site], {
        env: {
          PARTNERS_DIR: FIXTURE_SITE_PARTNERS,
          LOGO_CACHE_DIR: path.join(os.tmpdir(), 'karmada-partners-fixture-logo-cache'),
          ASTRO_LOG_LEVEL: 'warn',
        },
      });
      intoOutput = run.stdout + run.stderr;
      expect(run.code, intoOutput).toBe(0);
      server = await serveStatic(site);
      browser = await launchChromium();
    }, 600_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (site) await rm(path.dirname(site), { recursive: true, force: true });
    });

    const open = async (url: string, width = 1280) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(server.url + url);
      return page;
    };

    it('Docusaurus built karmada.io without its partners and adopters pages, and --into changed none of its files', async () => {
      for (const file of ['partners/index.html', 'zh/partners/index.html', 'adopters/index.html'])
        expect(host[file], file).toBeUndefined();
      expect(host['docs/index.html']).toBeDefined();
      expect(host['zh/docs/index.html']).toBeDefined();
      const merged = await snapshot(site);
      for (const [file, hash] of Object.entries(host))
        expect(merged[file], `karmada.io's ${file}`).toBe(hash);
      const added = Object.keys(merged).filter((file) => !(file in host));
      expect(added.filter((file) => !/^(zh\/)?(partners|adopters)\//.test(file))).toEqual([]);
      expect(added).toContain('partners/index.html');
      expect(added).toContain('zh/partners/index.html');
    });

    for (const { prefix, labels } of Object.values(LOCALES)) {
      it(`${prefix}/docs/: Partners and Adopters are drawn like Documentation and Blog, and lead to ${prefix}/partners/ and ${prefix}/adopters/`, async () => {
        const page = await open(`${prefix}/docs/`);
        const items = await navbarItems(page);
        expect(items.map((item) => item.text)).toEqual(labels);
        const blog = items[1]!;
        expect(blog.attributes).toEqual({
          class: 'navbar__item navbar__link',
          href: `${prefix}/blog`,
        });
        for (const [item, href] of [
          [items[2]!, `${prefix}/adopters/`],
          [items[3]!, `${prefix}/partners/`],
        ] as const) {
          // The page's own tab: target="_top" is what keeps Docusaurus's router out of it.
          expect(item.attributes, item.text!).toEqual({ ...blog.attributes, href, target: '_top' });
          expect(item.icons, item.text!).toBe(0);
        }
        const footerAdopters = page.locator('.footer__link-item', { hasText: labels[2]! });
        expect(await footerAdopters.getAttribute('href')).toBe(`${prefix}/adopters/`);
        expect(await footerAdopters.locator('svg').count()).toBe(0);
        expect(await footerAdopters.getAttribute('rel')).toBeNull();
        await page.close();
      });

      it(`${prefix}/docs/: clicking ${labels[3]} loads the directory, whose ${labels[0]} leads back to Docusaurus`, async () => {
        const page = await open(`${prefix}/docs/`);
        // Docusaurus has hydrated: its router would catch a plain link now, if it were going to.
        await page.waitForFunction(() => 'docusaurus' in window);
        await Promise.all([
          page.waitForURL(`${server.url}${prefix}/partners/`),
          page.locator('.navbar__items > a', { hasText: labels[3]! }).click(),
        ]);
        await page.locator('[data-program-tabs]').waitFor();
        expect(await page.title()).not.toMatch(/Page Not Found|找不到页面/);
        await Promise.all([
          page.waitForURL(`${server.url}${prefix}/docs/`),
          page
            .getByRole('banner')
            .getByRole('link', { name: labels[0], exact: true })
            .first()
            .click(),
        ]);
        await page.locator('.navbar').waitFor();
        await page.close();
      });
    }

    /** Where the header's parts sit: the bar's top and height, each navigation item's left edge. */
    const headerLayout = (page: Page, itemSelector: string) =>
      page.evaluate((selector) => {
        const bar = document
          .querySelector('nav.navbar, header.site-header')!
          .getBoundingClientRect();
        const items = [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((item) => item.checkVisibility())
          .map(
            (item) =>
              [item.textContent!.trim(), Math.round(item.getBoundingClientRect().x)] as const,
          )
          .sort((a, b) => a[1] - b[1]);
        return { top: Math.round(bar.top), height: Math.round(bar.height), items };
      }, itemSelector);

    for (const width of [1280, 360])
      for (const [locale, { prefix }] of Object.entries(LOCALES))
        it(`at ${width} px the directory's header sits where karmada.io's does (${locale})`, async () => {
          const docs = await open(`${prefix}/docs/`, width);
          const host = await headerLayout(
            docs,
            width > 996
              ? '.navbar__items:not(.navbar__items--right) > a.navbar__item'
              : '.navbar__inner .navbar__toggle, .navbar__inner .navbar__brand',
          );
          const directory = await open(`${prefix}/partners/`, width);
          const ours = await headerLayout(
            directory,
            width > 996 ? 'nav .wide .links > li > a:not(.repository)' : '.narrow summary, a.home',
          );
          expect({ top: ours.top, height: ours.height }).toEqual({
            top: host.top,
            height: host.height,
          });
          expect(ours.items.length).toBe(host.items.length);
          ours.items.forEach(([label, x], index) => {
            const [hostLabel, hostX] = host.items[index]!;
            if (width > 996) expect(label).toBe(hostLabel);
            expect(
              Math.abs(Number(x) - Number(hostX)),
              `${label} at ${x} px, karmada.io's at ${hostX} px`,
            ).toBeLessThanOrEqual(3);
          });
          await Promise.all([docs.close(), directory.close()]);
        });

    it('every link between karmada.io and the directory resolves, both ways', async () => {
      const checker = new LinkChecker();
      const result = await checker.check({
        path: ['/docs/', '/zh/docs/', '/partners/', '/zh/partners/'].map(
          (page) => server.url + page,
        ),
        recurse: true,
        concurrency: 8,
        linksToSkip: async (link) => !link.startsWith(server.url),
      });
      // The Adopter Group list at /adopters/ is written by the directory's build once it has one
      // (issue 18); until then karmada.io's Adopters items lead to a page no build writes.
      const adoptersBuilt = existsSync(path.join(site, 'adopters/index.html'));
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => new URL(link.url).pathname)
        .filter((url) => adoptersBuilt || !/^(\/zh)?\/adopters\/$/.test(url));
      expect([...new Set(broken)]).toEqual([]);
      const checked = new Set(
        result.links
          .filter((link) => link.state === LinkState.OK)
          .map((link) => new URL(link.url).pathname),
      );
      // Host to directory, directory to host, in both languages.
      for (const url of ['/partners/', '/zh/partners/', '/docs/', '/zh/docs/', '/blog', '/zh/blog'])
        expect(checked, url).toContain(url);
    });
  },
);
