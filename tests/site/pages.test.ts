/**
 * What each kind of page shows readers, checked in the built HTML of the bundled briefing:
 * the overview, topics, articles, people, timeline, sources, the 404 page, and the parts
 * every page shares (navigation, breadcrumbs, citation, print styles).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Briefing } from '../../src/schema/briefing.ts';
import { createView } from '../../src/lib/view.ts';
import { listFiles, readPage, select, selectAll, toText, type Element } from '../helpers/html.ts';

const seeds = inject('seeds');
const manifestText = readFileSync(path.join(seeds.content, 'briefing.json'), 'utf8');
const manifest = Briefing.parse(JSON.parse(manifestText));
const view = createView(manifest);
const text = (urlPath: string, selector = 'main') => toText(select(selector, readPage(seeds.site, urlPath))!, { whitespace: 'normal' });
const hrefs = (urlPath: string, selector = 'main a[href]') => selectAll(selector, readPage(seeds.site, urlPath)).map((a) => String(a.properties.href));

describe('the overview', () => {
  it('says what happened from accounts several outlets carry, each linked to every outlet’s sentence', () => {
    const tree = readPage(seeds.site, '/');
    const lines = selectAll('.happened > li', tree);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(5);
    for (const line of lines) {
      const links = selectAll('a[href*="#claim-"]', line);
      expect(links.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a card per topic, what outlets agree and differ on, and the sources', () => {
    const main = text('/');
    for (const topic of manifest.topics) expect(hrefs('/', '.topic-card a')).toContain(`/topics/${topic.id}/`);
    expect(main).toContain('Where the outlets agree and differ');
    expect(selectAll('#content .compare-differs', readPage(seeds.site, '/')).length).toBeGreaterThan(0);
    for (const source of manifest.sources) expect(hrefs('/')).toContain(`/articles/${source.id}/`);
  });
});

describe('a topic page', () => {
  it('has the editor’s introduction, agreements, differences side by side and quotations by speaker', () => {
    const tree = readPage(seeds.site, '/topics/summit/');
    expect(select('#introduction', tree)).toBeDefined();
    for (const id of ['agree', 'differ', 'who-said-what', 'claims']) expect(select(`[id="${id}"]`, tree), id).toBeDefined();
    const compare = selectAll('.compare', tree);
    expect(compare.length).toBeGreaterThan(0);
    for (const item of compare) expect(selectAll('.account', item).length).toBeGreaterThanOrEqual(2);
    const speakers = selectAll('.speaker h3', tree).map((h) => toText(h));
    expect(speakers[0]).toBe('Kim Jong Un');
  });

  it('marks the phrases that differ in each account', () => {
    const arms = readPage(seeds.site, '/topics/arms/');
    const differs = selectAll('.compare-differs', arms);
    expect(differs.length).toBeGreaterThan(0);
    for (const item of differs) expect(selectAll('.account mark', item).length).toBeGreaterThanOrEqual(2);
  });
});

describe('an article page', () => {
  const source = manifest.sources[0]!;
  const tree = readPage(seeds.site, `/articles/${source.id}/`);

  it('shows the source card: outlet, date, URL, byline, SHA-256 and removed boilerplate', () => {
    const card = toText(select('.source-card', tree)!, { whitespace: 'normal' });
    expect(card).toContain(source.outlet!);
    expect(card).toContain(source.sha256);
    expect(card).toContain(source.url ?? 'Not given');
    expect(card.includes('Byline')).toBe(source.byline !== null);
    if (source.byline !== null) expect(card).toContain(source.byline);
    for (const removed of source.removed) expect(card).toContain(removed.text.replace(/\s+/g, ' ').trim());
  });

  it('gives every claim a footnote with a back-link, and links claims other outlets carry', () => {
    const claims = manifest.claims.filter((claim) => claim.source === source.id);
    const refs = selectAll('.article-text a[data-footnote-ref]', tree);
    const backrefs = selectAll('.article-text [data-footnote-backref]', tree);
    expect(refs).toHaveLength(claims.length);
    expect(backrefs).toHaveLength(claims.length);
    const related = claims.filter((claim) => view.relationsByClaim.has(claim.id));
    const links = selectAll('#other-outlets ~ ul a, .related-list a', tree).map((a) => String(a.properties.href));
    for (const claim of related) {
      const other = view.relationsByClaim.get(claim.id)![0]!.other;
      expect(links).toContain(`/articles/${other.source}/#claim-${other.id}`);
    }
  });

  it('marks each claim’s kind with more than colour: a marker glyph and an underline style per kind', () => {
    const css = listFiles(seeds.site)
      .filter((file) => file.endsWith('.css') && file.startsWith('_astro'))
      .map((file) => readFileSync(path.join(seeds.site, file), 'utf8'))
      .join('\n');
    for (const kind of ['direct-quote', 'partial-quote', 'indirect-statement', 'attributed-report', 'unnamed-source', 'unattributed-assessment']) {
      expect(css).toMatch(new RegExp(`\\.claim\\[data-kind=['"]?${kind}['"]?\\]:{1,2}before\\{content:`));
    }
  });
});

describe('people, timeline and sources', () => {
  it('lists every speaker, and shows each one’s words across outlets and how each outlet describes them', () => {
    for (const entity of view.entities) expect(hrefs('/people/')).toContain(`/people/${entity.slug}/`);
    const kim = readPage(seeds.site, '/people/kim-jong-un/');
    expect(select('#framing', kim)).toBeDefined();
    expect(selectAll('.framing-outlet', kim).length).toBeGreaterThanOrEqual(2);
    expect(select('#said', kim)).toBeDefined();
  });

  it('dates events by the day the articles name', () => {
    const timeline = text('/timeline/');
    expect(timeline).toContain('Tuesday 12 September 2023');
    expect(timeline).toContain('Wednesday 13 September 2023');
  });

  it('has an outlet × topic table and the claims only one outlet carries', () => {
    const tree = readPage(seeds.site, '/sources/');
    const header = selectAll('.coverage-table thead th', tree).map((th) => toText(th));
    for (const topic of manifest.topics) expect(header).toContain(topic.title);
    expect(selectAll('.coverage-table tbody tr', tree)).toHaveLength(view.outlets.length);
    for (const outlet of view.outlets) expect(hrefs('/sources/')).toContain(`/outlets/${outlet.slug}/#unique`);
  });
});

describe('every page', () => {
  const pages = listFiles(seeds.site).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));

  it('marks the current page in the sidebar and lists at most ten articles there', () => {
    for (const file of pages) {
      const tree = readPage(seeds.site, `/${file}`);
      const sidebar = select('#sidebar', tree)!;
      expect(selectAll('a[href*="/articles/"]', sidebar).length, file).toBeLessThanOrEqual(10);
    }
    expect(pages).toContain('index.html');
    expect(toText(select('#sidebar a[aria-current="page"]', readPage(seeds.site, '/'))!)).toBe('Overview');
    const article = readPage(seeds.site, `/articles/${manifest.sources[0]!.id}/`);
    expect(select('#sidebar a[aria-current="page"]', article)?.properties.href).toBe(`/articles/${manifest.sources[0]!.id}/`);
  });

  it('has breadcrumbs and previous/next links, except the overview’s breadcrumbs', () => {
    for (const file of pages.filter((name) => !['index.html', '404.html'].includes(name) && !name.startsWith('search'))) {
      const tree = readPage(seeds.site, `/${file}`);
      expect(select('nav.breadcrumbs', tree), file).toBeDefined();
      expect(select('nav.prev-next a', tree), file).toBeDefined();
    }
  });

  it('can be cited from the manifest’s own dates and hash', async () => {
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(manifestText).digest('hex');
    for (const file of ['index.html', 'topics/summit/index.html', `articles/${manifest.sources[0]!.id}/index.html`]) {
      const cite = toText(select('.cite', readPage(seeds.site, `/${file}`))!, { whitespace: 'normal' });
      expect(cite).toContain(digest);
      expect(cite).toContain('13 September 2023');
    }
    expect(toText(select('.cite', readPage(seeds.site, `/articles/${manifest.sources[0]!.id}/`))!)).toContain(manifest.sources[0]!.sha256);
  });

  it('prints without the navigation', () => {
    const css = listFiles(seeds.site)
      .filter((file) => file.endsWith('.css') && file.startsWith('_astro'))
      .map((file) => readFileSync(path.join(seeds.site, file), 'utf8'))
      .join('\n');
    const print = css.slice(css.indexOf('@media print{'));
    expect(print.length).toBeLessThan(css.length);
    expect(print.slice(0, print.indexOf('}}') + 2)).toContain('.sidebar');
  });

  it('has a 404 page that points somewhere useful, with links that work from any address', () => {
    const tree = readPage(seeds.site, '/404.html');
    const links = selectAll('main a[href]', tree).map((a) => String((a as Element).properties.href));
    expect(links.every((href) => href.startsWith('/'))).toBe(true);
    for (const topic of manifest.topics) expect(links).toContain(`/topics/${topic.id}/`);
    expect(links).toContain('/timeline/');
  });
});
