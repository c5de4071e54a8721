import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_SITE, siteFiles, sitePages } from '../support/build-fixture-site.ts';
import { hasChromium } from '../../tooling/chromium.ts';
import { axeViolations } from './axe.ts';
import { useFixtureSite, visibleNames, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the second-configuration smoke test');

// The same code with tests/fixtures/other-site/site.config.yaml: another project, three
// programs, English only. Nothing of the project's own configuration may show through.
describe.skipIf(!hasChromium())('a second site configuration', () => {
  const site = useFixtureSite(OTHER_SITE);

  it('builds its own pages, in its one language, with nothing of the other project', async () => {
    expect(await sitePages(site.outDir)).toEqual([
      '/404.html',
      '/partners/404.html',
      '/partners/',
      '/partners/orbit-labs/',
      '/partners/pine-academy/',
      '/partners/programs/certified-providers/',
      '/partners/programs/end-users/',
      '/partners/programs/training-partners/',
      '/partners/quartz-foods/',
      '/partners/rill-systems/',
    ]);
    for (const file of await siteFiles(site.outDir)) {
      if (!/\.(html|json|xml|txt)$/.test(file)) continue;
      const text = await readFile(path.join(site.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/karmada/i);
    }
    const feed = JSON.parse(
      await readFile(path.join(site.outDir, 'partners/partners.json'), 'utf8'),
    );
    expect(feed.url).toBe('https://nimbus.example/partners/');
    expect(feed.partners[0].page).toEqual({ en: 'https://nimbus.example/partners/orbit-labs/' });
  });

  it('shows its three programs as tabs, each listed its own way', async () => {
    const page = await site.open('/partners/');
    expect(await page.title()).toBe('Nimbus Mesh Partners');
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      'Certified Providers',
      'Training Partners',
      'End Users',
    ]);
    // English only: no language switch.
    expect(await page.locator('a.language, .language-menu').count()).toBe(0);
    expect(await visibleNames(page, 'certified-provider-list')).toEqual([
      'Orbit Labs',
      'Rill Systems',
    ]);

    await page
      .getByLabel('Service', { exact: true })
      .first()
      .selectOption({ label: 'Managed mesh' });
    expect(await visibleNames(page, 'certified-provider-list')).toEqual(['Orbit Labs']);

    await page.getByRole('tab', { name: 'Training Partners' }).click();
    expect(new URL(page.url()).hash).toBe('#training');
    expect(await visibleNames(page, 'training-partner-list')).toEqual(['Pine Academy']);

    await page.getByRole('tab', { name: 'End Users' }).click();
    expect(await visibleNames(page, 'end-user-list')).toEqual(['Orbit Labs', 'Quartz Foods']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("labels a partner's page with this project's programs and vocabularies", async () => {
    const page = await site.open('/partners/orbit-labs/');
    expect(await page.title()).toBe('Orbit Labs · Nimbus Mesh Partners');
    const details = await page.locator('dl').innerText();
    expect(details).toContain('Certified Providers · End Users');
    expect(details).toContain('Managed mesh · Security audits');
    expect(details).toContain('Northern hemisphere');
    expect(await page.locator('.site-footer').innerText()).toContain(
      'Nimbus Mesh is an imaginary project',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
