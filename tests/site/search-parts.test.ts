/**
 * A search index built in parts (src/build/search-parts.ts) finds, in a real browser, what
 * one index of the same site finds: the same pages for a query, and under a date order the
 * same dates in the same order, both ways. The `paged` build is indexed in parts of
 * PAGED_PART_PAGES pages; the same site is indexed here again in one part to compare.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { hasChromium, servedInBrowser } from '../helpers/browser.ts';
import { PAGED_PART_PAGES } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/html.ts';

const paged = inject('paged');

interface Found {
  url: string;
  date: string | null;
}

/** Every result of `term` through the site's own search engine, in its order, with the article date the page shows. */
async function searchAll(page: Page, term: string, sort: string): Promise<Found[]> {
  // A string, not a function: Vitest would rewrite a function's dynamic import() into its own loader.
  return page.evaluate(`(async () => {
    window.engine ??= (await import('/search/engine/pagefind.js')).createInstance({});
    document.documentElement.dataset.searchSort = ${JSON.stringify(sort)};
    const response = await window.engine.search(${JSON.stringify(term)});
    return Promise.all(response.results.map(async (result) => {
      const data = await result.data();
      return { url: data.url, date: data.meta.date ?? null };
    }));
  })()`);
}

const partsOf = (site: string) => (readFileSync(path.join(site, 'pagefind/parts.js'), 'utf8').match(/"folder"/g) ?? []).length + 1;

describe.runIf(hasChromium)('a search index in parts', () => {
  // Indexed before it is served (registered first, this hook runs first): the server lists the files it serves when it starts.
  const whole = mkdtempSync(path.join(tmpdir(), 'briefing-one-index-'));
  beforeAll(async () => {
    cpSync(paged.site, whole, { recursive: true });
    await buildSearchIndex(whole, Number.MAX_SAFE_INTEGER);
  }, 60_000);
  afterAll(() => rmSync(whole, { recursive: true, force: true }));
  const inParts = servedInBrowser(paged.site);
  const inOne = servedInBrowser(whole);

  it('is in several parts in the paged build, and in one when every page fits', () => {
    expect(partsOf(paged.site)).toBeGreaterThanOrEqual(3);
    expect(partsOf(whole)).toBe(1);
  });

  it('is the same, byte for byte, when built again', async () => {
    const again = mkdtempSync(path.join(tmpdir(), 'briefing-parts-again-'));
    try {
      cpSync(paged.site, again, { recursive: true });
      rmSync(path.join(again, 'pagefind'), { recursive: true });
      await buildSearchIndex(again, PAGED_PART_PAGES);
      const index = (site: string) =>
        listFiles(path.join(site, 'pagefind')).map((file) => [file, readFileSync(path.join(site, 'pagefind', file)).toString('base64')]);
      expect(index(again)).toEqual(index(paged.site));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  for (const term of ['governor', 'minister said']) {
    it(`finds for "${term}" what one index finds, and keeps the date order both ways`, async () => {
      const parts = await inParts.browser.newPage();
      const one = await inOne.browser.newPage();
      await parts.goto(inParts.server.url);
      await one.goto(inOne.server.url);
      const relevance = [await searchAll(parts, term, ''), await searchAll(one, term, '')];
      expect(relevance[0]!.length).toBeGreaterThan(10);
      expect(relevance[0]!.map((found) => found.url).sort()).toEqual(relevance[1]!.map((found) => found.url).sort());
      for (const order of ['date:desc', 'date:asc']) {
        const [fromParts, fromOne] = [await searchAll(parts, term, order), await searchAll(one, term, order)];
        expect(fromParts.length).toBeGreaterThan(5);
        expect(fromParts.every((found) => found.url.startsWith('/articles/'))).toBe(true);
        // The same dates in the same order (pages of one day may come in any order), and the same pages.
        expect(fromParts.map((found) => found.date)).toEqual(fromOne.map((found) => found.date));
        expect(fromParts.map((found) => found.url).sort()).toEqual(fromOne.map((found) => found.url).sort());
      }
      await parts.close();
      await one.close();
    });
  }
});
