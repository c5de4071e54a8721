import type { APIRoute } from 'astro';
import { publishedPartners } from '../../content/partners-collection.ts';
import { partnersFeed } from '../../data/partners-feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(partnersFeed(await publishedPartners(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
