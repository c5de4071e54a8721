// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { partnersIntegration } from './src/integration/partners-integration.ts';

export default defineConfig({
  site: 'https://karmada.io',
  output: 'static',
  trailingSlash: 'always',
  redirects: { '/': '/partners/', '/zh/': '/zh/partners/' },
  integrations: [
    partnersIntegration(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } } }),
  ],
  build: { inlineStylesheets: 'always' },
  // Short class names instead of data-astro-cid-* attributes: the directory page has hundreds of scoped elements.
  scopedStyleStrategy: 'class',
});
