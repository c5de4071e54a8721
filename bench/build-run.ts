// Runs `node scripts/build.ts` as a child process, the way `npm run build` does, and measures it
// from outside: wall time; the build reports its figures (BUILD_STATS_FILE) and, through the
// preloaded build-usage-reporter.ts, its exact peak memory and CPU time.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildStats } from '../src/content/build-stats.ts';
import { runScript } from '../tooling/run-script.ts';
import { formatMs } from './report-format.ts';

export interface BuildOptions {
  projectRoot: string;
  partnersDir: string;
  outDir: string;
  cacheDir: string;
  /** Arguments for scripts/build.ts, e.g. `--into DIR`. */
  args?: string[];
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** From the build's start until its records and logos were ready: Node and Astro start-up, records and logos. */
  logoStepDoneMs?: number;
  published?: number;
  logosEncoded?: number;
  logosCached?: number;
  /** How many times the logo step ran in one build (more than once would mean duplicated work). */
  logoStepRuns: number;
  /** Peak RSS of the build's process, all its threads, exact (kernel high-water mark, reported at exit). */
  peakRssBytes?: number;
  /** CPU time (user + system) of the build's own process, all its threads: a figure the machine's load barely moves. */
  cpuMs?: number;
  log: string;
}

const USAGE_REPORTER = fileURLToPath(new URL('./build-usage-reporter.ts', import.meta.url));

export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  const usageFile = `${options.outDir}.usage.json`;
  const statsFile = `${options.outDir}.stats.jsonl`;
  await Promise.all([rm(usageFile, { force: true }), rm(statsFile, { force: true })]);
  const run: BuildRun = {
    ok: false,
    exitCode: null,
    wallMs: 0,
    logoStepRuns: 0,
    log: '',
  };
  const finished = await runScript('scripts/build.ts', options.args ?? [], {
    cwd: options.projectRoot,
    nodeArgs: ['--import', USAGE_REPORTER],
    env: {
      PARTNERS_DIR: options.partnersDir,
      OUT_DIR: options.outDir,
      LOGO_CACHE_DIR: options.cacheDir,
      BENCH_USAGE_FILE: usageFile,
      BUILD_STATS_FILE: statsFile,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  run.exitCode = finished.code;
  run.wallMs = finished.wallMs;
  run.log = finished.stdout + finished.stderr;
  run.ok = run.exitCode === 0;

  const builds = await readFile(statsFile, 'utf8').then(
    (text) =>
      text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as BuildStats),
    () => [], // a build that stopped before its records were read writes none
  );
  run.logoStepRuns = builds.length;
  run.logoStepDoneMs = builds[0]?.directoryReadyMs;
  const last = builds.at(-1);
  run.published = last?.published;
  run.logosEncoded = last?.logosEncoded;
  run.logosCached = last?.logosCached;
  await rm(statsFile, { force: true });
  try {
    const usage = JSON.parse(await readFile(usageFile, 'utf8')) as {
      maxRssBytes: number;
      cpuMs: number;
    };
    run.peakRssBytes = usage.maxRssBytes;
    run.cpuMs = usage.cpuMs;
  } catch {
    // The reporter could not write (killed by a signal): no memory or CPU figure.
  }
  await rm(usageFile, { force: true });
  return run;
}

/** Sizes of the files in a folder, by name (empty when it does not exist). */
export async function fileSizes(dir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return sizes;
  }
  await Promise.all(
    names.map(async (name) => sizes.set(name, (await stat(path.join(dir, name))).size)),
  );
  return sizes;
}

/** The real partners/ built into the work folder, as `npm run build` would build it. */
export async function buildRealSite(
  projectRoot: string,
  workDir: string,
  log: (line: string) => void,
): Promise<string> {
  const outDir = path.join(workDir, 'real-site');
  const build = await runBuild({
    projectRoot,
    partnersDir: path.join(projectRoot, 'partners'),
    outDir,
    cacheDir: path.join(workDir, 'real-logo-cache'),
  });
  if (!build.ok)
    throw new Error(
      `the build of the real partners/ failed; its output ends with:\n${build.log.split('\n').slice(-30).join('\n')}`,
    );
  log(`real data: ${build.published} organizations built in ${formatMs(build.wallMs)}`);
  return outDir;
}
