import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium } from '../../tooling/chromium.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { warnIfNoChromium } from './fixture-site.ts';

warnIfNoChromium('the Chinese name search tests');

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

// On the real records: Huawei's record gives `names.zh: 华为`, and a visitor types either.
describe.skipIf(!hasChromium())('searching the real directory by Chinese name', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'real-directory-')), 'dist');
    // The default logo cache: warm after any `npm run build`, so this costs no image work.
    await run(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: outDir, PARTNERS_DIR: path.join(ROOT, 'partners') },
      maxBuffer: 16 * 1024 * 1024,
    });
    server = await serveStatic(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { path: page, shown } of [
    { path: '/partners/', shown: 'Huawei' },
    { path: '/zh/partners/', shown: '华为' },
  ]) {
    it(`华为 and Huawei find the same card on ${page}`, async () => {
      const tab = await browser.newPage();
      await tab.goto(server.url + page);
      const found = () =>
        tab.$$eval('#community-partner-list > li', (cards) =>
          cards.filter((card) => card.checkVisibility()).map((card) => card.id),
        );
      for (const query of ['华为', 'Huawei', 'HUAWEI']) {
        await tab.getByRole('searchbox').fill(query);
        expect(await found(), query).toEqual(['huawei']);
      }
      expect(await tab.locator('#huawei h3').textContent()).toContain(shown);
      // 联通 (China Unicom) finds Unicom Digital Tech by its Chinese name.
      await tab.getByRole('searchbox').fill('联通');
      expect(await found()).toEqual(['unicom-digital-tech']);
      await tab.close();
    });
  }
});
