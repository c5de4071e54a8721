// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteLookIntegration } from './src/integration/site-look-integration.ts';
import { siteConfig } from './src/config/current-site-config.ts';

// Everything about the project comes from site.config.yaml (or SITE_CONFIG): URL and languages.
const locales = siteConfig.locales;
const defaultLocale = siteConfig.defaultLocale;
/** @param {string} code */
const prefix = (code) => (code === defaultLocale ? '' : `/${code}`);
const languageRoots = new Set(locales.map(({ code }) => `${siteConfig.site.url}${prefix(code)}/`));

export default defineConfig({
  site: siteConfig.site.url,
  output: 'static',
  trailingSlash: 'always',
  // Each language's root leads to its directory page: src/pages/[...lang]/index.astro, rather
  // than `redirects`, whose pages fail html-validate (a lowercase <!doctype>, no language).
  // Gives pages Astro.currentLocale; the default language lives at the site root.
  i18n: {
    locales: locales.map(({ code }) => code),
    defaultLocale,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    siteLookIntegration(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map(({ code, lang }) => [code, lang])),
      },
      // The language roots only lead to the directory pages.
      filter: (page) => !languageRoots.has(page),
    }),
  ],
  build: { inlineStylesheets: 'always' },
  // Short class names instead of data-astro-cid-* attributes: the directory page has hundreds of scoped elements.
  scopedStyleStrategy: 'class',
});
