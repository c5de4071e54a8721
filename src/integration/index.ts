// The one integration: reads the site configuration once, sets what Astro needs from it, hands
// it to pages as a virtual module (as Starlight does), and after the build writes what hosts need.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { loadBrandLogos, type BrandLogos } from '../brand/brand-logos.ts';
import { themeCss } from '../brand/theme-css.ts';
import { readSiteConfig, siteConfigPath } from '../config/load-site-config.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import {
  CONTENT_SECURITY_DIRECTIVES,
  INLINE_ONLY_RESOURCES,
  metaPolicyHashes,
  pagePolicy,
  type InlineHashes,
} from '../deploy/content-security-policy.ts';
import { renderHeadersFile, renderRedirectsFile } from '../deploy/headers-file.ts';
import { ASSETS_FOLDER, SITEMAP_FILENAME_BASE } from '../site/directory-paths.ts';
import { routesFor } from '../site/locale-routes.ts';

/** A mistake in the site configuration: its problems, one per line, as `npm run validate` prints them. */
function configurationError(problems: Problem[]): AstroError {
  return new AstroError(
    problems.map(formatProblem).join('\n'),
    'The site configuration has errors: fix them and run the command again.',
  );
}

export function partnersDirectory(): AstroIntegration {
  let config: SiteConfig;
  let logos: BrandLogos;
  return {
    name: 'partners-directory',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const file = siteConfigPath();
        const reading = readSiteConfig(file);
        if (!reading.ok) throw configurationError(reading.problems);
        config = reading.config;
        const loaded = loadBrandLogos(config.brand, file);
        if (!loaded.ok) throw configurationError(loaded.problems);
        logos = loaded.logos;

        const { localeCodes, defaultLocale } = config;
        const folders = routesFor(config).publishedFolders();
        updateConfig({
          site: config.site.url,
          // Gives pages Astro.currentLocale; the default language lives at the site root.
          // (updateConfig takes no schema defaults, so the routing is spelled out.)
          i18n: {
            locales: [...localeCodes],
            defaultLocale,
            routing: {
              prefixDefaultLocale: false,
              redirectToDefaultLocale: false,
              fallbackType: 'redirect',
            },
          },
          // Anything Astro emits as a file goes under the directory too (content-hashed names).
          build: { inlineStylesheets: 'always', assets: ASSETS_FOLDER },
          // A <meta> policy with each page's hashes: see deploy/content-security-policy.ts.
          security: {
            csp: {
              algorithm: 'SHA-256',
              directives: [...CONTENT_SECURITY_DIRECTIVES],
              scriptDirective: { resources: INLINE_ONLY_RESOURCES },
              styleDirective: { resources: INLINE_ONLY_RESOURCES },
            },
          },
          integrations: [
            sitemap({
              // Inside the directory's folder, so the host site's own sitemap.xml stays untouched.
              filenameBase: SITEMAP_FILENAME_BASE,
              i18n: {
                defaultLocale,
                locales: Object.fromEntries(config.locales.map(({ code, lang }) => [code, lang])),
              },
              // The directory's pages (not the language roots, which lead to them), not the 404s.
              filter: (page) =>
                folders.some((folder) => new URL(page).pathname.startsWith(folder)) &&
                !/\/404(\.html|\/)?$/.test(page),
            }),
          ],
          vite: { plugins: [virtualModules(config, logos)] },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const { localeCodes } = config;
        const routes = routesFor(config);
        // Astro writes partners/404.astro as partners/404/index.html; hosts want 404.html
        // (Cloudflare Pages serves the nearest one up the path, Netlify follows _redirects).
        for (const locale of localeCodes) {
          const written = path.join(outDir, routes.directoryPath(locale), '404');
          const wanted = path.join(outDir, routes.notFoundPath(locale));
          await rename(path.join(written, 'index.html'), wanted);
          await rm(written, { recursive: true });
        }
        const policy = pagePolicy(await builtPageHashes(outDir));
        const headers = renderHeadersFile(routes, localeCodes, policy);
        await writeFile(path.join(outDir, '_headers'), headers);
        await writeFile(path.join(outDir, '_redirects'), renderRedirectsFile(routes, localeCodes));
        for (const logo of Object.values(logos).filter((one) => one !== undefined)) {
          const file = path.join(outDir, logo.url);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, logo.bytes);
        }
      },
    },
  };
}

/** The configuration and theme CSS as virtual modules, and under `astro dev` the header's logos. */
function virtualModules(config: SiteConfig, logos: BrandLogos): Plugin {
  // The pages need where each logo is and its size, not its bytes.
  const logoPlaces = JSON.stringify(logos, (key, value) => (key === 'bytes' ? undefined : value));
  const modules = new Map([
    [
      '\0virtual:partners-directory/config',
      `export default ${JSON.stringify(config)};\nexport const logos = ${logoPlaces};`,
    ],
    ['\0virtual:partners-directory/theme.css', themeCss(config.brand)],
  ]);
  return {
    name: 'partners-directory',
    resolveId: (id) => (modules.has(`\0${id}`) ? `\0${id}` : undefined),
    load: (id) => modules.get(id),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const logo = Object.values(logos).find((one) => one?.url === request.url);
        if (!logo) return next();
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(logo.bytes);
      });
    },
  };
}

/** Every hash the built pages' <meta> policies allow: the header's policy allows the same. */
async function builtPageHashes(outDir: string): Promise<InlineHashes> {
  const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  );
  const hashes = await Promise.all(
    pages.map(async (file) => metaPolicyHashes(await readFile(path.join(outDir, file), 'utf8'))),
  );
  const all = (kind: keyof InlineHashes) => [...new Set(hashes.flatMap((one) => one[kind]))].sort();
  return { script: all('script'), style: all('style') };
}
