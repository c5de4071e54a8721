import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import {
  COMMUNITY_PARTNERS,
  useFixtureSite,
  visibleNames,
  warnIfNoChromium,
} from './fixture-site.ts';

warnIfNoChromium('the partner filter tests');

const LIST = 'community-partner-list';

/** What the visitor sees of the filters: the cards, the count, the fields and the URL. */
async function filterState(page: Page) {
  return {
    cards: await visibleNames(page, LIST),
    count: (await page.locator(`[data-count-for="${LIST}"]`).textContent())?.trim(),
    noResults: await page.getByText('No partner matches these filters.').isVisible(),
    fields: {
      q: await page
        .getByRole('searchbox', { name: 'Search by name, service or keyword' })
        .inputValue(),
      service: await page.getByRole('combobox', { name: 'Service' }).inputValue(),
      region: await page.getByRole('combobox', { name: 'Region' }).inputValue(),
    },
    search: await page.evaluate(() => location.search),
  };
}

describe.skipIf(!hasChromium())('community partner filters on /partners/', () => {
  const site = useFixtureSite();

  it('shows every partner and the total, in a polite live region, before any filter', async () => {
    const page = await site.open('/partners/');
    expect(await page.getByRole('search', { name: 'Filter community partners' }).isVisible()).toBe(
      true,
    );
    expect(await filterState(page)).toEqual({
      cards: COMMUNITY_PARTNERS,
      count: '4 partners',
      noResults: false,
      fields: { q: '', service: '', region: '' },
      search: '',
    });
    const count = page.locator(`[data-count-for="${LIST}"]`);
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.isVisible()).toBe(true);
  });

  it('narrows the cards by service, then region, then name, keeping each step in the URL query', async () => {
    const page = await site.open('/partners/');

    await page.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Support' });
    expect(await filterState(page)).toMatchObject({
      cards: ['Acme Cloud', 'Borealis Consulting', 'Cobalt Systems'],
      count: '3 of 4 partners shown',
      search: '?service=support',
    });

    // Borealis serves the whole world (regions: [global]), so it matches China too.
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'China' });
    expect(await filterState(page)).toMatchObject({
      cards: ['Borealis Consulting', 'Cobalt Systems'],
      count: '2 of 4 partners shown',
      search: '?service=support&region=china',
    });

    await page
      .getByRole('searchbox', { name: 'Search by name, service or keyword' })
      .pressSequentially('cob');
    expect(await filterState(page)).toMatchObject({
      cards: ['Cobalt Systems'],
      count: '1 of 4 partners shown',
      search: '?service=support&region=china&q=cob',
    });

    // Enter in the search field must not submit the form and reload the page.
    await page
      .getByRole('searchbox', { name: 'Search by name, service or keyword' })
      .press('Enter');
    expect(await filterState(page)).toMatchObject({
      cards: ['Cobalt Systems'],
      search: '?service=support&region=china&q=cob',
    });
  });

  it('restores the same filtered view from a shared URL', async () => {
    const page = await site.open('/partners/?service=support&region=china&q=cob');
    expect(await filterState(page)).toEqual({
      cards: ['Cobalt Systems'],
      count: '1 of 4 partners shown',
      noResults: false,
      fields: { q: 'cob', service: 'support', region: 'china' },
      search: '?service=support&region=china&q=cob',
    });
  });

  it('ignores filter values in the URL that are not options, such as a stale link', async () => {
    const page = await site.open('/partners/?service=plumbing&region=atlantis');
    expect(await filterState(page)).toMatchObject({
      cards: COMMUNITY_PARTNERS,
      count: '4 partners',
      fields: { q: '', service: '', region: '' },
    });
  });

  it('"Clear filters" shows every partner again and empties the URL query', async () => {
    const page = await site.open(
      '/partners/?service=training&region=americas&q=e#community-partners',
    );
    expect((await filterState(page)).cards).toEqual(['Borealis Consulting', 'Éclair Data']);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect
      .poll(() => filterState(page))
      .toEqual({
        cards: COMMUNITY_PARTNERS,
        count: '4 partners',
        noResults: false,
        fields: { q: '', service: '', region: '' },
        search: '',
      });
    // The tab in the hash survives.
    expect(await page.evaluate(() => location.hash)).toBe('#community-partners');
  });

  it('matches a global partner for every region it offers', async () => {
    const page = await site.open('/partners/');
    const region = page.getByRole('combobox', { name: 'Region' });
    const options = await region
      .locator('option')
      .evaluateAll((items) =>
        items.map((item) => (item as HTMLOptionElement).value).filter(Boolean),
      );
    // Only regions some partner serves are offered, in the vocabulary's order.
    expect(options).toEqual(['global', 'americas', 'europe', 'asia-pacific', 'china']);
    for (const value of options) {
      await region.selectOption(value);
      expect(await visibleNames(page, LIST), value).toContain('Borealis Consulting');
    }
    await region.selectOption('americas');
    expect(await visibleNames(page, LIST)).toEqual(['Borealis Consulting', 'Éclair Data']);
  });

  it('finds names regardless of accents and case, and says so when nothing matches', async () => {
    const page = await site.open('/partners/');
    const search = page.getByRole('searchbox', { name: 'Search by name, service or keyword' });
    await search.fill('ECLAIR');
    expect(await filterState(page)).toMatchObject({
      cards: ['Éclair Data'],
      count: '1 of 4 partners shown',
      noResults: false,
    });

    await search.fill('no such partner');
    expect(await filterState(page)).toMatchObject({
      cards: [],
      count: '0 of 4 partners shown',
      noResults: true,
    });
  });

  it('matches services and description words too, in either language, case and accents ignored', async () => {
    const page = await site.open('/partners/');
    const search = page.getByRole('searchbox', { name: 'Search by name, service or keyword' });
    // A service's label, as the card's badge shows it.
    await search.fill('Training');
    expect((await filterState(page)).cards).toEqual(['Borealis Consulting', 'Éclair Data']);
    // The same service in Chinese, on the English page.
    await search.fill('培训');
    expect((await filterState(page)).cards).toEqual(['Borealis Consulting', 'Éclair Data']);
    // A word of a description, and two words that must both match.
    await search.fill('CERTIFICATION');
    expect((await filterState(page)).cards).toEqual(['Éclair Data']);
    await search.fill('support regulated');
    expect((await filterState(page)).cards).toEqual(['Cobalt Systems']);
    await search.fill('support nowhere-to-be-found');
    expect((await filterState(page)).cards).toEqual([]);
  });

  for (const path of ['/partners/', '/zh/partners/']) {
    it(`finds an organization by its Chinese name and by its English name on ${path}`, async () => {
      const page = await site.open(path);
      const search = page.getByRole('searchbox');
      const shown = path === '/partners/' ? 'Cobalt Systems' : '钴系统';
      for (const query of ['钴系统', 'cobalt']) {
        await search.fill(query);
        expect(await visibleNames(page, LIST), query).toEqual([shown]);
      }
    });
  }

  it('the Search button applies the filters in place, without reloading the page', async () => {
    const page = await site.open('/partners/');
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByRole('searchbox').fill('borealis');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect((await filterState(page)).cards).toEqual(['Borealis Consulting']);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
  });

  it('leaves the adopters alone', async () => {
    const page = await site.open('/partners/?q=acme#adopters');
    expect(await visibleNames(page, 'adopter-list')).toEqual([
      'Cobalt Systems',
      'Gamma Retail',
      'Helix Bank',
    ]);
  });
});
