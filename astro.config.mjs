// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/config/current-site-config.ts';

// Everything about the project comes from site.config.yaml (or SITE_CONFIG): URL and languages.
const locales = siteConfig.locales;
const defaultLocale = siteConfig.defaultLocale;
/** @param {string} code */
const prefix = (code) => (code === defaultLocale ? '' : `/${code}`);

export default defineConfig({
  site: siteConfig.site.url,
  output: 'static',
  trailingSlash: 'always',
  // Each language's root leads to its directory page.
  redirects: Object.fromEntries(
    locales.map(({ code }) => [`${prefix(code)}/`, `${prefix(code)}/partners/`]),
  ),
  // Gives pages Astro.currentLocale; the default language lives at the site root.
  i18n: {
    locales: locales.map(({ code }) => code),
    defaultLocale,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map(({ code, lang }) => [code, lang])),
      },
    }),
  ],
  build: { inlineStylesheets: 'always' },
  // Short class names instead of data-astro-cid-* attributes: the directory page has hundreds of scoped elements.
  scopedStyleStrategy: 'class',
});
