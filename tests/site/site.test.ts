import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Briefing } from '../../src/schema/briefing.ts';
import { repoRoot } from '../helpers/seeds.ts';
import { listFiles, readableText, readPage, select, selectAll, toText, type Element } from '../helpers/html.ts';

const seeds = inject('seeds');
const hostile = inject('hostile');
const manifestOf = (content: string) => Briefing.parse(JSON.parse(readFileSync(path.join(content, 'briefing.json'), 'utf8')));
const briefing = manifestOf(seeds.content);

describe('the build', () => {
  it('prints no warning, with topics and a briefing.yaml or without them, and says what each stage did', () => {
    for (const [name, built] of [
      ['seeds', seeds],
      ['paged', inject('paged')],
      ['hostile', hostile],
    ] as const) {
      const lines = built.log.split('\n').filter((line) => line.trim() !== '');
      expect(
        lines.filter((line) => /\bwarn(?:ing)?\b/i.test(line)),
        name,
      ).toEqual([]);
      for (const stage of [
        /^annotated \d+ articles?, \d+ claims(?: \(\d+ read and \d+ emitted from the cache\))? in \d+\.\d s/,
        /^rendered \d+ pages with Astro in /,
        /^indexed \d+ pages for search in /,
        /^bagged \d+ files/,
        /^built .* in \d+\.\d s$/,
      ]) {
        expect(
          lines.some((line) => stage.test(line)),
          `${name}: ${stage}`,
        ).toBe(true);
      }
      // Every page and endpoint rendered is counted: the HTML pages and one file per endpoint (src/pages/**/*.ts).
      const endpoints = listFiles(path.join(repoRoot, 'src/pages')).filter((file) => file.endsWith('.ts')).length;
      const htmlPages = listFiles(built.site).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).length;
      expect(lines.find((line) => line.startsWith('rendered '))).toMatch(new RegExp(`^rendered ${htmlPages + endpoints} pages with Astro`));
    }
  });
});

describe('the built briefing site', () => {
  it('has an overview, a page per topic and per article, sources, a 404 page and a search index', () => {
    const pages = ['/', '/sources/', ...briefing.topics.map((t) => `/topics/${t.id}/`), ...briefing.sources.map((s) => `/articles/${s.id}/`)];
    for (const page of pages) {
      const tree = readPage(seeds.site, page);
      expect(toText(select('title', tree)!).length, `${page} has a title`).toBeGreaterThan(0);
      expect(select('[data-pagefind-body]', tree), `${page} marks its content for search`).toBeDefined();
    }
    expect(existsSync(path.join(seeds.site, '404.html'))).toBe(true);
    expect(existsSync(path.join(seeds.site, 'pagefind/pagefind.js'))).toBe(true);
    expect(listFiles(path.join(seeds.site, 'pagefind')).some((file) => file.endsWith('.pf_meta'))).toBe(true);
  });

  it('has a page per story, listed on the overview: its articles, and its agreements with the words they rest on marked', () => {
    expect(briefing.stories.length).toBeGreaterThan(0);
    const overview = readPage(seeds.site, '/');
    const listed = selectAll('#stories ~ ul.source-list a', overview).map((a) => a.properties.href);
    for (const story of briefing.stories) {
      expect(listed, story.id).toContain(`/stories/${story.id}/`);
      const tree = readPage(seeds.site, `/stories/${story.id}/`);
      expect(toText(select('h1', tree)!)).toBe(story.title);
      const articles = selectAll('#articles + ul a', tree).map((a) => a.properties.href);
      expect(articles).toEqual(story.sources.map((id) => `/articles/${id}/`));
      // Every relation of the story shows its evidence: the first shared phrase of each claim is marked.
      const marked = selectAll('.compare mark', tree).map((mark) => toText(mark));
      const ids = new Set(story.sources);
      const relations = briefing.relations.filter((r) => ids.has(briefing.claims.find((c) => c.id === r.a)!.source));
      expect(relations.length).toBe(story.relations);
      for (const relation of relations) expect(marked, relation.a).toContain(relation.evidence.aligned[0]!.a);
    }
  });

  it('publishes briefing.json exactly as the build wrote it, with its JSON Schema', () => {
    expect(readFileSync(path.join(seeds.site, 'briefing.json'), 'utf8')).toBe(readFileSync(path.join(seeds.content, 'briefing.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(seeds.site, 'briefing.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(briefing));
  });

  it('shows each article’s text exactly as in its source, sentence by sentence', () => {
    for (const source of briefing.sources) {
      const tree = readPage(seeds.site, `/articles/${source.id}/`);
      const claims = briefing.claims.filter((claim) => claim.source === source.id);
      for (const claim of claims) {
        const element = select(`[id="claim-${claim.id}"]`, tree);
        expect(element, `${claim.id} has an anchor`).toBeDefined();
        expect(readableText(element!)).toBe(claim.text);
      }
      // Paragraph by paragraph, nothing is added between the claims but footnote numbers.
      const paragraphs = new Map<number, string[]>();
      for (const claim of claims) paragraphs.set(claim.paragraph, [...(paragraphs.get(claim.paragraph) ?? []), claim.text]);
      const shown = selectAll('p', tree)
        .filter((p) => select('[id^="claim-"]', p))
        .map((p) => readableText(p).trim());
      expect(shown).toEqual([...paragraphs.values()].map((texts) => texts.join(' ')));
    }
  });

  it('shows the removed boilerplate verbatim on the article page', () => {
    for (const source of briefing.sources) {
      const text = toText(readPage(seeds.site, `/articles/${source.id}/`), { whitespace: 'normal' });
      for (const removed of source.removed) expect(text).toContain(removed.text);
      expect(text).toContain(source.sha256);
    }
  });

  it('lists every claim of a topic on its page, linked to the claim in its article', () => {
    for (const topic of briefing.topics) {
      const tree = readPage(seeds.site, `/topics/${topic.id}/`);
      const hrefs = selectAll('a[href]', tree).map((a) => String(a.properties.href));
      for (const id of topic.claims) {
        const claim = briefing.claims.find((c) => c.id === id)!;
        expect(hrefs, `${topic.id} links ${id}`).toContain(`/articles/${claim.source}/#claim-${id}`);
      }
    }
  });

  it('has no broken internal link or anchor on any page', () => {
    const broken: string[] = [];
    for (const file of listFiles(seeds.site).filter((f) => f.endsWith('.html'))) {
      const tree = readPage(seeds.site, `/${file}`);
      for (const a of selectAll('a[href]', tree) as Element[]) {
        const href = String(a.properties.href);
        if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
        const url = new URL(href, `http://site.invalid/${file}`);
        let target = path.join(seeds.site, decodeURIComponent(url.pathname));
        if (url.pathname.endsWith('/')) target = path.join(target, 'index.html');
        if (!existsSync(target)) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!select(`[id="${id}"]`, readPage(seeds.site, path.relative(seeds.site, target)))) broken.push(`${file}: ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps quotes, dashes and ellipses as written: no smart punctuation', () => {
    const quote = briefing.claims.find((claim) => claim.text.includes('"'))!;
    const tree = readPage(seeds.site, `/articles/${quote.source}/`);
    expect(readableText(select(`[id="claim-${quote.id}"]`, tree)!)).toContain('"');
  });
});

describe('a hostile article', () => {
  const manifest = manifestOf(hostile.content);
  const html = readFileSync(path.join(hostile.site, 'articles/hostile/index.html'), 'utf8');
  const tree = readPage(hostile.site, '/articles/hostile/');

  it('renders its markup, expressions and module code as text', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    // Text, however its "<" is spelled: no element runs it, and a reader sees it as written.
    expect(selectAll('script:not([type="application/ld+json"])', tree).filter((element) => toText(element).includes('alert(1)'))).toEqual([]);
    expect(toText(select('.article-text', tree)!)).toContain('<script>alert(1)</script>');
    for (const claim of manifest.claims) expect(readableText(select(`[id="claim-${claim.id}"]`, tree)!)).toBe(claim.text);
    const text = toText(tree);
    expect(text).toContain("{(globalThis.hostileRan = 'expression')}");
    expect(text).toContain('<!-- c --> and "quotes" -- dashes and \'single\' ones... all as written.');
  });
});
