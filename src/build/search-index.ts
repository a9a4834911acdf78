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
 *
 * A site of more pages than one part holds is indexed in parts (`search-parts.ts`), one
 * Pagefind process after another: the first part is `pagefind/` with Pagefind's code, the
 * others only their data (`pagefind/part-2/`, …), and `pagefind/parts.js` lists them for
 * the engine that merges them in the browser (`public/search/engine/pagefind.js`). A site
 * in one part has an empty list.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './list-files.ts';
import { canonicalPagefindFiles, type PagefindFile } from './pagefind-canonical.ts';
import { mergedParts, pagesPerPart, partFolder, planSearchParts, searchPageOf, type SearchPage } from './search-parts.ts';
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

/** Files of a part after the first that its index needs: the first part brings Pagefind's code. */
const PART_DATA = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:fragment|index|filter)\/)/;

/** The module the search engine (`public/search/engine/pagefind.js`) reads the parts from. */
const PARTS_MODULE = 'parts.js';

export async function buildSearchIndex(siteDir: string, perPart: number = pagesPerPart()): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, PAGEFIND_DIR);
  const html = listFiles(siteDir).filter((file) => file.endsWith('.html'));
  // A site whose every page fits one part is read by Pagefind itself, in one pass.
  const parts: (SearchPage[] | null)[] = html.length <= perPart ? [null] : planSearchParts(indexedPages(siteDir, html), perPart);
  const written: SearchIndexResult['written'] = [];
  let pages = 0;
  for (const [k, part] of parts.entries()) {
    const files = await indexPart(siteDir, part);
    pages += files.pages;
    for (const file of canonicalPagefindFiles(files.files)) {
      if (k > 0 && !PART_DATA.test(file.path)) continue;
      const name = `${partFolder(k)}${file.path}`;
      writeFile(outputPath, name, file.content);
      written.push({ path: `${PAGEFIND_DIR}/${name}`, bytes: file.content.length });
    }
  }
  const partsModule = Buffer.from(`export default ${JSON.stringify(mergedParts(parts.length))};\n`);
  writeFile(outputPath, PARTS_MODULE, partsModule);
  written.push({ path: `${PAGEFIND_DIR}/${PARTS_MODULE}`, bytes: partsModule.length });
  written.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const worker = writeServiceWorker(siteDir);
  return { pages, outputPath, written, precached: { files: worker.files, bytes: worker.bytes } };
}

function writeFile(folder: string, name: string, content: Uint8Array): void {
  const target = path.join(folder, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/**
 * The pages Pagefind would index, with their dates: read one at a time, so that only their
 * paths stay in memory, and as Latin-1, which is cheaper than UTF-8 and the same for what
 * is read (tag and attribute names, dates).
 */
function indexedPages(siteDir: string, html: readonly string[]): SearchPage[] {
  return html.flatMap((file) => searchPageOf(file, readFileSync(path.join(siteDir, file), 'latin1')) ?? []);
}

/**
 * One part of the index, built by a Pagefind process of its own that is closed before the
 * next starts: its memory is the part's, not the site's. `null` is the whole site.
 *
 * Pagefind reads a part from a folder of hard links to its pages, at their paths in the
 * site: from a folder it reads the files on its I/O threads while it parses, where pages
 * sent one by one (`addHTMLFile`) are each parsed only once the last is done, and the
 * sender spends its own time encoding them (measured at 1,000 articles: 6.0 s from the
 * folder, 10.2 s sent; encoding 1.45 s of the sender's CPU).
 */
async function indexPart(siteDir: string, part: readonly SearchPage[] | null): Promise<{ pages: number; files: PagefindFile[] }> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const folder = part === null ? siteDir : `${siteDir}.search-part`;
  try {
    if (part !== null) linkPages(siteDir, folder, part);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE_SELECTORS });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: folder });
    fail('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const got = await index.getFiles();
    fail('getFiles', got.errors);
    return { pages: added.page_count, files: got.files };
  } finally {
    await pagefind.close();
    if (part !== null) rmSync(folder, { recursive: true, force: true });
  }
}

/** A folder of the part's pages, at their paths in the site: hard links, or copies where the file system has none. */
function linkPages(siteDir: string, folder: string, part: readonly SearchPage[]): void {
  rmSync(folder, { recursive: true, force: true });
  for (const page of part) {
    const target = path.join(folder, page.path);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(siteDir, page.path), target);
    } catch {
      copyFileSync(path.join(siteDir, page.path), target);
    }
  }
}
