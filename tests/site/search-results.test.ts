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
    const claims = [
      { id: 'x-1', kind: 'partial-quote', speaker: 'Vladimir Putin' },
      { id: 'x-1-2', kind: 'narration', speaker: null },
      { id: 'x-2', kind: 'unnamed-source', speaker: 'officials' },
      { id: 'x-3', kind: 'direct-quote', speaker: 'Vladimir Putin' },
    ] as const;
    const facts = decodeClaimFacts(encodeClaimFacts(claims));
    expect([...facts]).toEqual(claims.map(({ id, kind, speaker }) => [`claim-${id}`, { kind, speaker }]));
    // One claim: the whole id is the common prefix.
    expect([...decodeClaimFacts(encodeClaimFacts([claims[0]]))]).toEqual([['claim-x-1', { kind: 'partial-quote', speaker: 'Vladimir Putin' }]]);
    expect(decodeClaimFacts(encodeClaimFacts([])).size).toBe(0);
    expect(decodeClaimFacts('not json').size).toBe(0);
    expect(decodeClaimFacts('[["x", "no-such-kind"]]').size).toBe(0);
    expect(decodeClaimFacts('{"p":"x-","s":["a"],"c":"1.99 2. 3.0.7 4..0 5.-1"}').size).toBe(0);
  });

  it('writes a speaker once and no id prefix twice', () => {
    const value = encodeClaimFacts([
      { id: 'reuters-2023-0a1b2c3d', kind: 'direct-quote', speaker: 'Vladimir Putin' },
      { id: 'reuters-2023-4e5f6a7b', kind: 'direct-quote', speaker: 'Vladimir Putin' },
    ]);
    expect(value.match(/Vladimir Putin/g)).toHaveLength(1);
    expect(value.match(/reuters-2023-/g)).toHaveLength(1);
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
