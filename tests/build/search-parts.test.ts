/**
 * A large site's search index is built in parts (src/build/search-parts.ts). The browser
 * merges the parts' results by score, and under a date sort a score is the page's position
 * in its part times the part's weight: these tests merge the way Pagefind does and check
 * that the dates come out in order, as they would from one index.
 */
import { describe, expect, it } from 'vitest';
import { mergedParts, pagesPerPart, partFolder, planSearchParts, searchPageOf, type SearchPage } from '../../src/build/search-parts.ts';

/** Pagefind's merge under a sort: each part's score is the position in its sorted list times its weight, then one stable sort by score, highest first. */
function mergeLikePagefind(parts: SearchPage[][], direction: 'asc' | 'desc'): string[] {
  const weights = [1, ...mergedParts(parts.length).map((part) => part.weight)];
  const results = parts.flatMap((part, k) =>
    part
      .filter((page) => page.date !== null)
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
      .map((page, position) => ({ date: page.date!, score: (direction === 'asc' ? -position : position) * weights[k]! })),
  );
  const merged = results.sort((a, b) => b.score - a.score);
  // The engine's one correction: newest first turns the group at score 0 round (public/search/engine/pagefind.js).
  if (direction === 'desc') {
    const zero = merged.findIndex((result) => result.score === 0);
    if (zero !== -1) merged.splice(zero, merged.length - zero, ...merged.slice(zero).reverse());
  }
  return merged.map((result) => result.date);
}

const day = (n: number) => `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

/** Articles with dates in a scrambled order, some on the same day, and undated pages. */
function site(articles: number, others: number): SearchPage[] {
  const pages: SearchPage[] = [];
  for (let i = 0; i < articles; i += 1)
    pages.push({ path: `articles/a-${String((i * 7919) % articles).padStart(5, '0')}/index.html`, date: day((i * 37) % Math.ceil(articles / 2)) });
  for (let i = 0; i < others; i += 1) pages.push({ path: `people/p-${i}/index.html`, date: null });
  return pages;
}

describe('planSearchParts', () => {
  it('keeps a site that fits one part in one part', () => {
    const pages = site(50, 30);
    const parts = planSearchParts(pages, 80);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.map((page) => page.path).sort()).toEqual(pages.map((page) => page.path).sort());
  });

  it('splits a larger site into parts of nearly one size, each page in exactly one', () => {
    const pages = site(1000, 700);
    const parts = planSearchParts(pages, 400);
    expect(parts).toHaveLength(5);
    const sizes = parts.map((part) => part.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(
      parts
        .flat()
        .map((page) => page.path)
        .sort(),
    ).toEqual(pages.map((page) => page.path).sort());
  });

  it('gives, merged as Pagefind merges, the dates in order both ways', () => {
    for (const [articles, perPart] of [
      [1000, 300],
      [999, 250],
      [7, 2],
      [40, 39],
    ] as const) {
      const pages = site(articles, 100);
      const dates = pages.flatMap((page) => page.date ?? []).sort();
      const parts = planSearchParts(pages, perPart);
      expect(parts.length).toBeGreaterThan(1);
      expect(mergeLikePagefind(parts, 'asc')).toEqual(dates);
      expect(mergeLikePagefind(parts, 'desc')).toEqual([...dates].reverse());
    }
  });

  it('would not keep the date order if every part weighed the same (the weights are what keep it)', () => {
    const pages = site(200, 0);
    const parts = planSearchParts(pages, 50);
    const unweighted = parts.map((part) => part.map((page) => page.date!).sort());
    const asc = unweighted
      .flatMap((dates) => dates.map((date, position) => ({ date, score: -position })))
      .sort((a, b) => b.score - a.score)
      .map((result) => result.date);
    const dates = pages.map((page) => page.date!).sort();
    expect(asc).toEqual(dates);
    const desc = unweighted
      .flatMap((dates) => dates.map((date, position) => ({ date, score: position })))
      .sort((a, b) => b.score - a.score)
      .map((result) => result.date);
    expect(desc).not.toEqual([...dates].reverse());
  });

  it('puts a dated page in every part, even where that makes the parts larger: a part without one would mix undated pages into a date order', () => {
    const pages = site(3, 500);
    const parts = planSearchParts(pages, 100);
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.some((page) => page.date !== null)).toBe(true);
    // No dated page at all: no date order to keep, and parts of the size asked.
    expect(planSearchParts(site(0, 500), 100)).toHaveLength(5);
  });

  it('names the parts after the first, and weighs each a little more than the last', () => {
    expect(partFolder(0)).toBe('');
    expect(mergedParts(3)).toEqual([
      { folder: 'part-2/', weight: 1 + 1e-9 },
      { folder: 'part-3/', weight: 1 + 2e-9 },
    ]);
    expect(mergedParts(1)).toEqual([]);
  });

  it('reads the number of pages per part from BRIEFING_SEARCH_PART_PAGES, and refuses nonsense', () => {
    expect(pagesPerPart({})).toBe(6000);
    expect(pagesPerPart({ BRIEFING_SEARCH_PART_PAGES: '100' })).toBe(100);
    expect(() => pagesPerPart({ BRIEFING_SEARCH_PART_PAGES: '0' })).toThrow(/BRIEFING_SEARCH_PART_PAGES/);
    expect(() => pagesPerPart({ BRIEFING_SEARCH_PART_PAGES: 'many' })).toThrow(/BRIEFING_SEARCH_PART_PAGES/);
  });
});

describe('searchPageOf', () => {
  it('reads whether a page is indexed and its date, from its tags only', () => {
    const article =
      '<html><body><main id="content" tabindex="-1" data-pagefind-body><span hidden data-pagefind-sort="date[data-value]" data-value="2023-09-13"></span><p>data-pagefind-sort="date[data-value]" data-value="1999-01-01"</p></main></body></html>';
    expect(searchPageOf('articles/a/index.html', article)).toEqual({ path: 'articles/a/index.html', date: '2023-09-13' });
    expect(searchPageOf('people/p/index.html', '<main data-pagefind-body><h1>P</h1></main>')).toEqual({ path: 'people/p/index.html', date: null });
  });

  it('leaves out a page that only mentions data-pagefind-body in its text', () => {
    expect(searchPageOf('search/index.html', '<main id="content"><p>Pages marked data-pagefind-body are indexed.</p></main>')).toBeNull();
  });
});
