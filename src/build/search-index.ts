/**
 * Builds the Pagefind search index for a built site through Pagefind's Node API, then
 * writes the offline cache (`sw.js`), last, because it lists every file of the site,
 * the index included. Any error Pagefind reports is fatal; the service is always closed.
 *
 * The index is taken from Pagefind in memory (`getFiles`) and written here, not with its
 * `writeFiles`: Pagefind's service writes through tokio without flushing and answers before
 * the writes are done, and `close()` kills it, so under load a file could be left empty or
 * cut short (measured: 6 of 160 runs of `writeFiles` + `close()`, four at once on two cores,
 * left `pagefind-component-ui.css`, `pagefind-ui.js` or `pagefind.js` at 0 or 65,536 bytes).
 * In between, the files are put in a fixed order (`pagefind-canonical.ts`).
 *
 * The index holds pages: what `data-pagefind-body` marks, less what is marked
 * `data-pagefind-ignore` and the selectors below. Claims are not records of their own:
 * each claim is an element with an id (`claim-…`) in its article, so Pagefind keeps its
 * position, and the search UI turns a hit inside it into a link to that claim
 * (`src/lib/search-results.ts`). One record per claim would multiply the index by the
 * number of claims per article (see the README, "Search and reading offline").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { canonicalPagefindFiles } from './pagefind-canonical.ts';
import { writeServiceWorker } from './service-worker.ts';

/** The folder of the site Pagefind's files go in. */
export const PAGEFIND_DIR = 'pagefind';

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
  /** Every file of the index as Pagefind handed it over (canonicalised), path relative to the site, and its size in bytes. */
  written: { path: string; bytes: number }[];
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
    const got = await index.getFiles();
    fail('getFiles', got.errors);
    const outputPath = path.join(siteDir, PAGEFIND_DIR);
    const written: SearchIndexResult['written'] = [];
    for (const file of canonicalPagefindFiles(got.files)) {
      const target = path.join(outputPath, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      written.push({ path: `${PAGEFIND_DIR}/${file.path}`, bytes: file.content.length });
    }
    indexed = { pages: added.page_count, outputPath, written };
  } finally {
    await pagefind.close();
  }
  const worker = writeServiceWorker(siteDir);
  return { ...indexed, precached: { files: worker.files, bytes: worker.bytes } };
}
