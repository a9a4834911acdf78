/**
 * Corrections from an article's front matter: recorded in the manifest with the claims
 * they concern, shown on the article, on every topic page that quotes such a claim (and
 * on no other) and on the story page of the article, described as schema.org
 * CorrectionComments, their text kept as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, select, selectAll, toText } from '../helpers/html.ts';
import { manifestOf } from '../helpers/search.ts';

const paged = inject('paged');
const briefing = manifestOf(paged.content);
const corrected = briefing.sources.filter((source) => source.corrections.length > 0);

describe('corrections', () => {
  it('are in the manifest, each with the claims it concerns', () => {
    expect(corrected.map((source) => source.id)).toEqual(['synthetic-0000', 'synthetic-0001']);
    const [scoped, whole] = corrected.map((source) => source.corrections[0]!);
    expect(scoped!.claims.length).toBe(1);
    expect(briefing.claims.find((claim) => claim.id === scoped!.claims[0])!.text).toContain(scoped!.sentence);
    expect(whole!.sentence).toBeNull();
    expect(whole!.claims).toEqual(briefing.claims.filter((claim) => claim.source === 'synthetic-0001').map((claim) => claim.id));
  });

  it('show on the article, as text, linked to the sentence concerned', () => {
    const [source] = corrected;
    const page = readPage(paged.site, `/articles/${source!.id}/`);
    const section = select('section.corrections', page)!;
    expect(toText(select('h2', section)!)).toBe('Correction');
    expect(toText(section)).toContain('An earlier version of this sentence <b>misstated</b> the day.');
    expect(select('section.corrections b', page)).toBeUndefined();
    const link = select('a[href^="#claim-"]', section)!;
    expect(String(link.properties.href)).toBe(`#claim-${source!.corrections[0]!.claims[0]}`);
    expect(select(`[id="claim-${source!.corrections[0]!.claims[0]}"]`, page)).toBeTruthy();
    expect(toText(select('.toc', page) ?? page)).toContain('Correction');
  });

  it('show on every topic page that quotes a claim they concern, and on no other', () => {
    const topicPages = listFiles(paged.site).filter((file) => file.startsWith('topics/') && file.endsWith('index.html') && file !== 'topics/index.html');
    let shown = 0;
    for (const file of topicPages) {
      const page = readPage(paged.site, `/${file}`);
      const quoted = new Set(selectAll('a[href*="#claim-"]', page).map((a) => String(a.properties.href).split('#claim-')[1]!));
      const expected = corrected.flatMap((source) =>
        source.corrections.filter((correction) => correction.claims.some((id) => quoted.has(id))).map((correction) => correction.text),
      );
      const section = select('section.corrections', page);
      const texts = section ? selectAll('li', section).map((li) => toText(li)) : [];
      expect(texts.length, file).toBe(expected.length);
      for (const text of expected)
        expect(
          texts.some((li) => li.includes(text)),
          `${file}: ${text}`,
        ).toBe(true);
      shown += expected.length;
    }
    // Both corrections reach a topic page somewhere, and some topic pages have none.
    expect(shown).toBeGreaterThanOrEqual(2);
    expect(topicPages.some((file) => !select('section.corrections', readPage(paged.site, `/${file}`)))).toBe(true);
  });

  it('show on the story page of each corrected article, and on no other story page', () => {
    const storyPages = listFiles(paged.site).filter((file) => /^stories\/[^/]+\/index\.html$/.test(file));
    let shown = 0;
    for (const story of briefing.stories) {
      const page = readPage(paged.site, `/stories/${story.id}/`);
      const expected = corrected
        .filter((source) => story.sources.includes(source.id))
        .flatMap((source) => source.corrections.map((correction) => correction.text));
      const section = select('section.corrections', page);
      const texts = section ? selectAll('li', section).map((li) => toText(li)) : [];
      expect(texts.length, story.id).toBe(expected.length);
      for (const text of expected)
        expect(
          texts.some((li) => li.includes(text)),
          `${story.id}: ${text}`,
        ).toBe(true);
      shown += expected.length;
    }
    expect(storyPages.length).toBe(briefing.stories.length);
    expect(shown).toBe(2);
  });

  it('are CorrectionComments of the article’s NewsArticle in its JSON-LD', () => {
    for (const source of corrected) {
      const html = readFileSync(path.join(paged.site, 'articles', source.id, 'index.html'), 'utf8');
      const graph = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!)['@graph'] as Record<string, unknown>[];
      const article = graph.find((node) => node['@type'] === 'NewsArticle')!;
      expect(article.correction).toEqual(
        source.corrections.map((correction) => ({ '@type': 'CorrectionComment', datePublished: correction.date, text: correction.text })),
      );
    }
  });
});
