import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_PATH } from '../site/directory-paths.ts';

// The standalone site's (dist/robots.txt); a host site has its own, see the README.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX_PATH, site).href}\n`);
