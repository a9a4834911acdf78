// Briefing's search engine for Pagefind's Component UI, which loads `pagefind.js` from its
// `bundle-path` (`<pagefind-config>` in src/components/Search.astro). It is Pagefind's own
// module, from the index the build writes to `pagefind/`, with two things the Component UI
// of Pagefind 1.5 does not do:
// - order results by date when the page asks for it (`<html data-search-sort="date:desc">`,
//   set by the search page); pages without a date then drop out, as Pagefind sorts only
//   pages that have the sort key;
// - load the filters only where a page shows them: the header's search box has none, so
//   its first search does not download every filter's values.
export * from '../../pagefind/pagefind.js';
import { createInstance as createPagefind } from '../../pagefind/pagefind.js';

const sortOf = () => {
  const [key, direction] = (document.documentElement.dataset.searchSort || '').split(':');
  return key ? { [key]: direction === 'asc' ? 'asc' : 'desc' } : undefined;
};

const showsFilters = () => document.querySelector('pagefind-filter-pane, pagefind-filter-dropdown') !== null;

export function createInstance(options) {
  const instance = createPagefind(options);
  return {
    ...instance,
    search: (term, searchOptions = {}) => {
      const sort = sortOf();
      return instance.search(term, sort ? { ...searchOptions, sort } : searchOptions);
    },
    filters: () => (showsFilters() ? instance.filters() : Promise.resolve({})),
  };
}
