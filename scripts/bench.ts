// Prints the bench/ parts' figures against the project's budgets. Never fails on a figure: a MISS
// is reported, and the exit code is 0 unless the benchmark itself could not run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchBuildScaling } from '../bench/build-scaling.ts';
import { benchIntoBuild } from '../bench/into-build.ts';
import { benchPages } from '../bench/pages.ts';
import { readCommandLine, refuse } from './cli.ts';

const USAGE =
  'usage: npm run bench [-- --sizes 10,100,1000] [--only build|pages|into] [--quick] [--keep]';
const { values } = readCommandLine(USAGE, {
  sizes: { type: 'string', default: '10,100,1000' },
  only: { type: 'string' },
  // Lighthouse takes about half a minute a run on a busy machine: --quick leaves it out.
  quick: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
});
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  refuse(
    USAGE,
    `--sizes takes a comma-separated list of positive integers (got "${values.sizes}")`,
  );
const PARTS: Record<string, [title: string, run: (workDir: string) => Promise<string>]> = {
  build: [
    `Build scaling (issue "Logos"), N = ${sizes.join(', ')}`,
    (workDir) => benchBuildScaling(workDir, sizes),
  ],
  pages: ['Every kind of page through Lighthouse, real data, standalone and merged', benchPages],
  into: ['npm run build -- --into DIR against npm run build, real data', benchIntoBuild],
};
if (values.only && !Object.hasOwn(PARTS, values.only))
  refuse(USAGE, `--only takes ${Object.keys(PARTS).join(', ')} (got "${values.only}")`);
if (values.quick && values.only === 'pages')
  refuse(USAGE, '--quick leaves the pages (Lighthouse) out, so it cannot go with --only pages');

const workDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-bench-'));
console.log(
  `karmada-partners bench: Node ${process.version}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; work folder ${workDir}`,
);
try {
  for (const [part, [title, run]] of Object.entries(PARTS)) {
    if ((values.only ?? part) !== part || (part === 'pages' && values.quick)) continue;
    console.log(`\n## ${title}`);
    console.log(`\n${await run(workDir)}`);
  }
} finally {
  if (values.keep) console.log(`\nkept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
