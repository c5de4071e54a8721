// Usage: npm run bench [-- --sizes 10,100,1000] [--only build|pages|into] [--quick] [--keep]
// Prints build-scaling figures, then each kind of page through Lighthouse, standalone and merged
// into a host site, against the project's budgets. Never fails on a figure: a MISS is reported,
// and the exit code is 0 unless the benchmark itself could not run.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  formatScalingTable,
  measureBuildScaling,
  scalingVerdicts,
} from '../bench/build-scaling.ts';
import { buildRealSite } from '../bench/build-run.ts';
import {
  formatPagesTable,
  measurePage,
  pagesVerdicts,
  type PageFigures,
} from '../bench/lighthouse.ts';
import { pagesOfEachKind } from '../bench/page-kinds.ts';
import { formatIntoTable, intoVerdicts, measureIntoBuild } from '../bench/into-build.ts';
import { formatVerdicts } from '../bench/report-format.ts';
import { addDirectoryInto } from '../src/deploy/into-site.ts';
import { routesFor } from '../src/site/locale-routes.ts';
import { readCommandLine, refuse } from './cli.ts';
import { projectConfig } from './project-config.ts';
import { writeReadmeNetlifyToml } from '../tooling/readme-netlify-toml.ts';
import { serveStatic } from '../tooling/static-server.ts';

const PARTS = ['build', 'pages', 'into'] as const;
const USAGE =
  'usage: npm run bench [-- --sizes 10,100,1000] [--only build|pages|into] [--quick] [--keep]';
const { values } = readCommandLine(USAGE, {
  sizes: { type: 'string', default: '10,100,1000' },
  only: { type: 'string' },
  // Lighthouse takes about half a minute a run on a busy machine: --quick leaves it out.
  quick: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
});
const stop = (message: string) => refuse(USAGE, message);
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  stop(`--sizes takes a comma-separated list of positive integers (got "${values.sizes}")`);
if (values.only && !(PARTS as readonly string[]).includes(values.only))
  stop(`--only takes ${PARTS.join(', ')} (got "${values.only}")`);
if (values.quick && values.only === 'pages')
  stop('--quick leaves the pages (Lighthouse) out, so it cannot go with --only pages');
const runs = (part: (typeof PARTS)[number]) =>
  (values.only ?? part) === part && !(part === 'pages' && values.quick);

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
  if (runs('pages')) {
    console.log('\n## Every kind of page through Lighthouse, real data, standalone and merged');
    const outDir = await buildRealSite(projectRoot, workDir, log);
    // Merged: the directory added to the Docusaurus-shaped fixture, served with the README's
    // netlify.toml block, as karmada.io would serve it.
    const merged = path.join(workDir, 'merged', 'build');
    await cp(path.join(projectRoot, 'tests/fixtures/docusaurus-build'), merged, {
      recursive: true,
    });
    const config = projectConfig();
    const routes = routesFor(config);
    await addDirectoryInto(outDir, merged, { folders: routes.publishedFolders(), replace: true });
    const netlifyToml = await writeReadmeNetlifyToml(path.dirname(merged));
    const pages = await pagesOfEachKind(outDir, routes, config.defaultLocale);
    const results: PageFigures[] = [];
    for (const [site, root, options] of [
      ['standalone', outDir, {}],
      ['merged', merged, { netlifyToml }],
    ] as const) {
      const headerBytes = new Map<string, number>();
      const server = await serveStatic(root, {
        ...options,
        gzip: true,
        onHeaderBytes: (pathname, bytes) => headerBytes.set(pathname, bytes),
      });
      try {
        for (const page of pages)
          results.push(await measurePage(site, server.url, page, headerBytes, log));
      } finally {
        await server.close();
      }
    }
    console.log(`\n${formatPagesTable(results)}\n\n${formatVerdicts(pagesVerdicts(results))}`);
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
