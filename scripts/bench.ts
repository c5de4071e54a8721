// Prints build-scaling, first-visit and Lighthouse figures against their targets. Timings never
// fail it: a MISS is reported, and the exit code is 0 unless the benchmark itself could not run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  formatScalingTable,
  measureBuildScaling,
  scalingVerdicts,
} from '../bench/build-scaling.ts';
import {
  buildRealSite,
  firstVisitVerdicts,
  formatFirstVisitTable,
  measureFirstVisit,
} from '../bench/first-visit.ts';
import {
  formatLighthouseTable,
  lighthousePages,
  lighthouseVerdicts,
  measureLighthouse,
} from '../bench/lighthouse.ts';
import { formatIntoTable, intoVerdicts, measureIntoBuild } from '../bench/into-build.ts';
import { formatVerdicts } from '../bench/report-format.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { readCommandLine, refuse } from './cli.ts';

const PARTS = ['build', 'visit', 'lighthouse', 'into'] as const;
const USAGE =
  'usage: npm run bench [-- --sizes 10,100,1000] [--only build|visit|lighthouse|into] [--quick] [--keep]';
const { values } = readCommandLine(USAGE, {
  sizes: { type: 'string', default: '10,100,1000' },
  only: { type: 'string' },
  // Lighthouse takes about a minute a page on a busy machine: --quick leaves it out.
  quick: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
});
const stop = (message: string) => refuse(USAGE, message);
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  stop(`--sizes takes a comma-separated list of positive integers (got "${values.sizes}")`);
if (values.only && !(PARTS as readonly string[]).includes(values.only))
  stop(`--only takes ${PARTS.join(', ')} (got "${values.only}")`);
if (values.quick && values.only === 'lighthouse')
  stop('--quick leaves Lighthouse out, so it cannot go with --only lighthouse');
const runs = (part: (typeof PARTS)[number]) =>
  (values.only ?? part) === part && !(part === 'lighthouse' && values.quick);

const projectRoot = process.cwd();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-bench-'));
const log = (line: string) => console.log(`  ${line}`);
console.log(
  `karmada-partners bench: Node ${process.version}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; work folder ${workDir}`,
);
try {
  if (runs('build')) {
    console.log(`\n## Build scaling (issue "Logos"), N = ${sizes.join(', ')}`);
    const results = await measureBuildScaling(projectRoot, workDir, sizes, log);
    console.log(`\n${formatScalingTable(results)}\n\n${formatVerdicts(scalingVerdicts(results))}`);
  }
  if (runs('visit') || runs('lighthouse')) {
    console.log('\n## The real partners/, built and served');
    const site = await buildRealSite(projectRoot, workDir, log);
    const server = await serveStatic(site.outDir);
    try {
      if (runs('visit')) {
        console.log(
          '\n## First visit to /partners/ and the program pages, real data (issues "The partners page", "Program pages")',
        );
        const result = await measureFirstVisit(site, server.url);
        console.log(
          `\n${formatFirstVisitTable(result)}\n\n${formatVerdicts(firstVisitVerdicts(result))}`,
        );
      }
      if (runs('lighthouse')) {
        console.log('\n## Lighthouse, phone profile, real data');
        const results = await measureLighthouse(
          server.url,
          await lighthousePages(site.outDir),
          log,
        );
        console.log(
          `\n${formatLighthouseTable(results)}\n\n${formatVerdicts(lighthouseVerdicts(results))}`,
        );
      }
    } finally {
      await server.close();
    }
  }
  if (runs('into')) {
    console.log('\n## npm run build -- --into DIR against npm run build, real data');
    const result = await measureIntoBuild(projectRoot, workDir, log);
    console.log(`\n${formatIntoTable(result)}\n\n${formatVerdicts(intoVerdicts(result))}`);
  }
} finally {
  if (values.keep) console.log(`\nkept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
