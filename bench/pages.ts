// Part 2 of `npm run bench`: the real partners/ built and served (text gzipped) standalone and
// merged into the Docusaurus-shaped fixture with the README's netlify.toml block; on each, the
// heaviest page of each kind found in the build (so a new kind is measured once built) and the
// 404 page, through Lighthouse.
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { addDirectoryInto } from '../src/deploy/into-site.ts';
import { FEED_PATH } from '../src/site/directory-paths.ts';
import { routesFor, type Routes } from '../src/site/locale-routes.ts';
import { projectConfig } from '../scripts/project-config.ts';
import { writeReadmeNetlifyToml } from '../tooling/readme-netlify-toml.ts';
import { PROJECT_ROOT } from '../tooling/run-script.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { runBuild } from './build-run.ts';
import * as format from './report-format.ts';
import { measurePage, reportPages, type PageFigures } from './lighthouse.ts';

export interface BenchPage {
  /** `directory`, `list`, `organization`, `program`, `404`, or the first path segment of another kind. */
  kind: string;
  /** The path on the site, e.g. `/zh/partners/programs/adopter-group/`. */
  path: string;
}

export async function benchPages(workDir: string): Promise<string> {
  const outDir = path.join(workDir, 'real-site');
  const cacheDir = path.join(workDir, 'real-logo-cache');
  const built = await runBuild('build of the real partners/', { outDir, cacheDir });
  format.log(`real data: ${built.published} organizations built in ${format.ms(built.wallMs)}`);
  const merged = path.join(workDir, 'merged', 'build');
  await cp(path.join(PROJECT_ROOT, 'tests/fixtures/docusaurus-build'), merged, { recursive: true });
  const config = projectConfig();
  const routes = routesFor(config);
  await addDirectoryInto(outDir, merged, { folders: routes.publishedFolders(), replace: true });
  const netlifyToml = await writeReadmeNetlifyToml(path.dirname(merged));
  const pages = [
    ...(await heaviestOfEachKind(outDir, routes)),
    // At its own address, where it answers 200: Lighthouse refuses a page that answers 404.
    { kind: '404', path: routes.notFoundPath(config.defaultLocale) },
  ];
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
        results.push(await measurePage(site, server.url, page, headerBytes));
    } finally {
      await server.close();
    }
  }
  return reportPages(results);
}

/** For each kind of page the build has, the one with the most HTML, in whichever language. */
async function heaviestOfEachKind(outDir: string, routes: Routes): Promise<BenchPage[]> {
  const feed = JSON.parse(await readFile(path.join(outDir, FEED_PATH), 'utf8')) as {
    partners: { page: Record<string, string> }[];
  };
  const organizations = new Set(
    feed.partners.flatMap(({ page }) => Object.values(page).map((url) => new URL(url).pathname)),
  );
  const kindOf = (page: string) => {
    const folder = routes.directoryFolders().find((candidate) => page.startsWith(candidate));
    // A list page is built beside the directory (the Adopter Group list, /adopters/ and /zh/adopters/).
    if (routes.publishedFolders().includes(page)) return folder === page ? 'directory' : 'list';
    if (organizations.has(page)) return 'organization';
    const rest = page.slice((folder ?? '/').length);
    return rest.startsWith('programs/') ? 'program' : rest.split('/')[0];
  };
  const heaviest = new Map<string, { page: BenchPage; bytes: number }>();
  for (const file of await readdir(outDir, { recursive: true })) {
    if (path.basename(file) !== 'index.html') continue;
    const html = await readFile(path.join(outDir, file));
    // The language roots only redirect.
    if (html.includes('http-equiv="refresh"')) continue;
    const page = `/${path.dirname(file).split(path.sep).join('/')}/`.replace('/./', '/');
    const kind = kindOf(page);
    if (html.length > (heaviest.get(kind)?.bytes ?? -1))
      heaviest.set(kind, { page: { kind, path: page }, bytes: html.length });
  }
  return [...heaviest.values()].map(({ page }) => page);
}
