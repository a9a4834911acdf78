/**
 * Builds the Pagefind search index for a built site through Pagefind's Node API, then
 * writes the offline cache (`sw.js`), last, because it lists every file of the site,
 * the index included. Any error Pagefind reports is fatal; the service is always closed.
 *
 * The index holds pages: what `data-pagefind-body` marks, less what is marked
 * `data-pagefind-ignore` and the selectors below. Claims are not records of their own:
 * each claim is an element with an id (`claim-…`) in its article, so Pagefind keeps its
 * position, and the search UI turns a hit inside it into a link to that claim
 * (`src/lib/search-results.ts`). One record per claim would multiply the index by the
 * number of claims per article (see the README, "Search and reading offline").
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeServiceWorker } from './service-worker.ts';

/** Left out of the index, on top of `data-pagefind-ignore`. */
export const EXCLUDE_SELECTORS = [
  // Footnote back-links repeat "↩" on every claim: not content.
  '.data-footnote-backref',
  '[data-footnote-backref]',
  // The footnotes say who claims each sentence, in the same few generated phrases on every
  // article ("No other outlet in this briefing carries it."): the speaker and kind are
  // filters instead, and indexing them would double the index.
  'section[data-footnotes]',
];

export interface SearchIndexResult {
  /** HTML pages indexed. */
  pages: number;
  outputPath: string;
  /** Files the service worker precaches, and their total size in bytes. */
  precached: { files: number; bytes: number };
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  let indexed: Omit<SearchIndexResult, 'precached'>;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE_SELECTORS });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    fail('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    fail('writeFiles', written.errors);
    indexed = { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
  const worker = writeServiceWorker(siteDir);
  return { ...indexed, precached: { files: worker.files, bytes: worker.bytes } };
}
