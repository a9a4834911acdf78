/**
 * Writes `sw.js` into a built site: a service worker that keeps the briefing for reading
 * with no network, within what a phone should download unasked (`OFFLINE_BUDGET`, 15 MB):
 * on the first visit it precaches the shell — styles, scripts, the home, search and 404
 * pages, Pagefind's code, metadata and filters — then, while they fit the budget too,
 * Pagefind's index chunks, the search results' fragments, and, if the whole site fits,
 * every page. Every page read and every file
 * fetched is kept as it comes. What was left out is listed in `offline.json` with its size:
 * "Keep the whole briefing offline" in the footer tells the reader that size and, when
 * asked, has the worker fetch it all.
 *
 * The file lists are sorted and the cache version is a hash of every file's path and
 * bytes: the same site gives the same `sw.js`, byte for byte, and any change to the
 * site gives a new one, which browsers install in place of the old.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TAG_FILES } from './bag.ts';
import { listFiles } from './list-files.ts';
import { ANY_PART_FOLDER } from './search-parts.ts';

/** The service worker's file name, at the root of the site (its scope is the base path). */
export const SERVICE_WORKER = 'sw.js';

export interface ServiceWorkerResult {
  /** Files precached. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Every file the reader can keep offline, and their total size: what "keep the whole briefing" downloads at most. */
  all: { files: number; bytes: number };
  /** Cache version: a hash of every file's path and bytes. */
  version: string;
}

/** The list of every file the reader can keep offline, beside `sw.js`; fetched only when asked for. */
export const OFFLINE_LIST = 'offline.json';

/** What the first visit downloads at most beyond the shell, unless BRIEFING_OFFLINE_BUDGET (in MB) says otherwise. */
export const OFFLINE_BUDGET = 15 * 1024 * 1024;

/** The offline budget of this build, in bytes. */
export function offlineBudget(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.BRIEFING_OFFLINE_BUDGET;
  if (value === undefined || value === '') return OFFLINE_BUDGET;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 0) throw new Error(`BRIEFING_OFFLINE_BUDGET must be a number of megabytes, not ${JSON.stringify(value)}`);
  return Math.round(megabytes * 1024 * 1024);
}

/** The word index and the result fragments of the search index, of any of its parts. */
const PART_INDEX = new RegExp(`^pagefind/${ANY_PART_FOLDER}index/`);
const PART_FRAGMENTS = new RegExp(`^pagefind/${ANY_PART_FOLDER}fragment/`);

/**
 * Which tier of the offline cache a file is in: 0, the shell, always precached (a page
 * needs it to render, or search to start); 1, Pagefind's index chunks, precached when the
 * shell and they fit the budget (20 MB at 10,000 articles: a phone would fetch them unasked);
 * 2, the results' fragments, when those fit too; 3, the pages, only when the whole site does.
 */
export function offlineTier(file: string): 0 | 1 | 2 | 3 {
  if (PART_INDEX.test(file)) return 1;
  if (PART_FRAGMENTS.test(file)) return 2;
  if (file.startsWith('pagefind/') || file.startsWith('_astro/') || SHELL_PAGES.includes(file)) return 0;
  // Small files at the root: the icon, the web manifest, robots.txt; not the pages or the feeds.
  if (!file.includes('/') && !/\.(?:html|xml)$/.test(file)) return 0;
  return 3;
}

/** Pages of the shell: where a reader starts, searches, and lands when a page is not kept. */
const SHELL_PAGES: readonly string[] = ['index.html', 'search/index.html', '404.html'];

/**
 * The URL a file is requested by, relative to the site's base path: pages are
 * requested as their folder (`articles/x/`, and `./` for the home page), since the
 * site uses trailing slashes.
 */
export function requestPath(file: string): string {
  if (file === 'index.html') return './';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}

/** The file a request names: `requestPath` backwards. */
export function fileOfRequest(request: string): string {
  if (request === './') return 'index.html';
  return request.endsWith('/') ? `${request}index.html` : request;
}

/** Files whose names carry a hash of their content (Pagefind's chunks, Astro's assets): a copy cached by an older build is still good. */
export const IMMUTABLE_FILES = new RegExp(String.raw`^(?:pagefind/${ANY_PART_FOLDER}(?:fragment|index|filter)/|_astro/)|\.pf_meta$`);

/**
 * Not precached: the worker itself, the data files at the root (`briefing.json` and its
 * schema), which are for programs rather than reading and are the largest files of a big
 * briefing (36 MB of 90 MB at 1,000 articles), and the bag's tag files (`src/build/bag.ts`),
 * written after the worker. They are cached when first fetched.
 */
export const NOT_PRECACHED = (file: string): boolean => file === SERVICE_WORKER || /^[^/]+\.json$/.test(file) || TAG_FILES.includes(file);

/** Writes `<siteDir>/sw.js` and `offline.json` and returns what the worker precaches. */
export function writeServiceWorker(siteDir: string, budget = offlineBudget()): ServiceWorkerResult {
  const all = listFiles(siteDir).filter((file) => file !== SERVICE_WORKER && file !== OFFLINE_LIST);
  const keepable = all.filter((file) => !NOT_PRECACHED(file));
  // Each file read once: its digest for the cache version, which covers every file, the data
  // files too, so that a change to any of them replaces the cache; its size for the tiers.
  const hash = createHash('sha256');
  const sizes = new Map<string, number>();
  for (const file of all) {
    const content = readFileSync(path.join(siteDir, file));
    sizes.set(file, content.length);
    hash.update(file).update('\0').update(createHash('sha256').update(content).digest()).update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);
  const bytesOf = (files: readonly string[]) => files.reduce((sum, file) => sum + sizes.get(file)!, 0);
  // The tiers, in order, while they fit: the shell always.
  let files = keepable.filter((file) => offlineTier(file) === 0);
  for (const tier of [1, 2, 3] as const) {
    const next = [...files, ...keepable.filter((file) => offlineTier(file) === tier)];
    if (bytesOf(next) > budget) break;
    files = next;
  }
  const precached = new Set(files);
  const rest = keepable.filter((file) => !precached.has(file));
  const list: OfflineList = { files: keepable.length, bytes: bytesOf(keepable), rest: rest.map((file) => [requestPath(file), sizes.get(file)!]) };
  writeFileSync(path.join(siteDir, OFFLINE_LIST), `${JSON.stringify(list)}\n`);
  writeFileSync(path.join(siteDir, SERVICE_WORKER), serviceWorkerSource(version, files.map(requestPath)));
  return { files: files.length, bytes: bytesOf(files), all: { files: keepable.length, bytes: bytesOf(keepable) }, version };
}

/** `offline.json`: what keeping the whole briefing offline downloads. */
export interface OfflineList {
  /** Every file that can be kept offline: their count and total size in bytes. */
  files: number;
  bytes: number;
  /** Those the first visit does not precache: each as requested (relative to the base path), and its size in bytes. */
  rest: [string, number][];
}

/** The requests a `sw.js` precaches, read back from its source (for tests and the bench). */
export function precachedRequests(source: string): string[] {
  const list = /^const FILES = (.*);$/m.exec(source)?.[1];
  if (list === undefined) throw new Error('not a Briefing service worker: no FILES list');
  return JSON.parse(list) as string[];
}

/** The service worker's source. Plain ES2020, no imports: it runs as a classic worker. */
export function serviceWorkerSource(version: string, urls: readonly string[]): string {
  return `// Briefing's offline cache. Generated by src/build/service-worker.ts at build time: do not edit.
'use strict';
const VERSION = ${JSON.stringify(version)};
const CACHE = 'briefing-' + VERSION;
// What the first visit keeps, relative to the base path (the worker's scope); the rest is in ${OFFLINE_LIST}.
const FILES = ${JSON.stringify(urls)};
const LIST = ${JSON.stringify(OFFLINE_LIST)};
// Requests in flight at once while precaching.
const PARALLEL = 8;
// Files whose names carry a hash of their content: a copy in an older cache is still good.
const IMMUTABLE = new RegExp(${JSON.stringify(IMMUTABLE_FILES.source)});

const scope = () => self.registration.scope;

// Puts every URL of files into the cache, PARALLEL at a time; onProgress(done) after each.
async function keep(cache, files, onProgress) {
  const queue = files.map((file) => new URL(file, scope()).href);
  let done = 0;
  const worker = async () => {
    for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
      if (!(await cache.match(url))) {
        const kept = IMMUTABLE.test(url.slice(scope().length)) ? await caches.match(url) : undefined;
        if (kept) await cache.put(url, kept);
        else {
          const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
          if (!response.ok) throw new Error('Keeping ' + url + ' failed: HTTP ' + response.status);
          await cache.put(url, response);
        }
      }
      done += 1;
      if (onProgress) onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await keep(await caches.open(CACHE), FILES);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('briefing-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks: { type: 'offline-status' } → how much of the briefing is kept and what the rest weighs;
// { type: 'keep-all' } → keep the rest, with { type: 'offline-progress' } messages, then the status again.
self.addEventListener('message', (event) => {
  const reply = (message) => event.source && event.source.postMessage(message);
  const type = event.data && event.data.type;
  if (type !== 'offline-status' && type !== 'keep-all') return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(new URL(LIST, scope()).href, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const list = await response.json();
      const rest = list.rest.map((entry) => entry[0]);
      if (type === 'keep-all') await keep(cache, rest, (done) => reply({ type: 'offline-progress', done, total: rest.length }));
      let missing = 0;
      let missingBytes = 0;
      for (const [file, bytes] of list.rest) {
        if (await cache.match(new URL(file, scope()).href)) continue;
        missing += 1;
        missingBytes += bytes;
      }
      reply({ type: 'offline-status', files: list.files, bytes: list.bytes, missing, missingBytes });
    } catch (error) {
      reply({ type: 'offline-error', message: String(error && error.message || error) });
    }
  })());
});

// Cache first for same-origin GET requests, then the network, keeping what comes back. Query
// strings are ignored: Pagefind asks for pagefind-entry.json?ts=<time>, and /search/?q=… is the search page.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href === new URL(LIST, scope()).href) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(request, { ignoreSearch: true })) ||
      // A page asked for without its trailing slash.
      (!/\\/$|\\.[a-z0-9]+$/i.test(url.pathname) ? await cache.match(url.origin + url.pathname + '/') : undefined);
    if (hit) return hit;
    try {
      const response = await fetch(request);
      // Pages read and files fetched are kept as they come.
      if (response.ok && response.type === 'basic' && response.status === 200) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const notFound = request.mode === 'navigate' ? await cache.match(new URL('404.html', scope()).href) : undefined;
      if (notFound) return notFound;
      throw error;
    }
  })());
});
`;
}
