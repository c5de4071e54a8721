import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/problems.ts';
import { PIPELINE_SETTINGS, type NormalizedLogo } from './normalize-logo.ts';

/** Where normalized logos are kept between builds; LOGO_CACHE_DIR moves it (CI caches this folder). */
export function logoCacheDir(projectRoot = process.cwd()): string {
  return path.resolve(
    projectRoot,
    process.env.LOGO_CACHE_DIR ||
      path.join('node_modules/.cache', packageName(projectRoot), 'logos'),
  );
}

/** The name in package.json, so two checkouts of different sites keep separate caches. */
function packageName(projectRoot: string): string {
  try {
    const { name } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    return typeof name === 'string' && /^[\w.-]+$/.test(name) ? name : 'partners-directory';
  } catch {
    return 'partners-directory';
  }
}

/** Same source bytes and same pipeline settings give the same key, so the same images. */
export function logoCacheKey(source: Buffer, baseName: string): string {
  return createHash('sha256')
    .update(JSON.stringify(PIPELINE_SETTINGS))
    .update('\0')
    .update(baseName)
    .update('\0')
    .update(source)
    .digest('hex');
}

interface CacheEntry {
  width: number;
  height: number;
  warnings: Problem[];
  images: Omit<NormalizedLogo['images'][number], 'bytes'>[];
}

/** Where an image of a cached logo lies, for pages that serve it without carrying its bytes. */
export const cachedImagePath = (cacheDir: string, key: string, name: string) =>
  path.join(cacheDir, key.slice(0, 2), key, name);

export async function readCachedLogo(
  cacheDir: string,
  key: string,
): Promise<NormalizedLogo | undefined> {
  const entryDir = path.join(cacheDir, key.slice(0, 2), key);
  try {
    const entry = JSON.parse(
      await readFile(path.join(entryDir, 'entry.json'), 'utf8'),
    ) as CacheEntry;
    const images = await Promise.all(
      entry.images.map(async (image) => ({
        ...image,
        bytes: await readFile(path.join(entryDir, image.name)),
      })),
    );
    return { width: entry.width, height: entry.height, warnings: entry.warnings, images };
  } catch {
    return undefined; // a missing or damaged entry is just a miss
  }
}

export async function writeCachedLogo(
  cacheDir: string,
  key: string,
  logo: NormalizedLogo,
): Promise<void> {
  const entryDir = path.join(cacheDir, key.slice(0, 2), key);
  // Written beside, then renamed, so an interrupted build never leaves half an entry.
  const staging = `${entryDir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await Promise.all(
    logo.images.map((image) => writeFile(path.join(staging, image.name), image.bytes)),
  );
  const entry: CacheEntry = {
    width: logo.width,
    height: logo.height,
    warnings: logo.warnings,
    images: logo.images.map(({ bytes: _bytes, ...rest }) => rest),
  };
  await writeFile(path.join(staging, 'entry.json'), JSON.stringify(entry));
  await rm(entryDir, { recursive: true, force: true });
  await rename(staging, entryDir);
}
