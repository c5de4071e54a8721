import { describe, expect, it } from 'vitest';
import { sitePages } from '../support/build-fixture-site.ts';
import { hasChromium } from '../../tooling/chromium.ts';
import { axeViolations } from './axe.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the accessibility tests');

describe.skipIf(!hasChromium())('accessibility (axe-core)', () => {
  const site = useFixtureSite();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`no violations on any page, ${colorScheme} theme`, async () => {
      const pages = await sitePages(site.outDir);
      // The directory pages again with the other tab shown: axe skips hidden content.
      const directories = pages.filter((path) => /^(\/zh)?\/partners\/$/.test(path));
      const targets = [...pages, ...directories.map((path) => `${path}#adopters`)];
      // Directory, partner and program pages and the adopters list in both languages, 3 404
      // pages, plus the directories on their second tab.
      expect(targets).toEqual(expect.arrayContaining(['/adopters/', '/zh/adopters/']));
      expect(targets.length).toBe(25);

      const page = await site.newPage({ colorScheme });
      const report: string[] = [];
      await page.goto(site.url + targets[0]);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      for (const path of targets) {
        await page.goto(site.url + path);
        for (const violation of await axeViolations(page)) report.push(`${path}: ${violation}`);
      }
      expect(report).toEqual([]);
    });

    it(`no violations on the directory pages as they are without JavaScript, ${colorScheme} theme`, async () => {
      // Not javaScriptEnabled: false, under which axe's own timers never fire: a policy that
      // refuses the page's scripts leaves the page exactly as a visitor without JavaScript gets it.
      const page = await site.newPage({ colorScheme }, { ignoreCspViolations: true });
      await page.route('**/partners/', async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
        });
      });
      const report: string[] = [];
      for (const path of ['/partners/', '/zh/partners/']) {
        await page.goto(site.url + path);
        expect(
          await page.locator('[role="tablist"]').count(),
          'the page scripts did not run (they make the links tabs)',
        ).toBe(0);
        for (const violation of await axeViolations(page)) report.push(`${path}: ${violation}`);
      }
      expect(report).toEqual([]);
    });
  }
});
