/**
 * `npm run bench` (second part): builds a briefing of 1,000 synthetic articles with the
 * real build, then prints the size of its search index and of the offline cache, and what
 * a reader's first search downloads: in Chromium, on a fresh page served from 127.0.0.1,
 * every response from the first keystroke of "missile" until the results show (the search
 * code, the index metadata and chunk, the results' fragments). Target: at most 150 KB as
 * a static host sends them, text compressed with gzip (Pagefind's index files are
 * compressed already); the uncompressed size is printed too.
 * BENCH_ARTICLES changes the count; BENCH_KEEP=1 keeps the built site; BENCH_SITE=<dir> measures
 * a site built already instead; BENCH_VERBOSE=1 lists every file fetched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { listFiles } from '../src/build/list-files.ts';
import { requireModernNode } from '../src/build/node-version.ts';
import { fileOfRequest, OFFLINE_LIST, type OfflineList, precachedRequests, SERVICE_WORKER } from '../src/build/service-worker.ts';
import { serveStatic } from '../src/build/static-server.ts';
import { syntheticArticles } from '../src/eval/synthetic.ts';

requireModernNode();
const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const TARGET = 150 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-search-'));
const content = path.join(work, 'content');
// BENCH_SITE measures a site built already (e.g. kept by `BENCH_KEEP=1 node scripts/bench-build.ts`) instead of building one.
const given = process.env.BENCH_SITE;
const site = given ? path.resolve(given) : path.join(work, 'dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** What a fetched file is, for the breakdown. */
function kindOf(pathname: string): string {
  if (/\.pf_meta$/.test(pathname) || /pagefind-entry\.json/.test(pathname)) return 'index metadata';
  if (/\/pagefind\/(?:pagefind\.js|parts\.js|wasm\.[a-z]+\.pagefind)$|\/search\/engine\//.test(pathname)) return 'search code (Pagefind, WebAssembly)';
  if (/\.pf_index$/.test(pathname)) return 'index chunks';
  if (/\.pf_filter$/.test(pathname)) return 'filters';
  if (/\.pf_fragment$/.test(pathname)) return 'result fragments';
  return 'other';
}

try {
  const started = performance.now();
  if (!given) {
    mkdirSync(path.join(content, 'articles'), { recursive: true });
    for (const file of syntheticArticles(count)) writeFileSync(path.join(content, 'articles', file.file), file.bytes);
    console.log(`building ${count} synthetic articles with npm run build …`);
    // Only the build's own settings: a caller's BASE_URL or PROD (Vite's names) would change it.
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
    execFileSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root,
      env: { ...env, BRIEFING_CONTENT: content, BRIEFING_OUT: site, BRIEFING_BASE: '/' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const buildSeconds = (performance.now() - started) / 1000;

  const index = path.join(site, 'pagefind');
  const sizes = new Map<string, { files: number; bytes: number }>();
  let total = 0;
  for (const file of listFiles(index)) {
    const bytes = statSync(path.join(index, file)).size;
    total += bytes;
    const group = /\.(pf_[a-z]+)$/.exec(file)?.[1] ?? (/^wasm\./.test(file) ? 'wasm' : 'scripts and styles');
    const entry = sizes.get(group) ?? { files: 0, bytes: 0 };
    sizes.set(group, { files: entry.files + 1, bytes: entry.bytes + bytes });
  }
  const siteFiles = listFiles(site);
  const siteBytes = siteFiles.reduce((sum, file) => sum + statSync(path.join(site, file)).size, 0);
  // What the first visit downloads without asking: the files sw.js precaches, as requested (pages by their folder).
  const precached = precachedRequests(readFileSync(path.join(site, SERVICE_WORKER), 'utf8'));
  const precachedBytes = precached.reduce((sum, request) => sum + statSync(path.join(site, fileOfRequest(request))).size, 0);
  const offline = JSON.parse(readFileSync(path.join(site, OFFLINE_LIST), 'utf8')) as OfflineList;

  console.log(
    given ? `site                  ${site} (built already)` : `build                 ${buildSeconds.toFixed(1)} s (annotate, Astro, Pagefind, sw.js)`,
  );
  console.log(`site                  ${siteFiles.length} files, ${mb(siteBytes)}`);
  console.log(
    `offline, unasked      ${precached.length} files, ${mb(precachedBytes)} precached on the first visit; target ≤ 15 MB: ${precachedBytes <= 15 * 1024 * 1024 ? 'met' : 'NOT met'}`,
  );
  console.log(`offline, whole        ${offline.files} files, ${mb(offline.bytes)} when the reader keeps the whole briefing`);
  console.log(`search index          ${mb(total)} in ${listFiles(index).length} files (pagefind/)`);
  for (const [group, { files, bytes }] of [...sizes].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${group.padEnd(20)}${String(files).padStart(6)} files ${kb(bytes).padStart(11)}`);
  }

  const { chromiumPath, hasChromium, launchBrowser } = await import('../tests/helpers/browser.ts');
  if (!hasChromium) {
    console.log(`first query           not measured: no Chromium at ${chromiumPath}`);
  } else {
    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      /** Loads `start`, then searches "missile" and returns what was fetched for it, by path. */
      const measure = async (start: string, search: (page: Page) => Promise<void>) => {
        // No service worker: it would download the whole site, which is not what a query costs.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const fetched: { path: string; bytes: number; gzip: number }[] = [];
        let recording = false;
        page.on('response', async (response) => {
          if (!recording) return;
          const body = await response.body().catch(() => Buffer.alloc(0));
          fetched.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: Math.min(body.length, gzipSync(body).length) });
        });
        await page.goto(`${server.url}${start}`, { waitUntil: 'networkidle' });
        const pageBytes = await page.evaluate(() =>
          performance.getEntriesByType('resource').reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
        );
        recording = true;
        await search(page);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        recording = false;
        await context.close();
        return { fetched, pageBytes };
      };

      const header = await measure('', async (page) => {
        await page.locator('pagefind-searchbox input').fill('missile');
        await page.locator('pagefind-searchbox .pf-searchbox-result').first().waitFor();
      });
      const searchPage = await measure('search/', async (page) => {
        await page.locator('pagefind-input input').fill('missile');
        await page.locator('.sr-result').first().waitFor();
      });

      const report = (label: string, { fetched, pageBytes }: Awaited<ReturnType<typeof measure>>) => {
        const bytes = fetched.reduce((sum, item) => sum + item.bytes, 0);
        const gzip = fetched.reduce((sum, item) => sum + item.gzip, 0);
        console.log(`first query, ${label}: ${kb(gzip)} over HTTP with gzip, ${kb(bytes)} uncompressed, ${fetched.length} requests`);
        const byKind = new Map<string, { files: number; bytes: number }>();
        for (const item of fetched) {
          const entry = byKind.get(kindOf(item.path)) ?? { files: 0, bytes: 0 };
          byKind.set(kindOf(item.path), { files: entry.files + 1, bytes: entry.bytes + item.bytes });
        }
        for (const [kind, { files, bytes: size }] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes)) {
          console.log(`  ${kind.padEnd(36)}${String(files).padStart(3)} ${kb(size).padStart(9)}`);
          if (process.env.BENCH_VERBOSE)
            for (const item of fetched.filter((entry) => kindOf(entry.path) === kind)) console.log(`      ${item.path} ${kb(item.bytes)}`);
        }
        console.log(`  (before the query, the page itself loaded ${kb(pageBytes)}, the search UI included)`);
        return gzip;
      };
      const first = report('header box on the overview', header);
      report('search page with filters', searchPage);
      console.log(`target                first query ≤ 150 KB with gzip (as static hosts serve text): ${first <= TARGET ? 'met' : 'NOT met'}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${site}`);
  else rmSync(work, { recursive: true, force: true });
}
