import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { themeCss } from '../brand/theme-css.ts';
import { siteLook, type SiteLook } from '../config/site-look.ts';

const THEME_CSS_ID = 'virtual:site-theme.css';
const RESOLVED_THEME_CSS_ID = `\0${THEME_CSS_ID}`;

/**
 * Loads the header's logos before anything renders (a missing or unsafe one stops the build
 * with a file:line:col message, like the rest of the configuration), gives the pages the
 * theme's colours and type scale as `virtual:site-theme.css`, and publishes the logos.
 */
export function siteLookIntegration(): AstroIntegration {
  let look: SiteLook;
  return {
    name: 'site-look',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        look = siteLook();
        updateConfig({ vite: { plugins: [themePlugin(() => look)] } });
      },
      'astro:build:done': async ({ dir }) => {
        for (const logo of Object.values(look.logos)) {
          if (!logo) continue;
          const file = path.join(fileURLToPath(dir), logo.url);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, logo.bytes);
        }
      },
    },
  };
}

function themePlugin(current: () => SiteLook): Plugin {
  return {
    name: 'site-look-theme',
    resolveId: (id) => (id === THEME_CSS_ID ? RESOLVED_THEME_CSS_ID : undefined),
    load: (id) => (id === RESOLVED_THEME_CSS_ID ? themeCss(current().brand) : undefined),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const logo = Object.values(current().logos).find((one) => one?.url === request.url);
        if (!logo) return next();
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(logo.bytes);
      });
    },
  };
}
