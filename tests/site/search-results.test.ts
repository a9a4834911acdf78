import { describe, expect, it } from 'vitest';
import { claimHits, decodeClaimFacts, encodeClaimFacts, renderResult, renderSearchboxResult, type ResultData } from '../../src/lib/search-results.ts';

/** A result as Pagefind gives it for an article of three claims (words 0–2 are the title). */
function article(
  locations: number[],
  claims = encodeClaimFacts([
    { id: 'a-1', kind: 'direct-quote', speaker: 'Kim Jong Un' },
    { id: 'a-2', kind: 'narration', speaker: null },
    { id: 'a-3', kind: 'unnamed-source', speaker: 'analysts' },
  ]),
): ResultData {
  return {
    url: '/articles/a/',
    content: 'The <b>title</b> here. "We support you," Kim said. Satellites were shown. Analysts say satellites matter.',
    locations,
    anchors: [
      { element: 'h1', id: 'title', location: 0 },
      { element: 'span', id: 'claim-a-1', location: 3 },
      { element: 'a', id: 'user-content-fnref-a-1', location: 8 },
      { element: 'span', id: 'claim-a-2', location: 8 },
      { element: 'span', id: 'claim-a-3', location: 11 },
    ],
    meta: { title: 'A <headline>', type: 'Article', outlet: 'Reuters', date: '13 September 2023', claims },
    excerpt: 'The &lt;b&gt;title&lt;/b&gt; here.',
  };
}

describe('search results down to the claim', () => {
  it('places each matching word in its claim and links to that claim', () => {
    const hits = claimHits(article([8, 13]));
    expect(hits.map((hit) => hit.url)).toEqual(['/articles/a/#claim-a-2', '/articles/a/#claim-a-3']);
    expect(hits[0]!.excerpt).toBe('<mark>Satellites</mark> were shown.');
    expect(hits[1]!.facts).toEqual({ kind: 'unnamed-source', speaker: 'analysts' });
  });

  it('keeps the claims with the most matches, shown in article order', () => {
    const hits = claimHits(article([3, 8, 9, 10, 13]), { max: 2 });
    expect(hits.map((hit) => hit.anchor)).toEqual(['claim-a-1', 'claim-a-2']);
  });

  it('keeps to the claims of the chosen kinds and speakers', () => {
    expect(claimHits(article([3, 8, 13]), { filters: { kinds: ['Direct quote'] } }).map((hit) => hit.anchor)).toEqual(['claim-a-1']);
    expect(claimHits(article([3, 8, 13]), { filters: { speakers: ['analysts'] } }).map((hit) => hit.anchor)).toEqual(['claim-a-3']);
  });

  it('escapes the text and metadata of the index', () => {
    const html = renderResult(article([1]));
    expect(html).toContain('A &lt;headline&gt;');
    expect(html).not.toContain('<headline>');
    const hostile = claimHits({ ...article([3]), content: 'x y z <img src=x onerror=alert(1)> w v u t s' });
    expect(hostile[0]!.excerpt).toContain('<mark>&lt;img</mark>');
    expect(hostile[0]!.excerpt).not.toContain('<img');
  });

  it('reads claim facts back as written, and nothing from malformed metadata', () => {
    const facts = decodeClaimFacts(encodeClaimFacts([{ id: 'x-1', kind: 'partial-quote', speaker: 'Vladimir Putin' }]));
    expect(facts.get('claim-x-1')).toEqual({ kind: 'partial-quote', speaker: 'Vladimir Putin' });
    expect(decodeClaimFacts('not json').size).toBe(0);
    expect(decodeClaimFacts('[["x", "no-such-kind"]]').size).toBe(0);
  });

  it('shows the outlet and date of an article, and the kind and speaker of each claim', () => {
    const html = renderResult(article([3]));
    expect(html).toContain('<p class="sr-meta">Article · Reuters · 13 September 2023</p>');
    expect(html).toContain('Direct quote · Kim Jong Un');
    expect(html).toContain('href="/articles/a/#claim-a-1"');
  });

  it('gives the header box options with unique ids, grouped under their article', () => {
    let next = 0;
    const html = renderSearchboxResult(article([3, 8]), (prefix) => `${prefix}-${next++}`);
    expect(html.startsWith('<div class="pf-searchbox-group" role="group"')).toBe(true);
    expect(html.match(/role="option"/g)).toHaveLength(3);
    expect(new Set(html.match(/ id="pf-sb-result-\d+"/g)).size).toBe(3);
  });
});
