import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../tooling/chromium.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the directory layout tests');

describe.skipIf(!hasChromium())('the directory page layout', () => {
  const site = useFixtureSite();

  for (const path of ['/partners/', '/zh/partners/']) {
    it(`${path} fits a phone: every tab in view, no sideways scrolling`, async () => {
      for (const width of [320, 360]) {
        const page = await site.open(path, { viewport: { width, height: 740 } });
        const layout = await page.evaluate(() => {
          const tablist = document.querySelector('[role="tablist"]')!.getBoundingClientRect();
          return {
            pageScrollsSideways: document.documentElement.scrollWidth > innerWidth,
            // Every tab lies inside the tablist, which lies inside the window.
            tabsOutOfView: [...document.querySelectorAll('[role="tab"]')]
              .map((tab) => tab.getBoundingClientRect())
              .filter(
                (tab) =>
                  tab.left < tablist.left || tab.right > tablist.right || tab.right > innerWidth,
              ).length,
          };
        });
        expect(layout, `${width} px wide`).toEqual({
          pageScrollsSideways: false,
          tabsOutOfView: 0,
        });
      }
    });
  }
});
