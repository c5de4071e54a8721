import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import { axeViolations } from './axe.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the header and footer tests');

// What site.config.yaml configures, as a visitor meets it (karmada.io's navbar and footer).
const HEADER = {
  en: {
    home: 'https://karmada.io/',
    items: [
      ['Documentation', 'https://karmada.io/docs/'],
      ['Blog', 'https://karmada.io/blog'],
      ['Adopters', 'https://karmada.io/adopters/'],
      ['Partners', '/partners/'],
      ['GitHub repository', 'https://github.com/karmada-io/karmada'],
    ],
    otherLanguage: ['简体中文 (Read this page in Chinese)', '/zh/partners/'],
    search: ['Search', 'https://karmada.io/search'],
  },
  zh: {
    home: 'https://karmada.io/zh/',
    items: [
      ['文档', 'https://karmada.io/zh/docs/'],
      ['博客', 'https://karmada.io/zh/blog'],
      ['采用者', 'https://karmada.io/zh/adopters/'],
      ['合作伙伴', '/zh/partners/'],
      ['GitHub 仓库', 'https://github.com/karmada-io/karmada'],
    ],
    otherLanguage: ['English（阅读英文版）', '/partners/'],
    search: ['搜索', 'https://karmada.io/zh/search'],
  },
};
const FOOTER = {
  en: {
    columns: ['Documentation', 'Community', 'More'],
    links: [
      ['Getting Started', 'https://karmada.io/docs/'],
      ['CNCF Slack ( #karmada channel )', 'https://slack.cncf.io/'],
      ['GitHub', 'https://github.com/karmada-io/karmada'],
      ['Blog', 'https://karmada.io/blog'],
      ['Adopters', 'https://karmada.io/adopters/'],
    ],
  },
  zh: {
    columns: ['文档', '社区', '更多'],
    links: [
      ['快速入门', 'https://karmada.io/zh/docs/'],
      ['CNCF Slack（#karmada 频道）', 'https://slack.cncf.io/'],
      ['GitHub', 'https://github.com/karmada-io/karmada'],
      ['博客', 'https://karmada.io/zh/blog'],
      ['采用者', 'https://karmada.io/zh/adopters/'],
    ],
  },
};
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

/** The visible links of the header's navigation: accessible name and href. */
function navLinks(page: Page) {
  return page
    .getByRole('navigation', { name: /^(Main|主导航)$/ })
    .getByRole('link')
    .evaluateAll((links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) => [
          link.getAttribute('aria-label') ?? (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
          link.getAttribute('href'),
        ]),
    );
}

describe.skipIf(!hasChromium())('the site header and footer', () => {
  const site = useFixtureSite();

  for (const locale of ['en', 'zh'] as const) {
    const path = locale === 'en' ? '/partners/' : '/zh/partners/';

    it(`${path}: the logo, title and every header link lead where karmada.io's do`, async () => {
      const page = await site.open(path, { viewport: DESKTOP });
      const home = page.getByRole('banner').getByRole('link', { name: 'Karmada', exact: true });
      expect(await home.getAttribute('href')).toBe(HEADER[locale].home);
      expect(
        await home.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt'))),
      ).toEqual(['', '']);
      expect(await navLinks(page)).toEqual(HEADER[locale].items);
      const search = page.getByRole('banner').locator('a.search');
      expect([(await search.textContent())!.trim(), await search.getAttribute('href')]).toEqual(
        HEADER[locale].search,
      );
    });

    it(`${path}: the language menu lists every language, as karmada.io's does`, async () => {
      const page = await site.open(path, { viewport: DESKTOP });
      const menu = page.getByRole('banner').locator('.language-menu');
      const current = locale === 'en' ? 'English' : '简体中文';
      expect((await menu.locator('summary').textContent())!.trim()).toMatch(
        new RegExp(`^${current}`),
      );
      expect(await menu.getByRole('link').first().isVisible()).toBe(false);
      await menu.locator('summary').click();
      const links = await menu
        .getByRole('link')
        .evaluateAll((items) =>
          items.map((item) => [
            item.textContent,
            item.getAttribute('href'),
            item.getAttribute('aria-current'),
          ]),
        );
      expect(links).toEqual([
        ['English', path.replace('/zh/', '/'), locale === 'en' ? 'true' : null],
        ['简体中文', `/zh${path.replace('/zh/', '/')}`, locale === 'zh' ? 'true' : null],
      ]);
    });

    it(`${path}: the footer has karmada.io's columns, links and copyright lines`, async () => {
      const page = await site.open(path, { viewport: DESKTOP });
      const footer = page.getByRole('contentinfo');
      expect(await footer.getByRole('heading').allTextContents()).toEqual(FOOTER[locale].columns);
      const links = await footer
        .locator('.columns a')
        .evaluateAll((items) =>
          items.map((item) => [item.textContent!.trim(), item.getAttribute('href')]),
        );
      expect(links).toEqual(FOOTER[locale].links);
      const year = new Date().getUTCFullYear();
      const text = (await footer.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(
        `© Karmada Authors ${year} | Documentation Distributed under CC-BY-4.0`,
      );
      expect(text).toContain(`© ${year} The Linux Foundation. All rights reserved.`);
      expect(await footer.getByRole('link', { name: 'Trademark Usage' }).getAttribute('href')).toBe(
        'https://www.linuxfoundation.org/trademark-usage/',
      );
      // English lines on the Chinese page are marked as English for screen readers.
      if (locale === 'zh')
        expect(await footer.locator('.notes p').first().getAttribute('lang')).toBe('en');
    });
  }

  it('marks Partners as the current page on the directory, and as the current section on an organization page', async () => {
    const directory = await site.open('/partners/', { viewport: DESKTOP });
    const current = directory.locator('nav a[aria-current]:visible');
    expect(await current.count()).toBe(1);
    expect([await current.textContent(), await current.getAttribute('aria-current')]).toEqual([
      'Partners',
      'page',
    ]);
    const organization = await site.open('/zh/partners/acme-cloud/', { viewport: DESKTOP });
    const section = organization.locator('nav a[aria-current]:visible');
    expect([await section.textContent(), await section.getAttribute('aria-current')]).toEqual([
      '合作伙伴',
      'true',
    ]);
  });

  it('shows the dark-theme logo in the dark theme and the light one in the light theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.open('/partners/', { colorScheme, viewport: DESKTOP });
      const logo = page.getByRole('banner').locator('a.home img:visible');
      await expect
        .poll(
          () => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      const shown = await logo.evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(shown).toMatch(
        colorScheme === 'dark' ? /\/site\.dark-[0-9a-f]+\.svg$/ : /\/site\.light-[0-9a-f]+\.svg$/,
      );
      expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
  });

  it('on a phone the links sit in a menu that opens and is walked by keyboard', async () => {
    const page = await site.open('/partners/', { viewport: PHONE });
    expect(await navLinks(page)).toEqual([]);
    const menu = page.getByRole('banner').locator('.narrow summary');
    expect(await menu.isVisible()).toBe(true);
    // Tab from the top: skip link, the announcement's link and close button, logo and title,
    // then the menu button.
    for (let step = 0; step < 5; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await menu.getAttribute('aria-label')).toBe('Menu');
    // As on karmada.io's phone navbar: the menu button left of the logo.
    const [button, logo] = await Promise.all([
      menu.boundingBox(),
      page.getByRole('banner').locator('a.home').boundingBox(),
    ]);
    expect(button!.x).toBeLessThan(logo!.x);
    await page.keyboard.press('Enter');
    const phoneItems = [...HEADER.en.items];
    phoneItems.splice(4, 0, HEADER.en.otherLanguage);
    expect(await navLinks(page)).toEqual(phoneItems);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Documentation');
    // Space closes it again, from the button.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    expect(await navLinks(page)).toEqual([]);
  });

  it('the phone menu works without JavaScript', async () => {
    const page = await site.open('/zh/partners/', { viewport: PHONE, javaScriptEnabled: false });
    expect(await navLinks(page)).toEqual([]);
    await page.getByRole('banner').locator('.narrow summary').click();
    const phoneItems = [...HEADER.zh.items];
    phoneItems.splice(4, 0, HEADER.zh.otherLanguage);
    expect(await navLinks(page)).toEqual(phoneItems);
    expect(await page.getByRole('link', { name: '文档' }).isVisible()).toBe(true);
  });

  it('on a wide screen the links are in a row and the menu button is hidden', async () => {
    const page = await site.open('/partners/', { viewport: DESKTOP });
    expect(await page.getByRole('banner').locator('.narrow summary').isVisible()).toBe(false);
    const tops = await page
      .locator('nav .wide a, nav .wide summary')
      .evaluateAll((links) =>
        links
          .filter((link) => link.checkVisibility())
          .map((link) => Math.round(link.getBoundingClientRect().top)),
      );
    expect(new Set(tops).size).toBe(1);
  });

  it('takes the theme a visitor chose on karmada.io (localStorage.theme) from the first paint, and the switch changes it for both', async () => {
    const page = await site.newPage({ colorScheme: 'light', viewport: DESKTOP });
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    });
    // The background as the first frame paints it, before any module script has run.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstPaint: string }).firstPaint = getComputedStyle(
          document.body,
        ).backgroundColor;
      });
    });
    await page.goto(`${site.url}/partners/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    expect(
      await page.evaluate(() => (window as unknown as { firstPaint: string }).firstPaint),
    ).toBe(dark);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const toggle = page
      .getByRole('banner')
      .locator('.tools')
      .getByRole('button', { name: 'Switch between dark and light mode' });
    // The icon shows the theme on screen: the moon in the dark one.
    expect(await toggle.locator('.moon').isVisible()).toBe(true);
    await toggle.click();
    expect(await toggle.locator('.sun').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    expect(await background()).not.toBe(dark);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it("shows karmada.io's announcement above the header until the visitor closes it, here or on karmada.io", async () => {
    const page = await site.open('/partners/', { viewport: DESKTOP });
    const bar = page.locator('.announcement');
    expect((await bar.textContent())!.trim()).toBe(
      '⭐️ If you like Karmada, give it a star on GitHub! ⭐️',
    );
    expect(await bar.getByRole('link', { name: 'GitHub' }).getAttribute('href')).toBe(
      'https://github.com/karmada-io/karmada',
    );
    await bar.getByRole('button', { name: 'Close' }).click();
    expect(await bar.isVisible()).toBe(false);
    // Docusaurus's own key, so one closed on karmada.io stays closed here (and this one there,
    // once the visitor's browser knows karmada.io's announcement).
    expect(await page.evaluate(() => localStorage.getItem('docusaurus.announcement.dismiss'))).toBe(
      'true',
    );
    await page.goto(`${site.url}/zh/partners/`);
    expect(await page.locator('.announcement').isVisible()).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      it(`axe finds nothing at ${viewport.width} px in the ${colorScheme} theme, menu open`, async () => {
        const page = await site.newPage({ colorScheme, viewport });
        const report: string[] = [];
        for (const path of ['/partners/', '/zh/partners/', '/partners/acme-cloud/']) {
          await page.goto(site.url + path);
          if (viewport.width < 400)
            await page.getByRole('banner').locator('.narrow summary').click();
          for (const violation of await axeViolations(page)) report.push(`${path}: ${violation}`);
          // Nothing wider than the screen: no sideways scrolling on a phone.
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} at ${viewport.width} px`,
          ).toBeLessThanOrEqual(viewport.width);
        }
        expect(report).toEqual([]);
      });
    }
  }
});
