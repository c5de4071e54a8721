// npm run build: builds into a staging folder and only then replaces dist/, so a failed
// build (an invalid record stops it before rendering) never leaves half a site behind.
import { rm, rename } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
await rm(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL as 'info' | undefined });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}
await rm(outDir, { recursive: true, force: true });
await rename(staging, outDir);
console.log(`site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
