// Part 3 of `npm run bench`: `npm run build -- --into DIR` against a normal build, real data,
// warm logo cache: it is the same build plus a copy of the directory's folders into DIR.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../tooling/run-script.ts';
import { runBuild, type BuildRun } from './build-run.ts';
import * as format from './report-format.ts';

const RUNS = 3;
const INTO_SHARE_MAX = 1.1;

export async function benchIntoBuild(workDir: string): Promise<string> {
  const dir = path.join(workDir, 'into');
  const site = path.join(dir, 'karmada-build');
  await cp(path.join(PROJECT_ROOT, 'tests/fixtures/docusaurus-build'), site, { recursive: true });
  const build = async (label: string, args: string[] = []) => {
    const run = await runBuild(`${label} build`, {
      outDir: path.join(dir, 'dist'),
      cacheDir: path.join(dir, 'logo-cache'),
      args,
    });
    format.log(`${label}: ${format.ms(run.wallMs)} wall, ${format.ms(run.cpuMs)} CPU`);
    return run;
  };
  // Fills the logo cache and replaces the fixture's own partners pages once.
  await build('warm-up, --into --replace', ['--into', site, '--replace']);
  const runs: Record<'normal' | 'into', BuildRun[]> = { normal: [], into: [] };
  // Alternated, so a change in the machine's load touches both kinds alike.
  for (let run = 1; run <= RUNS; run++) {
    runs.normal.push(await build(`normal build ${run}`));
    runs.into.push(await build(`--into build ${run}`, ['--into', site]));
  }
  const median = (kind: 'normal' | 'into', figure: 'wallMs' | 'cpuMs') =>
    runs[kind].map((run) => run[figure]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const table = format.table(
    [
      ['npm run build', 'normal'],
      ['npm run build -- --into DIR', 'into'],
    ] as const,
    [
      [`build (median of ${RUNS}, warm)`, ([label]) => label],
      ['wall', ([, kind]) => format.ms(median(kind, 'wallMs'))],
      ['CPU', ([, kind]) => format.ms(median(kind, 'cpuMs'))],
    ],
  );
  const share = (figure: 'wallMs' | 'cpuMs') => median('into', figure) / median('normal', figure);
  const percent = (figure: 'wallMs' | 'cpuMs') => `${((share(figure) - 1) * 100).toFixed(1)}%`;
  const verdict = format.verdicts([
    {
      target: '--into build within 10% of a normal build (CPU time; wall time beside it)',
      pass: share('cpuMs') <= INTO_SHARE_MAX,
      measured: `CPU ${percent('cpuMs')}, wall ${percent('wallMs')}`,
    },
  ]);
  return `${table}\n\n${verdict}`;
}
