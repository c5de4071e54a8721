import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../schema/vocabulary.ts';
import { directoryPath } from '../i18n/locale-routes.ts';
import { notFoundPath } from './directory-paths.ts';
import { renderHeadersFile } from './headers-file.ts';
import { renderRedirectsFile } from './netlify-config.ts';

/**
 * What a static host needs besides the pages: each language's 404 page where hosts look for
 * it, the `_headers` file, and `_redirects` rules that serve those 404 pages on Netlify.
 */
export function deployIntegration(): AstroIntegration {
  return {
    name: 'partners-directory-deploy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        // Astro writes partners/404.astro as partners/404/index.html; hosts want 404.html
        // (Cloudflare Pages serves the nearest one up the path, Netlify follows _redirects).
        for (const locale of LOCALES) {
          const written = path.join(outDir, directoryPath(locale), '404');
          const wanted = path.join(outDir, notFoundPath(locale));
          await mkdir(path.dirname(wanted), { recursive: true });
          await rename(path.join(written, 'index.html'), wanted);
          await rm(written, { recursive: true });
        }
        await writeFile(path.join(outDir, '_headers'), renderHeadersFile());
        await writeFile(path.join(outDir, '_redirects'), renderRedirectsFile());
      },
    },
  };
}
