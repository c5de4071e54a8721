// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteLookIntegration } from './src/integration/site-look-integration.ts';
import { siteConfig } from './src/config/current-site-config.ts';
import { deployIntegration } from './src/deploy/deploy-integration.ts';
import { ASSETS_FOLDER, SITEMAP_FILENAME_BASE } from './src/deploy/directory-paths.ts';
import { CONTENT_SECURITY_DIRECTIVES } from './src/deploy/content-security-policy.ts';
import { isListedPage } from './src/deploy/listed-pages.ts';

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
    deployIntegration(),
    sitemap({
      // Inside the directory's folder, so the host site's own sitemap.xml stays untouched.
      filenameBase: SITEMAP_FILENAME_BASE,
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map(({ code, lang }) => [code, lang])),
      },
      // The language roots only lead to the directory pages; 404 pages are not listed either.
      filter: (page) => isListedPage(page) && !languageRoots.has(page),
    }),
  ],
  // Anything Astro emits as a file goes under the directory too (content-hashed, cached for a year).
  build: { inlineStylesheets: 'always', assets: ASSETS_FOLDER },
  // Short class names instead of data-astro-cid-* attributes: the directory page has hundreds of scoped elements.
  scopedStyleStrategy: 'class',
  // Hashes of every script and style in a <meta> policy on each page; the headers add what a
  // <meta> policy cannot carry (frame-ancestors), see src/deploy/headers-file.ts.
  security: { csp: { directives: [...CONTENT_SECURITY_DIRECTIVES] } },
  // Shiki colours code with inline styles, which the policy refuses; the directory shows no code.
  markdown: { syntaxHighlight: false },
});
