import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../tooling/chromium.ts';
import {
  ADOPTERS,
  COMMUNITY_PARTNERS,
  WITHDRAWN,
  useFixtureSite,
  visibleNames,
  warnIfNoChromium,
} from './fixture-site.ts';

warnIfNoChromium('the no-JavaScript tests');

const PAGES = [
  { path: '/partners/', headings: ['Community Partners', 'Adopter Group'], count: '4 partners' },
  { path: '/zh/partners/', headings: ['社区合作伙伴', '采用者小组'], count: '共 4 个合作伙伴' },
];

describe.skipIf(!hasChromium())('the directory without JavaScript', () => {
  const site = useFixtureSite();

  for (const { path, headings, count } of PAGES) {
    it(`${path} lists every published organization under its program's heading, and not the withdrawn one`, async () => {
      const page = await site.open(path, { javaScriptEnabled: false });

      for (const heading of headings)
        expect(
          await page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(),
        ).toBe(true);
      // Every panel is shown, in order, each list under its own heading.
      // The Chinese page names Cobalt Systems by its Chinese name (names.zh), in the same place.
      const shown = (names: string[]) =>
        path.startsWith('/zh/')
          ? names.map((name) => (name === 'Cobalt Systems' ? '钴系统' : name))
          : names;
      expect(await visibleNames(page, 'community-partner-list')).toEqual(shown(COMMUNITY_PARTNERS));
      expect(await visibleNames(page, 'adopter-list')).toEqual(shown(ADOPTERS));
      expect(await page.locator('#community-partners > h2 ~ #community-partner-list').count()).toBe(
        1,
      );
      expect(await page.locator('#adopters > h2 ~ #adopter-list').count()).toBe(1);

      expect(await page.locator('body').textContent()).not.toContain(WITHDRAWN);
      // The controls that need the script stay out of the way, and the count is still right.
      expect(await page.locator('.tablist').isHidden()).toBe(true);
      expect(await page.locator('[role="tab"], [role="tabpanel"]').count()).toBe(0);
      expect(await page.getByRole('search', { includeHidden: true }).isHidden()).toBe(true);
      expect(await page.locator('[data-count-for="community-partner-list"]').textContent()).toBe(
        count,
      );
    });
  }

  it('a link to #adopters, as on the partner pages, lands on the adopters list', async () => {
    const page = await site.open('/partners/#adopters', { javaScriptEnabled: false });
    expect(
      await page.getByRole('heading', { level: 2, name: 'Adopter Group', exact: true }).isVisible(),
    ).toBe(true);
    // Scrolled to the list: its top near the window's, or as near as the page's end allows.
    const scroll = await page.evaluate(() => ({
      top: document.getElementById('adopters')!.getBoundingClientRect().top,
      atEnd: scrollY > 0 && scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
    }));
    expect(scroll.top < 100 || scroll.atEnd, JSON.stringify(scroll)).toBe(true);
  });
});
