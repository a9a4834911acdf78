/**
 * Which search index part each page goes in, when a site has too many pages for one
 * Pagefind process: Pagefind holds ~320 KB per article page while it builds an index
 * (measured: 3.9–4.0 GB for 17,909 pages at 10,000 articles), so a large site is indexed
 * in parts, each by a fresh Pagefind process, and the browser merges them (Pagefind's
 * `mergeIndex`, in `public/search/engine/pagefind.js`).
 *
 * Pagefind merges the parts' results by score. Under a sort its score is a page's position
 * in its own part's sorted list, so the date order survives the merge only if positions
 * line up across parts: the dated pages, in date order, are dealt to the parts in turn
 * (the page of rank r to part r mod K, so position p of part k holds rank p·K + k), and
 * part k weighs its scores by 1 + k·ε (`PART_WEIGHT_STEP`), which puts part k after part
 * k − 1 within a position in both directions. The one tie left is position 0, where every
 * score is 0 and Pagefind keeps the parts' order: right for oldest first; the engine turns
 * that last group round for newest first.
 *
 * Pages without a date are dealt in turn after them, in path order, so that the parts are
 * as large as one another. A site with fewer dated pages than parts has as many parts as
 * dated pages, which may then hold more pages than asked.
 */

import { SORT } from '../lib/search-results.ts';
import { tagsWithAttribute } from './html-tags.ts';

/** A page to index: its path in the site and the value of its date sort key, if it has one. */
export interface SearchPage {
  path: string;
  date: string | null;
}

/** Indexed pages per part; above this a site is indexed in several parts. Measured: ~1.4 GB of Pagefind per part at 10,000 articles. */
export const PAGES_PER_PART = 6_000;

/** Part k's scores are weighed by 1 + k · this: it orders equal positions, and moves no relevance score past another that differs by more than 1 in 10⁷. */
export const PART_WEIGHT_STEP = 1e-9;

/** The folder of part k (from 0) inside the search index's folder: the first part is the index itself. */
export const partFolder = (k: number): string => (k === 0 ? '' : `part-${k + 1}/`);

/** Any part's folder, as `partFolder` names it, in a regular expression's source: nothing, or `part-N/`. */
export const ANY_PART_FOLDER = String.raw`(?:part-\d+/)?`;

/** The parts the engine merges into the first, in order: each part's folder and the weight of its scores. */
export const mergedParts = (count: number): { folder: string; weight: number }[] =>
  Array.from({ length: count - 1 }, (_, i) => ({ folder: partFolder(i + 1), weight: 1 + (i + 1) * PART_WEIGHT_STEP }));

/** Pagefind sorts a key's values as strings unless every one is a number; dates (YYYY-MM-DD) are strings, compared by code unit as here. */
const byValue = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The parts: lists of pages, as many as `pagesPerPart` needs, in the order each part is
 * fed to Pagefind. One part holds every page.
 */
export function planSearchParts(pages: readonly SearchPage[], pagesPerPart: number = PAGES_PER_PART): SearchPage[][] {
  if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) throw new Error(`pages per search index part must be a whole number above 0, not ${pagesPerPart}`);
  const dated = pages.filter((page) => page.date !== null).sort((a, b) => byValue(a.date!, b.date!) || byValue(a.path, b.path));
  // Every part holds a dated page when any page has a date: Pagefind drops the pages without
  // one from a date order only in an index that has the key, so a part without it would
  // mix its undated pages, by relevance, into the date order. Hence never more parts than dated pages.
  const count = Math.max(1, Math.min(Math.ceil(pages.length / pagesPerPart), dated.length || Number.POSITIVE_INFINITY));
  const undated = pages.filter((page) => page.date === null).sort((a, b) => byValue(a.path, b.path));
  const parts: SearchPage[][] = Array.from({ length: count }, () => []);
  for (const [rank, page] of [...dated, ...undated].entries()) parts[rank % count]!.push(page);
  return parts;
}

/** How many pages per part this build uses: BRIEFING_SEARCH_PART_PAGES, or `PAGES_PER_PART`. */
export function pagesPerPart(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.BRIEFING_SEARCH_PART_PAGES;
  if (value === undefined || value === '') return PAGES_PER_PART;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1)
    throw new Error(`BRIEFING_SEARCH_PART_PAGES must be a whole number of pages above 0, not ${JSON.stringify(value)}`);
  return pages;
}

/**
 * What the index needs to know of a built page before Pagefind reads it: whether it is
 * indexed at all (an element marked `data-pagefind-body`: the site marks every page it
 * indexes, so Pagefind skips the rest) and its date sort value.
 */
export function searchPageOf(path: string, html: string): SearchPage | null {
  if (tagsWithAttribute(html, 'data-pagefind-body').next().done) return null;
  let date: string | null = null;
  for (const tag of tagsWithAttribute(html, 'data-pagefind-sort')) {
    if (tag.get('data-pagefind-sort') === `${SORT.date}[data-value]`) date = tag.get('data-value') ?? null;
  }
  return { path, date };
}
