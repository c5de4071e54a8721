import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../tooling/chromium.ts';
import { useFixtureSite, warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the program tabs tests');

/** What a visitor (and a screen reader) gets from the tabs right now. */
function tabsState(page: Page) {
  return page.evaluate(() => ({
    tabs: [...document.querySelectorAll<HTMLElement>('[role="tablist"] [role="tab"]')].map(
      (tab) => ({
        name: tab.textContent!.trim(),
        selected: tab.getAttribute('aria-selected'),
        tabIndex: tab.tabIndex,
      }),
    ),
    shownPanels: [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
      .filter((panel) => panel.checkVisibility())
      .map((panel) => panel.id),
    focused: document.activeElement?.id,
    hash: location.hash,
  }));
}

const COMMUNITY_SELECTED = {
  tabs: [
    { name: 'Community Partners', selected: 'true', tabIndex: 0 },
    { name: 'Adopter Group', selected: 'false', tabIndex: -1 },
  ],
  shownPanels: ['community-partners'],
};
const ADOPTERS_SELECTED = {
  tabs: [
    { name: 'Community Partners', selected: 'false', tabIndex: -1 },
    { name: 'Adopter Group', selected: 'true', tabIndex: 0 },
  ],
  shownPanels: ['adopters'],
};

describe.skipIf(!hasChromium())('program tabs on /partners/', () => {
  const site = useFixtureSite();

  it('opens on Community Partners, the first tab, with only its panel shown', async () => {
    const page = await site.open('/partners/');
    expect(await tabsState(page)).toMatchObject({ ...COMMUNITY_SELECTED, hash: '' });
    expect(await page.getByRole('tablist', { name: 'Programs' }).isVisible()).toBe(true);
    expect(await page.getByRole('tabpanel', { name: 'Community Partners' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('tabpanel', { name: 'Adopter Group', includeHidden: true }).isHidden(),
    ).toBe(true);
    // Each tab names the panel it controls.
    expect(
      await page.getByRole('tab', { name: 'Adopter Group' }).getAttribute('aria-controls'),
    ).toBe('adopters');
  });

  it('moves focus and selection with ArrowRight, ArrowLeft, Home and End, wrapping around, and names the tab in the URL', async () => {
    const page = await site.open('/partners/');
    await page.getByRole('tab', { name: 'Community Partners' }).focus();

    await page.keyboard.press('ArrowRight');
    expect(await tabsState(page)).toMatchObject({
      ...ADOPTERS_SELECTED,
      focused: 'tab-adopters',
      hash: '#adopters',
    });
    await page.keyboard.press('ArrowRight');
    expect(await tabsState(page)).toMatchObject({
      ...COMMUNITY_SELECTED,
      focused: 'tab-community-partners',
      hash: '#community-partners',
    });
    await page.keyboard.press('ArrowLeft');
    expect(await tabsState(page)).toMatchObject({
      ...ADOPTERS_SELECTED,
      focused: 'tab-adopters',
      hash: '#adopters',
    });
    await page.keyboard.press('ArrowLeft');
    expect(await tabsState(page)).toMatchObject({
      ...COMMUNITY_SELECTED,
      focused: 'tab-community-partners',
      hash: '#community-partners',
    });
    await page.keyboard.press('End');
    expect(await tabsState(page)).toMatchObject({
      ...ADOPTERS_SELECTED,
      focused: 'tab-adopters',
      hash: '#adopters',
    });
    await page.keyboard.press('Home');
    expect(await tabsState(page)).toMatchObject({
      ...COMMUNITY_SELECTED,
      focused: 'tab-community-partners',
      hash: '#community-partners',
    });
  });

  it('leaves the tablist with one Tab, into the selected panel', async () => {
    const page = await site.open('/partners/');
    await page.getByRole('tab', { name: 'Community Partners' }).focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id),
    ).toBe('community-partners');

    await page.getByRole('tab', { name: 'Community Partners' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id),
    ).toBe('adopters');
    // Shift+Tab from the panel comes back to the selected tab, not the other one.
    await page.keyboard.press('Shift+Tab');
    expect((await tabsState(page)).focused).toBe('tab-adopters');
  });

  it('draws the focus ring all around the focused tab, not clipped by the tablist', async () => {
    const page = await site.open('/partners/');
    const tab = page.getByRole('tab', { name: 'Community Partners' });
    const box = (await tab.boundingBox())!;
    // Strips just outside the tab's top and left edges, where an outline with an offset is drawn.
    const strips = [
      { x: box.x, y: box.y - 5, width: box.width, height: 4 },
      { x: box.x - 5, y: box.y, width: 4, height: box.height },
    ];
    const unfocused = await Promise.all(strips.map((clip) => page.screenshot({ clip })));
    await page.getByRole('tab', { name: 'Adopter Group' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect((await tabsState(page)).focused).toBe('tab-community-partners');
    const focused = await Promise.all(strips.map((clip) => page.screenshot({ clip })));
    expect(focused.map((shot, index) => shot.equals(unfocused[index]))).toEqual([false, false]);
  });

  it('selects the tab the URL names: #adopters, or the panel holding a linked card', async () => {
    const adopters = await site.open('/partners/#adopters');
    expect(await tabsState(adopters)).toMatchObject({ ...ADOPTERS_SELECTED, hash: '#adopters' });
    expect(await adopters.getByRole('tabpanel', { name: 'Adopter Group' }).isVisible()).toBe(true);

    const card = await site.open('/partners/#eclair-data');
    expect(await tabsState(card)).toMatchObject(COMMUNITY_SELECTED);
    const unknown = await site.open('/partners/#no-such-thing');
    expect(await tabsState(unknown)).toMatchObject(COMMUNITY_SELECTED);
  });

  it('switches on click, and Back and Forward restore the tab shown before', async () => {
    const page = await site.open('/partners/');
    await page.getByRole('tab', { name: 'Adopter Group' }).click();
    expect(await tabsState(page)).toMatchObject({ ...ADOPTERS_SELECTED, hash: '#adopters' });

    await page.goBack();
    expect(await tabsState(page)).toMatchObject({ ...COMMUNITY_SELECTED, hash: '' });
    await page.goForward();
    expect(await tabsState(page)).toMatchObject({ ...ADOPTERS_SELECTED, hash: '#adopters' });
  });

  it("follows a link to a tab from another page, e.g. a partner page's program link", async () => {
    const page = await site.open('/partners/gamma-retail/');
    await page.getByRole('link', { name: 'Adopter Group', exact: true }).click();
    await page.waitForURL('**/partners/#adopters');
    expect(await tabsState(page)).toMatchObject({ ...ADOPTERS_SELECTED, hash: '#adopters' });
  });
});
