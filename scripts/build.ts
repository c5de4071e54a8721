// Builds into a staging folder and only then replaces dist/ (or adds the directory to DIR), so a
// failed build (an invalid record stops it before rendering) never leaves half a site behind.
import { rmSync } from 'node:fs';
import { mkdtemp, rm, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import { readCommandLine, refuse } from './cli.ts';
import { routesFor } from '../src/site/locale-routes.ts';
import { projectConfig } from './project-config.ts';
import {
  IntoError,
  addDirectoryInto,
  checkSiteDir,
  describeWritten,
} from '../src/deploy/into-site.ts';
import { INTO_HOST_ENV } from '../src/deploy/host-links.ts';

const USAGE = `usage: npm run build [-- --into DIR [--replace]]
  (no option)  build the standalone site into dist/ (or OUT_DIR)
  --into DIR   add the directory (partners/ and the other languages' partners/ only) to the already built site in DIR
  --replace    with --into: overwrite files in DIR that the directory did not write itself`;

const { values: options } = readCommandLine(USAGE, {
  into: { type: 'string' },
  replace: { type: 'boolean' },
});
if (options.replace && options.into === undefined)
  refuse(USAGE, '--replace only applies with --into DIR');

/** A user's mistake ends the run with its message and exit 1; a bug keeps its stack trace. */
function failInto(error: unknown): never {
  if (!(error instanceof IntoError)) throw error;
  console.error(`build --into: ${error.message}`);
  process.exit(1);
}

/** A user's mistake found while building (a record, a program page, the configuration). */
function userError(error: unknown): { message: string; hint?: string } | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if ((cause as { type?: string }).type === 'AstroUserError')
      return cause as { hint?: string } & Error;
  return undefined;
}

/** Runs Astro's build; a user's mistake ends the run with its message and exit 1, no stack trace. */
async function buildSite(outDir: string): Promise<void> {
  try {
    await build({ outDir, cacheDir, logLevel });
  } catch (error) {
    const mistake = userError(error);
    if (!mistake) throw error;
    console.error(mistake.hint ? `${mistake.message}\n${mistake.hint}` : mistake.message);
    process.exit(1);
  }
}

const logLevel = process.env.ASTRO_LOG_LEVEL as 'info' | undefined;
// Astro keeps the content store in its cache folder and the pages read it back from there:
// each build gets a folder of its own, so builds of different partner folders can run side by
// side (as the tests do). It goes away however the build ends, an invalid record included.
const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'partners-build-cache-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));

if (options.into !== undefined) {
  // npm runs scripts in the package's folder; a relative DIR means where the user typed it.
  const siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.into);
  await checkSiteDir(siteDir).catch(failInto);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'partners-into-'));
  process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
  // Links to the host's own pages become root-relative (src/deploy/host-links.ts).
  process.env[INTO_HOST_ENV] = '1';
  await build({ outDir: staging, cacheDir, logLevel });
  try {
    const folders = routesFor(projectConfig()).publishedFolders();
    const result = await addDirectoryInto(staging, siteDir, { folders, replace: options.replace });
    console.log(`added the directory to ${siteDir}:`);
    for (const line of describeWritten(result)) console.log(line);
    for (const file of result.replacedForeign) console.log(`  replaced (--replace): ${file}`);
    if (result.removed.length > 0)
      console.log(`  removed ${result.removed.length} file(s) of the previous run no longer built`);
    console.log(`  ${result.written.length} files in all; nothing outside those folders changed`);
  } catch (error) {
    failInto(error);
  }
} else {
  const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
  await buildSite(staging);
  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  console.log(`site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
}
