// The pages the bench measures: the heaviest page of each kind the build has, found in the
// build itself (its folders and its feed), so a new kind of page is measured once it is built.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Routes } from '../src/site/locale-routes.ts';
import { FEED_PATH } from '../src/site/directory-paths.ts';

export interface BenchPage {
  /** `directory`, `organization`, `program`, `404`, or the first path segment of another kind. */
  kind: string;
  /** The path on the site, e.g. `/zh/partners/programs/adopter-group/`. */
  path: string;
  /** The page served for an unknown URL (measured at its own address, where it answers 200). */
  notFound?: boolean;
}

/** Every page of the build (each folder's index.html, but not the language roots, which only redirect), with its kind. */
async function builtPages(outDir: string, routes: Routes): Promise<BenchPage[]> {
  const feed = JSON.parse(await readFile(path.join(outDir, FEED_PATH), 'utf8')) as {
    partners: { page: Record<string, string> }[];
  };
  const organizations = new Set(
    feed.partners.flatMap((partner) =>
      Object.values(partner.page).map((url) => new URL(url).pathname),
    ),
  );
  const pages: BenchPage[] = [];
  for (const file of await readdir(outDir, { recursive: true })) {
    if (path.basename(file) !== 'index.html') continue;
    if ((await readFile(path.join(outDir, file), 'utf8')).includes('http-equiv="refresh"'))
      continue;
    const page = `/${path.dirname(file).split(path.sep).join('/')}/`.replace('/./', '/');
    const folder = routes.directoryFolders().find((candidate) => page.startsWith(candidate)) ?? '/';
    const rest = page.slice(folder.length);
    // A list page built beside the directory (the Adopter Group list, /adopters/ and /zh/adopters/).
    const isList =
      routes.publishedFolders().includes(page) && !routes.directoryFolders().includes(page);
    const kind = isList
      ? 'list'
      : rest === ''
        ? 'directory'
        : organizations.has(page)
          ? 'organization'
          : rest.startsWith('programs/')
            ? 'program'
            : rest.split('/')[0];
    pages.push({ kind, path: page });
  }
  return pages;
}

const htmlSize = async (outDir: string, page: string) =>
  (await stat(path.join(outDir, page, 'index.html'))).size;

/** For each kind, the page with the most HTML, in whichever language; then the 404 page. */
export async function pagesOfEachKind(
  outDir: string,
  routes: Routes,
  defaultLocale: string,
): Promise<BenchPage[]> {
  const heaviest = new Map<string, { page: BenchPage; size: number }>();
  for (const page of await builtPages(outDir, routes)) {
    const size = await htmlSize(outDir, page.path);
    if (size > (heaviest.get(page.kind)?.size ?? -1)) heaviest.set(page.kind, { page, size });
  }
  return [
    ...[...heaviest.values()].map(({ page }) => page),
    { kind: '404', path: routes.notFoundPath(defaultLocale), notFound: true },
  ];
}
