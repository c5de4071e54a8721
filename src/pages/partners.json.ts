import type { APIRoute } from 'astro';
import { partners } from 'virtual:partners-directory';
import { partnersFeed } from '../data/partners-feed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(partnersFeed(partners, site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
