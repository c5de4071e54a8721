import { directoryFolders } from './directory-paths.ts';

/** Whether a page belongs in the sitemap: the directory's pages, not its 404s nor the root's redirects. */
export function isListedPage(url: string): boolean {
  const { pathname } = new URL(url);
  return (
    directoryFolders().some((folder) => pathname.startsWith(folder)) &&
    !/\/404(\.html|\/)?$/.test(pathname)
  );
}
