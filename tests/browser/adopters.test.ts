// What an adopter uses the project for, its case studies and its joined date: on the Adopter
// Group tab, on its own page, and on the adopters list (/adopters/, /zh/adopters/).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import { axeViolations } from './axe.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the adopters tests');

/** Each listed link's text, href, lang and the language mark after it. */
const linksIn = (page: Page, selector: string) =>
  page.$$eval(selector, (items) =>
    items.map((item) => {
      const link = item.querySelector('a')!;
      return {
        text: link.textContent!.trim(),
        href: link.getAttribute('href'),
        lang: link.getAttribute('lang'),
        mark: item.querySelector('.lang-mark')?.textContent ?? null,
      };
    }),
  );

describe.skipIf(!hasChromium())('adopters: usage, case studies, joined date', () => {
  const site = useFixtureSite();

  it('the Adopter Group tab shows what each organization uses it for, under its name', async () => {
    for (const [path, usage] of [
      ['/partners/#adopters', 'Runs its store platform on Karmada across three regions.'],
      ['/zh/partners/#adopters', '在三个地域用 Karmada 运行其门店平台。'],
    ]) {
      const page = await site.open(path);
      const tile = page.locator('#adopter-list > li', { hasText: 'Gamma Retail' });
      // The tab opens once the page's script has read #adopters.
      await tile.locator('.usage').waitFor({ state: 'visible' });
      expect(await tile.locator('.usage').textContent(), path).toBe(usage);
      // Still a quick overview: the usage line does not push the tiles apart.
      const heights = await page.$$eval('#adopter-list > li', (tiles) =>
        tiles.map((tile) => tile.getBoundingClientRect().height),
      );
      expect(Math.max(...heights), path).toBeLessThan(320);
    }
  });

  it("an organization's page shows its usage with its links and code, case studies and joined date", async () => {
    const page = await site.open('/partners/gamma-retail/');
    const usage = page.locator('p.usage');
    expect(await page.getByRole('heading', { name: 'How it uses Karmada' }).isVisible()).toBe(true);
    expect(await usage.textContent()).toBe(
      'Runs its store platform on Karmada across three regions.',
    );
    expect(await usage.getByRole('link', { name: 'store platform' }).getAttribute('href')).toBe(
      'https://gamma-retail.example/platform',
    );
    expect(await usage.locator('code').textContent()).toBe('three');
    // The case study on the project's site resolves against it; the Chinese-only one is marked.
    expect(await linksIn(page, 'section[aria-labelledby="case-studies"] li')).toEqual([
      {
        text: 'Karmada at Gamma Retail',
        href: 'https://karmada.io/docs/casestudies/gamma-retail',
        lang: null,
        mark: null,
      },
      {
        text: '伽马零售多集群之路',
        href: 'https://gamma-retail.example/zh/blog/multi-cluster',
        lang: 'zh-CN',
        mark: '(Chinese)',
      },
    ]);
    const joined = page.getByRole('link', {
      name: 'Joined the Adopter Group on September 2, 2025',
    });
    expect(await joined.getAttribute('href')).toBe(
      'https://karmada.io/blog/2025/09/02/gamma-retail/',
    );
    expect(await joined.locator('time').getAttribute('datetime')).toBe('2025-09-02');
  });

  it('the Chinese page shows the Chinese texts, titles and announcement', async () => {
    const page = await site.open('/zh/partners/gamma-retail/');
    expect(await page.locator('h1').textContent()).toBe('Gamma Retail');
    expect(await page.getByRole('heading', { name: '使用 Karmada 的方式' }).isVisible()).toBe(true);
    expect(await page.locator('p.usage').textContent()).toBe(
      '在三个地域用 Karmada 运行其门店平台。',
    );
    expect(await linksIn(page, 'section[aria-labelledby="case-studies"] li')).toEqual([
      {
        text: '伽马零售的 Karmada 实践',
        href: 'https://karmada.io/zh/docs/casestudies/gamma-retail',
        lang: null,
        mark: null,
      },
      {
        text: '伽马零售多集群之路',
        href: 'https://gamma-retail.example/zh/blog/multi-cluster',
        lang: null,
        mark: null,
      },
    ]);
    const joined = page.getByRole('link', { name: '2025年9月2日加入采用者小组' });
    expect(await joined.getAttribute('href')).toBe(
      'https://karmada.io/zh/blog/2025/09/02/gamma-retail/',
    );
  });

  for (const [path, names, apply, current] of [
    [
      '/adopters/',
      ['Cobalt Systems', 'Gamma Retail', 'Helix Bank'],
      'Join the fixture circle',
      'Adopters',
    ],
    ['/zh/adopters/', ['钴系统', 'Gamma Retail', 'Helix Bank'], '加入测试圈子', '采用者'],
  ] as const) {
    it(`${path} lists every adopter alphabetically with website, usage and case studies, and how to join`, async () => {
      const page = await site.open(path);
      expect(
        await page.$$eval('.members > li h2', (headings) => headings.map((h) => h.textContent)),
      ).toEqual(names);
      expect(await page.$$eval('.members > li', (items) => items.map((item) => item.id))).toEqual([
        'cobalt-systems',
        'gamma-retail',
        'helix-bank',
      ]);
      const gamma = page.locator('#gamma-retail');
      expect(
        await gamma.getByRole('link', { name: 'gamma-retail.example' }).getAttribute('href'),
      ).toBe('https://gamma-retail.example/');
      // The English usage links its store platform; the Chinese text has no link.
      expect(await gamma.locator('.usage a').count()).toBe(path === '/adopters/' ? 1 : 0);
      expect(await gamma.locator('.link-list li').count()).toBe(2);
      expect(await gamma.locator('.joined time').getAttribute('datetime')).toBe('2025-09-02');
      // The way to join is the program page's: its button, its page.
      expect(await page.getByRole('link', { name: apply }).getAttribute('href')).toBe(
        'https://github.com/example-org/project/issues/1',
      );
      // The header's Adopters item is this page (one list, the row and the phone menu); the
      // Partners item is not current here.
      const nav = page.getByRole('navigation').first();
      expect(new Set(await nav.locator('[aria-current="page"]').allTextContents())).toEqual(
        new Set([current]),
      );
      expect(await nav.locator('[aria-current]:not(.language)').count()).toBe(1);
      // Nothing to run: no script beyond the head's one-line marker.
      expect(await page.locator('script[src]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('works without JavaScript: the whole list is there', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/zh/adopters/`);
    expect(await page.locator('.members > li').count()).toBe(3);
    expect(await page.locator('#cobalt-systems .usage').textContent()).toBe(
      '基于 Karmada 构建其发行版的多集群控制面。',
    );
  });
});
