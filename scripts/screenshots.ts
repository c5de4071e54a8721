// Takes full-page screenshots of the built site in both languages and themes, and at phone width.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '../tooling/static-server.ts';
import { launchChromium } from '../tooling/chromium.ts';
import { readCommandLine } from './cli.ts';

const USAGE =
  'usage: npm run screenshots [-- OUT_DIR]   (default screenshots/; builds nothing: run npm run build first)';
const [out = 'screenshots'] = readCommandLine(USAGE, {}, { positionals: 1 }).positionals;
const outDir = path.resolve(out);
await mkdir(outDir, { recursive: true });
const site = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
const SHOTS = [
  { name: 'partners-en', url: '/partners/' },
  { name: 'partners-zh', url: '/zh/partners/' },
  { name: 'adopters-en', url: '/partners/#adopters' },
  { name: 'partner-page-en', url: '/partners/daocloud/' },
];
try {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const { name, url } of SHOTS)
      for (const width of [1280, 360]) {
        const viewport = { width, height: 900 };
        const page = await browser.newPage({ colorScheme, viewport, deviceScaleFactor: 1 });
        await page.goto(site.url + url, { waitUntil: 'networkidle' });
        // A full-page shot never scrolls, so lazy images below the fold would stay blank.
        await page.evaluate(async () => {
          const images = [...document.images];
          for (const image of images) image.loading = 'eager';
          await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
        });
        const file = path.join(outDir, `${name}-${colorScheme}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
} finally {
  await browser.close();
  await site.close();
}
