import type { APIRoute } from 'astro';
import { config } from '../../components/site.ts';
import { publishedPartners } from '../../content/partners-collection.ts';
import { partnersFeed } from '../../data/partners-feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    `${JSON.stringify(partnersFeed(await publishedPartners(), site!, config), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json' } },
  );
