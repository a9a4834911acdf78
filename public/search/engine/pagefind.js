// Briefing's search engine for Pagefind's Component UI, which loads `pagefind.js` from its
// `bundle-path` (`<pagefind-config>` in src/components/Search.astro). It is Pagefind's own
// module, from the index the build writes to `pagefind/`, with three things the Component UI
// of Pagefind 1.5 does not do:
// - merge the index's other parts, when the build wrote it in parts (`pagefind/parts.js`,
//   `src/build/search-parts.ts`), each with the weight that keeps a date order across them;
// - order results by date when the page asks for it (`<html data-search-sort="date:desc">`,
//   set by the search page); pages without a date then drop out, as Pagefind sorts only
//   pages that have the sort key;
// - load the filters only where a page shows them: the header's search box has none, so
//   its first search does not download every filter's values.
export * from '../../pagefind/pagefind.js';
import { createInstance as createPagefind } from '../../pagefind/pagefind.js';
import parts from '../../pagefind/parts.js';

const sortOf = () => {
  const [key, direction] = (document.documentElement.dataset.searchSort || '').split(':');
  return key ? { [key]: direction === 'asc' ? 'asc' : 'desc' } : undefined;
};

const showsFilters = () => document.querySelector('pagefind-filter-pane, pagefind-filter-dropdown') !== null;

// Under a sort, a result's score is its position in its part's date order, times the part's
// weight (1 + k·ε for part k). Position 0 scores 0 in every part, and Pagefind leaves those
// results in the parts' order, oldest first: newest first wants that last group the other
// way round.
const newestFirst = (response) => {
  const results = response.results;
  let zero = results.length;
  while (zero > 0 && results[zero - 1].score === 0) zero -= 1;
  return { ...response, results: [...results.slice(0, zero), ...results.slice(zero).reverse()] };
};

export function createInstance(options) {
  const instance = createPagefind(options);
  const index = new URL('../../pagefind/', import.meta.url).pathname;
  const site = new URL('../../', import.meta.url).pathname;
  // Called at once and in order: Pagefind keeps the parts in the order they are merged.
  for (const part of parts) {
    instance.mergeIndex(`${index}${part.folder}`, { baseUrl: site, indexWeight: part.weight }).catch((error) => {
      console.warn(`Briefing: part ${part.folder} of the search index could not be loaded:`, error);
    });
  }
  return {
    ...instance,
    search: async (term, searchOptions = {}) => {
      const sort = sortOf();
      const response = await instance.search(term, sort ? { ...searchOptions, sort } : searchOptions);
      return response && sort && parts.length > 0 && Object.values(sort)[0] === 'desc' ? newestFirst(response) : response;
    },
    filters: () => (showsFilters() ? instance.filters() : Promise.resolve({})),
  };
}
