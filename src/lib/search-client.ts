/**
 * Browser side of the search: the typed corner of Pagefind's Component UI that the site
 * uses (its documented instance API: `on`, `triggerSearch…`, `generateId`, and the
 * `resultTemplate` property of the results elements), and the service worker's
 * registration. Loaded by `src/components/Search.astro` and the search page.
 */
import { renderResult, renderSearchboxResult, type ClaimFilters, type ResultData, FILTER } from './search-results.ts';

/** A raw Pagefind result, as the `results` event gives it. */
export interface RawResult {
  id: string;
  data: () => Promise<ResultData>;
}

/** The Component UI instance shared by the components of a page. */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (result: { results: RawResult[] }) => void): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  generateId(prefix: string): string;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): SearchInstance } };
  }
}

/** An element of the Component UI that renders results through a function when given one. */
type TemplatedElement = HTMLElement & { resultTemplate: ((data: ResultData) => string) | null };

/** Waits for the Component UI to define `tag`, then returns the default instance. */
export async function searchInstance(tag: string): Promise<SearchInstance | undefined> {
  await customElements.whenDefined(tag);
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}

/** The chosen filters that can be checked claim by claim. */
export const claimFilters = (instance: SearchInstance): ClaimFilters => ({
  kinds: instance.searchFilters[FILTER.kind] ?? [],
  speakers: instance.searchFilters[FILTER.speaker] ?? [],
});

/** Renders the results of a `<pagefind-results>` with links down to the claim. */
export async function useClaimResults(element: Element): Promise<SearchInstance | undefined> {
  const instance = await searchInstance('pagefind-results');
  if (!instance) return undefined;
  (element as TemplatedElement).resultTemplate = (data) => renderResult(data, claimFilters(instance));
  return instance;
}

/** Renders the results of a `<pagefind-searchbox>` with links down to the claim. */
export async function useClaimSearchbox(element: Element): Promise<SearchInstance | undefined> {
  const instance = await searchInstance('pagefind-searchbox');
  if (!instance) return undefined;
  (element as TemplatedElement).resultTemplate = (data) => renderSearchboxResult(data, (prefix) => instance.generateId(prefix));
  return instance;
}

/**
 * Registers the service worker that keeps every page and the search index for offline
 * reading. `sw.js` is written by `npm run build`, after the search index; where there is
 * none (`astro dev`, `file://`), the site works as before, online.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('Briefing: offline reading is unavailable:', error);
  });
}
