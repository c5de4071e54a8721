import { describe, expect, it } from 'vitest';
import { sitePages } from '../support/build-fixture-site.ts';
import { hasChromium } from '../../tooling/chromium.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the image tests');

describe.skipIf(!hasChromium())('images', () => {
  const site = useFixtureSite();

  it('no page has a broken image, including lazy ones and those in the hidden tab', async () => {
    const pages = await sitePages(site.outDir);
    const broken: string[] = [];
    let checked = 0;
    const page = await site.newPage();
    for (const path of pages) {
      await page.goto(site.url + path);
      const images = await page.evaluate(async () => {
        // The partners' logos; the site's own header logo is tested with the header.
        const all = [...document.querySelectorAll('main img')] as HTMLImageElement[];
        // Lazy images below the fold or in the hidden panel would otherwise never load.
        for (const image of all) image.loading = 'eager';
        await Promise.all(all.map((image) => image.decode().catch(() => undefined)));
        return all.map((image) => ({
          src: image.currentSrc || image.src,
          complete: image.complete,
          naturalWidth: image.naturalWidth,
          alt: image.getAttribute('alt'),
        }));
      });
      for (const image of images) {
        checked++;
        if (!image.complete || image.naturalWidth === 0) broken.push(`${path}: ${image.src}`);
        // Chromium reads AVIF, so it should get the AVIF source of each <picture>.
        if (!image.src.endsWith('.avif'))
          broken.push(`${path}: ${image.src} is not the AVIF source`);
        if (image.alt === null) broken.push(`${path}: ${image.src} has no alt attribute`);
      }
    }
    expect(broken).toEqual([]);
    // 2 directory pages x (4 cards + 2 adopter logos) + 2 x 5 partner pages with a logo.
    expect(checked).toBe(22);
  });

  it('every image candidate a page offers (AVIF 1x and 2x, PNG fallback) is served as an image', async () => {
    const pages = await sitePages(site.outDir);
    const failures: string[] = [];
    const urls = new Set<string>();
    const page = await site.newPage();
    for (const path of pages) {
      await page.goto(site.url + path);
      // Each srcset candidate is a URL and a descriptor; the browser resolves them against the page.
      const candidates = await page.evaluate(() =>
        [...document.querySelectorAll('img, source, link[rel~="icon"]')].flatMap((element) => {
          const src = element.getAttribute('src') ?? element.getAttribute('href');
          const srcset = (element.getAttribute('srcset') ?? '')
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]);
          return [src, ...srcset]
            .filter((url): url is string => Boolean(url))
            .map((url) => new URL(url, location.href).href);
        }),
      );
      for (const url of candidates) urls.add(url);
    }
    for (const url of urls) {
      const response = await fetch(url);
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith('image/'))
        failures.push(`${url}: HTTP ${response.status} ${type}`);
    }
    expect(failures).toEqual([]);
    // favicon + 5 logos x (AVIF 1x, AVIF 2x, PNG fallback at 2x) + the header logo, light and dark
    expect(urls.size).toBe(18);
  });

  it('an organization without a logo gets a text mark with its initials, not an image', async () => {
    const directory = await site.open('/partners/#adopters');
    const tile = directory.locator('#adopter-list > li', { hasText: 'Helix Bank' });
    expect(await tile.locator('img').count()).toBe(0);
    expect(await tile.locator('.initials').textContent()).toBe('HB');
    expect(await tile.locator('.initials').isVisible()).toBe(true);

    const page = await site.open('/partners/helix-bank/');
    expect(await page.locator('main img').count()).toBe(0);
    // On its own page the heading names the organization; a text mark would only repeat it.
    expect(await page.locator('.text-mark').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Helix Bank' }).isVisible()).toBe(
      true,
    );
  });
});
