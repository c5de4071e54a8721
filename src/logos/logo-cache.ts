import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
    if (typeof name === 'string' && /^[\w.-]+$/.test(name)) return name;
  } catch {}
  return 'partners-directory';
}

/** Same source bytes and same pipeline settings give the same key, so the same images. */
export function logoCacheKey(source: Buffer, baseName: string): string {
  const settings = `${JSON.stringify(PIPELINE_SETTINGS)}\0${baseName}\0`;
  return createHash('sha256').update(settings).update(source).digest('hex');
}

const entryDir = (cacheDir: string, key: string) => path.join(cacheDir, key.slice(0, 2), key);

/** Where an image of a cached logo lies, for pages that serve it without carrying its bytes. */
export const cachedImagePath = (cacheDir: string, key: string, name: string) =>
  path.join(entryDir(cacheDir, key), name);

export async function readCachedLogo(cacheDir: string, key: string) {
  try {
    // entry.json is the logo without its images' bytes, which lie beside it.
    const entry: NormalizedLogo = JSON.parse(
      await readFile(cachedImagePath(cacheDir, key, 'entry.json'), 'utf8'),
    );
    for (const image of entry.images)
      image.bytes = await readFile(cachedImagePath(cacheDir, key, image.name));
    return entry;
  } catch {
    return undefined; // a missing or damaged entry is just a miss
  }
}

export async function writeCachedLogo(cacheDir: string, key: string, logo: NormalizedLogo) {
  const entry = entryDir(cacheDir, key);
  // Written beside, then renamed, so an interrupted build never leaves half an entry.
  const staging = `${entry}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const image of logo.images) await writeFile(path.join(staging, image.name), image.bytes);
  const images = logo.images.map(({ bytes: _bytes, ...rest }) => rest);
  await writeFile(path.join(staging, 'entry.json'), JSON.stringify({ ...logo, images }));
  await rm(entry, { recursive: true, force: true });
  await rename(staging, entry);
}
