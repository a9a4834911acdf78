/** `/sources.csl.json`: every source of the briefing as a CSL-JSON item (Zotero, Pandoc, citeproc read it). */
import type { APIRoute } from 'astro';
import { loadBriefing } from '../lib/briefing.ts';
import { cslItem } from '../lib/structured-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const view = await loadBriefing();
  if (!site) throw new Error('sources.csl.json needs the site address (BRIEFING_SITE)');
  return new Response(
    `${JSON.stringify(
      view.sources.map((source) => cslItem(source, site)),
      null,
      2,
    )}\n`,
    {
      headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
    },
  );
};
