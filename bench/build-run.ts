// Runs `node scripts/build.ts` as a child process, the way `npm run build` does, and measures it
// from outside: wall time; the build reports its figures (BUILD_STATS_FILE) and, through the
// preloaded build-usage-reporter.ts, its exact peak memory and CPU time.
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BuildStats } from '../src/content/collection-loaders.ts';
import { runScript } from '../tooling/run-script.ts';
import type { BuildUsage } from './build-usage-reporter.ts';

export type BuildRun = BuildStats & BuildUsage & { wallMs: number };

const USAGE_REPORTER = fileURLToPath(new URL('./build-usage-reporter.ts', import.meta.url));

/** One build; a failed one throws with the end of its output, named by `label`. */
export async function runBuild(
  label: string,
  options: { partnersDir?: string; outDir: string; cacheDir: string; args?: string[] },
): Promise<BuildRun> {
  const statsFile = `${options.outDir}.stats.jsonl`;
  await rm(statsFile, { force: true });
  const run = await runScript('scripts/build.ts', options.args, {
    nodeArgs: ['--import', USAGE_REPORTER],
    env: {
      // The real partners/ when not given.
      PARTNERS_DIR: options.partnersDir ?? 'partners',
      OUT_DIR: options.outDir,
      LOGO_CACHE_DIR: options.cacheDir,
      BUILD_STATS_FILE: statsFile,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (run.code !== 0) {
    const end = (run.stdout + run.stderr).split('\n').slice(-30).join('\n');
    throw new Error(`the ${label} failed (exit ${run.code}); its output ends with:\n${end}`);
  }
  // The build's line (when its records and logos were ready), then the reporter's (at exit).
  const lines = (await readFile(statsFile, 'utf8')).trim().split('\n');
  await rm(statsFile, { force: true });
  return Object.assign({ wallMs: run.wallMs }, ...lines.map((line) => JSON.parse(line)));
}
