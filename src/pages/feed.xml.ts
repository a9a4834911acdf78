/** `/feed.xml`: an Atom feed of the sources by publication date (`src/lib/feed.ts`). */
import type { APIRoute } from 'astro';
import { loadBriefing } from '../lib/briefing.ts';
import { atomFeed } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml needs the site address (BRIEFING_SITE)');
  return new Response(atomFeed(await loadBriefing(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
