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
      ['Adopters', 'https://karmada.io/adopters'],
      ['Partners', '/partners/'],
      ['中文 (Read this page in Chinese)', '/zh/partners/'],
      ['GitHub repository', 'https://github.com/karmada-io/karmada'],
    ],
  },
  zh: {
    home: 'https://karmada.io/zh/',
    items: [
      ['文档', 'https://karmada.io/zh/docs/'],
      ['博客', 'https://karmada.io/zh/blog'],
      ['采用者', 'https://karmada.io/zh/adopters'],
      ['合作伙伴', '/zh/partners/'],
      ['English（阅读英文版）', '/partners/'],
      ['GitHub 仓库', 'https://github.com/karmada-io/karmada'],
    ],
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
      ['Adopters', 'https://karmada.io/adopters'],
    ],
  },
  zh: {
    columns: ['文档', '社区', '更多'],
    links: [
      ['快速入门', 'https://karmada.io/zh/docs/'],
      ['CNCF Slack（#karmada 频道）', 'https://slack.cncf.io/'],
      ['GitHub', 'https://github.com/karmada-io/karmada'],
      ['博客', 'https://karmada.io/zh/blog'],
      ['采用者', 'https://karmada.io/zh/adopters'],
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
      expect(await home.locator('img').getAttribute('alt')).toBe('');
      expect(await navLinks(page)).toEqual(HEADER[locale].items);
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
      const logo = page.getByRole('banner').locator('img').first();
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
    const menu = page.getByRole('banner').locator('summary');
    expect(await menu.isVisible()).toBe(true);
    // Tab from the top: skip link, logo and title, then the menu button.
    for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await menu.textContent()).toContain('Menu');
    await page.keyboard.press('Enter');
    expect(await navLinks(page)).toEqual(HEADER.en.items);
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
    await page.getByRole('banner').locator('summary').click();
    expect(await navLinks(page)).toEqual(HEADER.zh.items);
    expect(await page.getByRole('link', { name: '文档' }).isVisible()).toBe(true);
  });

  it('on a wide screen the links are in a row and the menu button is hidden', async () => {
    const page = await site.open('/partners/', { viewport: DESKTOP });
    expect(await page.getByRole('banner').locator('summary').isVisible()).toBe(false);
    const tops = await page
      .locator('nav .wide a')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
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
          if (viewport.width < 400) await page.getByRole('banner').locator('summary').click();
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
