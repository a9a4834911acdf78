/**
 * The briefing for machines: schema.org JSON-LD on every page (a Dataset with its
 * distribution, NewsArticles, Claims), CSL-JSON, the Atom feed and the sitemap — every
 * URL absolute and under the site's base path, in the plain build and the sub-path one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { MAX_CLAIMS } from '../../src/lib/structured-data.ts';
import { basedSite } from '../helpers/build-site.ts';
import { listFiles, readPage, select, selectAll, toText } from '../helpers/html.ts';
import { manifestOf } from '../helpers/search.ts';

type Node = Record<string, unknown> & { '@type': string; '@id'?: string };

const builds = [
  ['the bundled briefing', inject('seeds'), 'https://briefing.example/'],
  ['a briefing under a sub-path', inject('based'), `${basedSite.origin}${basedSite.base}`],
  ['a paginated briefing', inject('paged'), 'https://briefing.example/'],
] as const;

const graphOf = (site: string, file: string): Node[] => {
  const scripts = selectAll('script[type="application/ld+json"]', readPage(site, `/${file}`));
  expect(scripts.length, file).toBe(1);
  const data = JSON.parse(toText(scripts[0]!)) as { '@context': string; '@graph': Node[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
};

/** Every string under a key that names a URL. */
function urlsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['@id', 'url', 'contentUrl'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsIn(v, k));
  return [];
}

describe.each(builds)('machine-readable %s', (_name, built, home) => {
  // Pages of the briefing: not the search page or 404, which say noindex and have no canonical URL.
  const pages = listFiles(built.site)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .filter((file) => !readFileSync(path.join(built.site, file), 'utf8').includes('<meta name="robots" content="noindex"'));
  const briefing = manifestOf(built.content);

  it('gives every page JSON-LD: the Dataset with briefing.json, and the page, all URLs absolute under the base', () => {
    for (const file of pages) {
      const graph = graphOf(built.site, file);
      const dataset = graph.find((node) => node['@type'] === 'Dataset')!;
      expect(dataset.name).toBe(briefing.title);
      expect(dataset.description).toBe(briefing.summary);
      expect((dataset.distribution as Node[]).map((item) => item.contentUrl)).toContain(`${home}briefing.json`);
      const page = graph.find((node) => node['@type'] === 'WebPage')!;
      expect(page.url).toBe(`${home}${file.slice(0, -'index.html'.length)}`);
      const sourceUrls = new Set(briefing.sources.flatMap((source) => source.url ?? []));
      for (const url of urlsIn(graph)) {
        if (sourceUrls.has(url)) continue;
        expect(url.startsWith(home), `${file}: ${url}`).toBe(true);
      }
    }
  });

  it('describes each article as a NewsArticle, and each of its sentences as a Claim whose @id is its anchor', () => {
    for (const source of briefing.sources) {
      const file = `articles/${source.id}/index.html`;
      const graph = graphOf(built.site, file);
      const article = graph.find((node) => node['@type'] === 'NewsArticle')!;
      expect(article.headline).toBeTruthy();
      expect((article.publisher as Node).name).toBe(source.outlet ?? 'Unknown outlet');
      expect(article.datePublished ?? null).toBe(source.published);
      const claims = graph.filter((node) => node['@type'] === 'Claim');
      const own = briefing.claims.filter((claim) => claim.source === source.id);
      expect(claims.map((claim) => claim.text)).toEqual(own.map((claim) => claim.text));
      const tree = readPage(built.site, `/${file}`);
      for (const claim of claims) {
        expect(claim.author).toMatchObject({ name: expect.any(String) });
        expect((claim.appearance as Node[]).map((item) => item['@id'])).toContain(article['@id']);
        expect((claim.firstAppearance as Node)['@id']).toMatch(/#source-heading$/);
        const anchor = new URL(claim['@id']!).hash.slice(1);
        expect(select(`[id="${anchor}"]`, tree), anchor).toBeTruthy();
      }
    }
  });

  it('bounds what an aggregate page describes', () => {
    const aggregates = pages.filter((page) => page.startsWith('topics/') || page.startsWith('stories/'));
    expect(aggregates.length).toBeGreaterThan(0);
    for (const file of aggregates) {
      expect(graphOf(built.site, file).filter((node) => node['@type'] === 'Claim').length).toBeLessThanOrEqual(MAX_CLAIMS);
    }
  });

  it('lists every source as CSL-JSON, and puts the page’s own in its "cite this" block', () => {
    const items = JSON.parse(readFileSync(path.join(built.site, 'sources.csl.json'), 'utf8')) as Node[];
    expect(items.map((item) => item.id)).toEqual(briefing.sources.map((source) => source.id));
    for (const item of items) {
      expect(item.type).toBe('article-newspaper');
      expect(item.title).toBeTruthy();
      expect(item['container-title']).toBeTruthy();
    }
    const source = briefing.sources[0]!;
    const block = select('.cite-csl code', readPage(built.site, `/articles/${source.id}/`))!;
    expect(JSON.parse(toText(block))).toEqual([items[0]]);
  });

  it('has an Atom feed of the dated sources, newest first, and a sitemap of every page', () => {
    const feed = readFileSync(path.join(built.site, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const published = [...feed.matchAll(/<published>(\d{4}-\d{2}-\d{2})T00:00:00Z<\/published>/g)].map((match) => match[1]!);
    const dated = briefing.sources
      .flatMap((source) => source.published ?? [])
      .sort()
      .reverse();
    expect(published).toEqual(dated.slice(0, 100));
    for (const [, id] of feed.matchAll(/<id>([^<]+)<\/id>/g)) expect(id!.startsWith(home)).toBe(true);
    const locs = [...readFileSync(path.join(built.site, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs.sort()).toEqual(pages.map((file) => `${home}${file.slice(0, -'index.html'.length)}`).sort());
    for (const loc of locs) expect(existsSync(path.join(built.site, new URL(loc).pathname.slice(new URL(home).pathname.length), 'index.html'))).toBe(true);
  });
});
