// Usage: npm run bench [-- --sizes 10,100,1000] [--only build|visit] [--keep]
// Prints build-scaling and first-visit figures against their targets. Timings never fail it:
// a MISS is reported, and the exit code is 0 unless the benchmark itself could not run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatScalingTable,
  measureBuildScaling,
  scalingVerdicts,
} from '../bench/build-scaling.ts';
import {
  firstVisitVerdicts,
  formatFirstVisitTable,
  measureFirstVisit,
} from '../bench/first-visit.ts';
import { formatVerdicts } from '../bench/report-format.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(
    `--sizes takes a comma-separated list of positive integers (got "${values.sizes}")`,
  );
if (values.only && !['build', 'visit'].includes(values.only))
  throw new Error(`--only takes "build" or "visit" (got "${values.only}")`);

const projectRoot = process.cwd();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-bench-'));
const log = (line: string) => console.log(`  ${line}`);
console.log(
  `karmada-partners bench: Node ${process.version}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; work folder ${workDir}`,
);
try {
  if (values.only !== 'visit') {
    console.log(`\n## Build scaling (issue "Logos"), N = ${sizes.join(', ')}`);
    const results = await measureBuildScaling(projectRoot, workDir, sizes, log);
    console.log(`\n${formatScalingTable(results)}\n\n${formatVerdicts(scalingVerdicts(results))}`);
  }
  if (values.only !== 'build') {
    console.log('\n## First visit to /partners/, real data (issue "The partners page")');
    const result = await measureFirstVisit(projectRoot, workDir, log);
    console.log(
      `\n${formatFirstVisitTable(result)}\n\n${formatVerdicts(firstVisitVerdicts(result))}`,
    );
  }
} finally {
  if (values.keep) console.log(`\nkept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
