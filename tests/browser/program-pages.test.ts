import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../tooling/chromium.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the program page tests');

describe.skipIf(!hasChromium())('program pages, from the tabs and back', () => {
  const site = useFixtureSite();

  const cases = [
    {
      directory: '/partners/',
      tab: 'Community Partners',
      more: 'More about the Fixture Partner Program',
      page: '/partners/programs/partner-program/',
      heading: 'Fixture Partner Program',
      back: '← Community Partners in the directory',
      apply: 'Apply for the fixture',
    },
    {
      directory: '/partners/',
      tab: 'Adopter Group',
      more: 'More about the Fixture Adopter Circle',
      page: '/partners/programs/adopter-circle/',
      heading: 'Fixture Adopter Circle',
      back: '← Adopter Group in the directory',
      apply: 'Join the fixture circle',
    },
    {
      directory: '/zh/partners/',
      tab: '采用者小组',
      more: '进一步了解测试采用者圈子',
      page: '/zh/partners/programs/adopter-circle/',
      heading: '测试采用者圈子',
      back: '← 返回目录中的“采用者小组”',
      apply: '加入测试圈子',
    },
  ];

  for (const { directory, tab, more, page: pagePath, heading, back, apply } of cases) {
    it(`${directory} "${tab}" tab -> ${pagePath} -> back to the tab`, async () => {
      const page = await site.open(directory);
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel', { name: tab });
      // The tab keeps its Apply button next to the link to the whole program.
      expect(await panel.getByRole('link', { name: apply }).isVisible()).toBe(true);
      await panel.getByRole('link', { name: more }).click();
      await page.waitForURL(site.url + pagePath);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.getByRole('link', { name: apply }).isVisible()).toBe(true);

      await page.getByRole('link', { name: back }).click();
      await page.waitForURL(new RegExp(`${directory}#`));
      expect(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('tabpanel', { name: tab }).isVisible()).toBe(true);
    });
  }

  it('switches language on a program page to the same program', async () => {
    const page = await site.open('/partners/programs/partner-program/');
    await page.locator('.language-menu summary').click();
    await page.getByRole('link', { name: '简体中文', exact: true }).click();
    await page.waitForURL(`${site.url}/zh/partners/programs/partner-program/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('测试合作伙伴计划');
  });
});
