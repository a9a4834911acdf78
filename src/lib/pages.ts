/** Splitting long lists over several pages, so that no page grows without bound. */

/**
 * At most this many claims on one topic page (a single source with more gets a page of its
 * own): with its comparisons and "who said what", a full page stays near 100 KB of HTML.
 */
export const CLAIMS_PER_TOPIC_PAGE = 80;

/**
 * Packs groups (e.g. one source's claims) into pages of at most `budget` items, keeping
 * each group whole; a group larger than the budget gets a page of its own.
 */
export function packGroups<T extends { size: number }>(groups: readonly T[], budget: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const group of groups) {
    if (page.length > 0 && used + group.size > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(group);
    used += group.size;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The URL segment of page `index` (0-based): none for the first page, then `2`, `3`, … */
export const pageParam = (index: number): string | undefined => (index === 0 ? undefined : String(index + 1));

/** At most this many entries (people, articles, timeline events, claims) on one page of a list. */
export const ITEMS_PER_PAGE = 100;

/** Splits a list into pages of at most `size` items; an empty list makes one empty page. */
export function chunk<T>(items: readonly T[], size: number = ITEMS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}
