// npm run build: builds into a staging folder and only then replaces dist/, so a failed
// build (an invalid record stops it before rendering) never leaves half a site behind.
import { rmSync } from 'node:fs';
import { mkdtemp, rm, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
// Astro keeps the content store in its cache folder and the pages read it back from there:
// each build gets a folder of its own, so builds of different partner folders can run side by
// side (as the tests do). It goes away however the build ends, an invalid record included.
const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'partners-build-cache-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
await rm(staging, { recursive: true, force: true });
try {
  await build({
    outDir: staging,
    cacheDir,
    logLevel: process.env.ASTRO_LOG_LEVEL as 'info' | undefined,
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}
await rm(outDir, { recursive: true, force: true });
await rename(staging, outDir);
console.log(`site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
