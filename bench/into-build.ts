// Part 3 of `npm run bench`: `npm run build -- --into DIR` against a normal build, real data,
// warm logo cache. The --into build is the same build plus a copy of the directory's folders
// into DIR, so it should cost at most a few percent more (budget: 10%).
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runBuild, type BuildRun } from './build-run.ts';
import { formatMs, formatTable, type Verdict } from './report-format.ts';

export interface IntoBuildResult {
  normal: BuildRun[];
  into: BuildRun[];
}

const RUNS = 3;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureIntoBuild(
  projectRoot: string,
  workDir: string,
  log: (line: string) => void,
): Promise<IntoBuildResult> {
  const dir = path.join(workDir, 'into');
  const site = path.join(dir, 'karmada-build');
  const cacheDir = path.join(dir, 'logo-cache');
  await mkdir(cacheDir, { recursive: true });
  await cp(path.join(projectRoot, 'tests/fixtures/docusaurus-build'), site, { recursive: true });
  const options = {
    projectRoot,
    partnersDir: path.join(projectRoot, 'partners'),
    outDir: path.join(dir, 'dist'),
    cacheDir,
  };
  const build = async (label: string, args: string[] = []) => {
    const run = await runBuild({ ...options, args });
    if (!run.ok)
      throw new Error(`the ${label} build failed:\n${run.log.split('\n').slice(-30).join('\n')}`);
    log(`${label}: ${formatMs(run.wallMs)} wall, ${formatMs(run.cpuMs)} CPU`);
    return run;
  };
  // Fills the logo cache and replaces the fixture's own partners pages once.
  await build('warm-up, --into --replace', ['--into', site, '--replace']);
  const result: IntoBuildResult = { normal: [], into: [] };
  // Alternated, so a change in the machine's load touches both kinds alike.
  for (let run = 1; run <= RUNS; run++) {
    result.normal.push(await build(`normal build ${run}`));
    result.into.push(await build(`--into build ${run}`, ['--into', site]));
  }
  return result;
}

export function formatIntoTable(result: IntoBuildResult): string {
  const row = (label: string, runs: BuildRun[]) => [
    label,
    formatMs(median(runs.map((run) => run.wallMs))),
    formatMs(median(runs.map((run) => run.cpuMs ?? Number.NaN))),
  ];
  return formatTable(
    ['build (median of 3, warm)', 'wall', 'CPU'],
    [row('npm run build', result.normal), row('npm run build -- --into DIR', result.into)],
  );
}

export function intoVerdicts(result: IntoBuildResult): Verdict[] {
  const ratio = (pick: (run: BuildRun) => number | undefined) =>
    median(result.into.map((run) => pick(run) ?? Number.NaN)) /
    median(result.normal.map((run) => pick(run) ?? Number.NaN));
  const cpu = ratio((run) => run.cpuMs);
  const wall = ratio((run) => run.wallMs);
  return [
    {
      target: '--into build within 10% of a normal build (CPU time; wall time beside it)',
      pass: Number.isNaN(cpu) ? undefined : cpu <= 1.1,
      measured: `CPU ${((cpu - 1) * 100).toFixed(1)}%, wall ${((wall - 1) * 100).toFixed(1)}%`,
    },
  ];
}
