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

const logLevel = process.env.ASTRO_LOG_LEVEL as 'info' | undefined;
// Astro keeps the content store in its cache folder: one per build, so builds of different
// partner folders can run side by side (as the tests do); it goes away however the build ends.
const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'partners-build-cache-'));
const staging =
  options.into === undefined
    ? `${path.resolve(process.env.OUT_DIR ?? 'dist')}.staging`
    : await mkdtemp(path.join(os.tmpdir(), 'partners-into-'));
process.on('exit', () => {
  for (const dir of [cacheDir, staging]) rmSync(dir, { recursive: true, force: true });
});

try {
  if (options.into !== undefined) {
    // npm runs scripts in the package's folder; a relative DIR means where the user typed it.
    const siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.into);
    await checkSiteDir(siteDir);
    // Links to the host's own pages become root-relative (src/deploy/host-links.ts).
    process.env[INTO_HOST_ENV] = '1';
    await build({ outDir: staging, cacheDir, logLevel });
    const folders = routesFor(projectConfig()).publishedFolders();
    const result = await addDirectoryInto(staging, siteDir, { folders, replace: options.replace });
    console.log(`added the directory to ${siteDir}:`);
    for (const line of describeWritten(result)) console.log(line);
    for (const file of result.replacedForeign) console.log(`  replaced (--replace): ${file}`);
    if (result.removed.length > 0)
      console.log(`  removed ${result.removed.length} file(s) of the previous run no longer built`);
    console.log(`  ${result.written.length} files in all; nothing outside those folders changed`);
  } else {
    const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
    await rm(staging, { recursive: true, force: true });
    await build({ outDir: staging, cacheDir, logLevel });
    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
    console.log(`site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
  }
} catch (error) {
  // A user's mistake (a wrong DIR, or a record, a program page or the configuration Astro's
  // build refused) ends the run with its message and exit 1; a bug keeps its stack trace.
  let mistake = error;
  while (mistake instanceof Error && (mistake as { type?: string }).type !== 'AstroUserError')
    mistake = mistake.cause;
  if (error instanceof IntoError) console.error(`build --into: ${error.message}`);
  else if (mistake instanceof Error) {
    const { hint } = mistake as { hint?: string };
    console.error(hint ? `${mistake.message}\n${hint}` : mistake.message);
  } else throw error;
  process.exit(1);
}
