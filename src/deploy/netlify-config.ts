// What a Netlify site needs to serve the directory besides `_headers` (headers-file.ts): for an
// unknown URL under a language's directory, that language's 404 page.
import type { Routes } from '../site/locale-routes.ts';

/** `from` -> `to` with status 404: Netlify serves `to` only where no file matches (no `force`). */
export function renderRedirectsFile(routes: Routes, locales: string[]): string {
  return locales
    .map((locale) => `${routes.directoryPath(locale)}*  ${routes.notFoundPath(locale)}  404\n`)
    .join('');
}
