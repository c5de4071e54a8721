// @ts-check
import { defineConfig } from 'astro/config';
import { partnersDirectory } from './src/integration/index.ts';

// Everything about the project comes from site.config.yaml (or SITE_CONFIG), read by the
// integration: the site URL, languages, sitemap, Content-Security-Policy and host files.
export default defineConfig({
  trailingSlash: 'always',
  integrations: [partnersDirectory()],
  // Short class names instead of data-astro-cid-* attributes: the directory page has hundreds of scoped elements.
  scopedStyleStrategy: 'class',
  // Shiki colours code with inline styles, which the policy refuses; the directory shows no code.
  markdown: { syntaxHighlight: false },
});
