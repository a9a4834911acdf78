/**
 * The Atom feed (RFC 4287) of the briefing's sources, newest first by publication date:
 * dated sources only, at most `FEED_ENTRIES`. Dates are the sources' own, never the clock.
 */
import { sourceTitle } from './format.ts';
import { absolute } from './structured-data.ts';
import { articleHref, href } from './url.ts';
import { outletName, type BriefingView } from './view.ts';

export const FEED_ENTRIES = 100;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(view: BriefingView, site: URL): string {
  const dated = view.recentSources.filter((source) => source.published).slice(0, FEED_ENTRIES);
  const home = absolute(site, href());
  // With no dated source the feed still needs an <updated>: the epoch, never the clock.
  const updated = dated[0]?.published ? stamp(dated[0].published) : '1970-01-01T00:00:00Z';
  const entries = dated.map((source) => {
    const page = absolute(site, articleHref(source.id));
    const claims = view.claimsBySource.get(source.id)?.length ?? 0;
    return [
      '  <entry>',
      `    <id>${xml(page)}</id>`,
      `    <title>${xml(sourceTitle(source))}</title>`,
      `    <published>${stamp(source.published!)}</published>`,
      `    <updated>${stamp(source.published!)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
      ...(source.url ? [`    <link rel="related" href="${xml(source.url)}"/>`] : []),
      `    <author><name>${xml(source.byline ?? outletName(source))}</name></author>`,
      `    <summary>${xml(`${outletName(source)}: ${claims} ${claims === 1 ? 'claim' : 'claims'}, each with who makes it. SHA-256 ${source.sha256}.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(home)}</id>`,
    `  <title>${xml(view.title)}</title>`,
    `  <subtitle>${xml(view.summary)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(absolute(site, href('feed.xml')))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(home)}"/>`,
    `  <author><name>${xml(view.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
