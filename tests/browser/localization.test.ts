import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the localization tests');

const cardDescription = (page: Page, id: string) =>
  page.locator(`#${id} .description`).textContent();
/** The language an element's text is in, as assistive technology determines it: the nearest lang attribute. */
const textLanguage = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));

describe.skipIf(!hasChromium())('the Chinese pages', () => {
  const site = useFixtureSite();

  it('/zh/partners/ is in Chinese, with Chinese tab labels, Community Partners first', async () => {
    const page = await site.open('/zh/partners/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('Karmada 合作伙伴');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Karmada 合作伙伴');
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents().then((names) => names.map((name) => name.trim()))).toEqual([
      '社区合作伙伴',
      '采用者小组',
    ]);
    expect(
      await page.getByRole('tab', { name: '社区合作伙伴' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await page.getByRole('tabpanel', { name: '社区合作伙伴' }).isVisible()).toBe(true);
    expect(await page.locator('[data-count-for="community-partner-list"]').textContent()).toBe(
      '共 4 个合作伙伴',
    );
    expect(await page.getByRole('button', { name: '清除筛选' }).isVisible()).toBe(true);
  });

  it("shows a record's Chinese description, and its English one where it has no Chinese", async () => {
    const page = await site.open('/zh/partners/');
    expect(await cardDescription(page, 'acme-cloud')).toBe(
      '提供托管的 Karmada 控制面和全天候多集群技术支持。',
    );
    expect(await cardDescription(page, 'cobalt-systems')).toBe(
      '面向受监管行业、提供长期支持的 Karmada 发行版。',
    );
    expect(await cardDescription(page, 'borealis-consulting')).toBe(
      'Karmada architecture reviews, migrations and hands-on training for platform teams.',
    );
    // Screen readers read each text in its own language (WCAG 3.1.2): the English fallback is marked.
    expect(await textLanguage(page, '#borealis-consulting .description')).toBe('en');
    expect(await textLanguage(page, '#acme-cloud .description')).toBe('zh-CN');
    // Vocabulary is translated on the cards too.
    expect(await page.locator('#acme-cloud .badge').allTextContents()).toEqual([
      '技术支持',
      '云服务',
    ]);

    const english = await site.open('/partners/');
    expect(await english.locator('html').getAttribute('lang')).toBe('en');
    expect(await cardDescription(english, 'acme-cloud')).toBe(
      'Managed Karmada control planes and round-the-clock support for multi-cluster fleets.',
    );
  });

  it('filters in Chinese, with the count in Chinese', async () => {
    const page = await site.open('/zh/partners/?region=americas');
    expect(await page.locator('[data-count-for="community-partner-list"]').textContent()).toBe(
      '显示 2 个，共 4 个合作伙伴',
    );
    expect(
      await page.getByRole('combobox', { name: '地区' }).locator('option:checked').textContent(),
    ).toBe('美洲');
  });

  it('partner pages are in Chinese, with the English description as fallback, and link within /zh/', async () => {
    const acme = await site.open('/zh/partners/acme-cloud/');
    expect(await acme.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await acme.locator('.description').textContent()).toBe(
      '提供托管的 Karmada 控制面和全天候多集群技术支持。',
    );
    expect(await acme.getByText('所属计划').isVisible()).toBe(true);
    expect(await acme.getByRole('link', { name: '全部合作伙伴' }).getAttribute('href')).toBe(
      '/zh/partners/',
    );

    const borealis = await site.open('/zh/partners/borealis-consulting/');
    expect(await borealis.locator('.description').textContent()).toBe(
      'Karmada architecture reviews, migrations and hands-on training for platform teams.',
    );
    expect(await textLanguage(borealis, '.description')).toBe('en');

    const directory = await site.open('/zh/partners/');
    await directory.getByRole('link', { name: '关于 Éclair Data' }).click();
    await directory.waitForURL('**/zh/partners/eclair-data/');
    expect(await directory.getByRole('heading', { level: 1 }).textContent()).toBe('Éclair Data');
  });

  it('switches language on the same page, both ways', async () => {
    const page = await site.open('/partners/cobalt-systems/');
    // The language menu, as on karmada.io: the current language, then every language.
    await page.locator('.language-menu summary').click();
    await page.getByRole('link', { name: '简体中文', exact: true }).click();
    await page.waitForURL('**/zh/partners/cobalt-systems/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.locator('.language-menu summary').click();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL('**/partners/cobalt-systems/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('keeps the selected tab and the filters when switching language', async () => {
    const page = await site.open('/partners/?service=training#adopters');
    await page.locator('.language-menu summary').click();
    await page.getByRole('link', { name: '简体中文', exact: true }).click();
    await page.waitForURL('**/zh/partners/**');
    const url = new URL(page.url());
    expect([url.pathname, url.search, url.hash]).toEqual([
      '/zh/partners/',
      '?service=training',
      '#adopters',
    ]);
    expect(await page.getByRole('tab', { name: '采用者小组' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.locator('select[name="service"]').inputValue()).toBe('training');
  });

  it('the site root and /zh/ lead to the directory in their language', async () => {
    const root = await site.open('/');
    await root.waitForURL('**/partners/');
    expect(new URL(root.url()).pathname).toBe('/partners/');
    const zh = await site.open('/zh/');
    await zh.waitForURL('**/zh/partners/');
    expect(new URL(zh.url()).pathname).toBe('/zh/partners/');
  });
});
