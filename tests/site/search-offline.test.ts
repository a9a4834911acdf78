import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, inject, it } from 'vitest';
import { TAG_FILES } from '../../src/build/bag.ts';
import {
  fileOfRequest,
  OFFLINE_LIST,
  offlineTier,
  precachedRequests,
  requestPath,
  SERVICE_WORKER,
  serviceWorkerSource,
  writeServiceWorker,
  type OfflineList,
} from '../../src/build/service-worker.ts';
import { sourceTitle } from '../../src/lib/format.ts';
import { hasChromium, servedInBrowser } from '../helpers/browser.ts';
import { listFiles } from '../helpers/html.ts';
import { headerResults, manifestOf, searchFromHeader, watchedPage } from '../helpers/search.ts';

const seeds = inject('seeds');
const briefing = manifestOf(seeds.content);
const reuters = briefing.sources.find((source) => source.outlet === 'Reuters')!;
const workerOf = (site: string) => readFileSync(path.join(site, SERVICE_WORKER), 'utf8');
const precachedOf = (site: string) => precachedRequests(workerOf(site));

describe('the offline cache (sw.js)', () => {
  it('lists every file of the site, as the pages are asked for, but itself and the data files', () => {
    const files = precachedOf(seeds.site);
    const expected = listFiles(seeds.site)
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file !== SERVICE_WORKER && !/^[^/]+\.json$/.test(file) && !TAG_FILES.includes(file))
      .map(requestPath);
    expect(files.sort()).toEqual(expected.sort());
    expect(files).toContain('./');
    expect(files).toContain(`articles/${reuters.id}/`);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('is a script that parses, and the same for the same files', () => {
    const source = workerOf(seeds.site);
    expect(() => new Script(source)).not.toThrow();
    const version = /^const VERSION = "([0-9a-f]{16})";$/m.exec(source)?.[1];
    expect(version).toBeDefined();
    expect(serviceWorkerSource(version!, ['./'])).toBe(serviceWorkerSource(version!, ['./']));
    expect(source).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});

describe('what the first visit keeps', () => {
  it('puts the shell first, then the index chunks, then the results’ fragments, then the pages', () => {
    expect(
      [
        '_astro/a.css',
        'pagefind/pagefind.js',
        'pagefind/pagefind.en_1.pf_meta',
        'pagefind/filter/en_1.pf_filter',
        'favicon.svg',
        'index.html',
        '404.html',
        'search/index.html',
      ].map(offlineTier),
    ).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(offlineTier('pagefind/index/en_1.pf_index')).toBe(1);
    expect(offlineTier('pagefind/fragment/en_1.pf_fragment')).toBe(2);
    // The other parts of an index built in parts (src/build/search-parts.ts): the same tiers.
    expect(
      ['pagefind/parts.js', 'pagefind/part-2/pagefind-entry.json', 'pagefind/part-2/pagefind.en_1.pf_meta', 'pagefind/part-12/filter/en_1.pf_filter'].map(
        offlineTier,
      ),
    ).toEqual([0, 0, 0, 0]);
    expect(offlineTier('pagefind/part-2/index/en_1.pf_index')).toBe(1);
    expect(offlineTier('pagefind/part-12/fragment/en_1.pf_fragment')).toBe(2);
    expect(['articles/a/index.html', 'people/2/index.html', 'sitemap.xml', 'feed.xml'].map(offlineTier)).toEqual([3, 3, 3, 3]);
  });

  it('fills the budget tier by tier, and lists what it left out, with sizes, in offline.json', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'briefing-sw-'));
    try {
      const write = (file: string, bytes: number) => {
        mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
        writeFileSync(path.join(site, file), 'x'.repeat(bytes));
      };
      write('index.html', 100);
      write('pagefind/pagefind.js', 100);
      write('pagefind/index/en_1.pf_index', 200);
      write('pagefind/fragment/en_1.pf_fragment', 300);
      write('articles/a/index.html', 500);
      write('briefing.json', 10_000);
      const listed = () => JSON.parse(readFileSync(path.join(site, OFFLINE_LIST), 'utf8')) as OfflineList;
      const precached = () => precachedOf(site);

      // The shell is kept whatever the budget; then each tier only when everything up to it fits.
      expect(writeServiceWorker(site, 100)).toMatchObject({ files: 2, bytes: 200, all: { files: 5, bytes: 1200 } });
      expect(precached().sort()).toEqual(['./', 'pagefind/pagefind.js']);
      expect(listed()).toEqual({
        files: 5,
        bytes: 1200,
        rest: [
          ['articles/a/', 500],
          ['pagefind/fragment/en_1.pf_fragment', 300],
          ['pagefind/index/en_1.pf_index', 200],
        ],
      });
      expect(writeServiceWorker(site, 400).files).toBe(3);
      expect(listed().rest.map(([file]) => file)).toEqual(['articles/a/', 'pagefind/fragment/en_1.pf_fragment']);
      expect(writeServiceWorker(site, 699).files).toBe(3);
      expect(writeServiceWorker(site, 700).files).toBe(4);
      expect(listed().rest).toEqual([['articles/a/', 500]]);
      expect(writeServiceWorker(site, 1200).files).toBe(5);
      expect(listed().rest).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('keeps a small briefing whole, and a larger one’s shell, and no page, within its budget', () => {
    expect(precachedOf(seeds.site)).toContain(`articles/${reuters.id}/`);
    const paged = inject('paged');
    const files = precachedOf(paged.site);
    expect(files).toContain('./');
    expect(files).toContain('search/');
    expect(files.some((file) => /^pagefind\/pagefind\.[a-z_0-9]+\.pf_meta$/.test(file))).toBe(true);
    expect(files.filter((file) => offlineTier(fileOfRequest(file)) === 3)).toEqual([]);
    expect((JSON.parse(readFileSync(path.join(paged.site, OFFLINE_LIST), 'utf8')) as OfflineList).rest.some(([file]) => file.startsWith('articles/'))).toBe(
      true,
    );
  });
});

describe.runIf(hasChromium)('reading offline', () => {
  const live = servedInBrowser(seeds.site);

  it('keeps searching, and opening results, once the network is gone', async () => {
    const context = await live.browser.newContext();
    const { page, errors, requests } = await watchedPage(context);
    await page.goto(live.server.url);
    // The worker has precached the whole site once it is active and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);

    await searchFromHeader(page, 'satellite');
    expect(await headerResults(page, '/topics/satellites/')).toContain('/topics/satellites/');
    await page.locator('pagefind-searchbox a[href="/topics/satellites/"]').click();
    await page.waitForURL((url) => url.pathname === '/topics/satellites/');
    expect(await page.locator('h1').textContent()).toBe('The satellite program');

    // A page never visited, and the search page with its filters, from the cache too.
    await page.goto(`${live.server.url}search/?q=artillery`);
    await page.locator('a.sr-sub-link[href*="#claim-"]').first().waitFor({ timeout: 10_000 });
    await page.locator('a.sr-sub-link[href*="#claim-"]').first().click();
    await page.waitForURL((url) => url.hash.startsWith('#claim-'));
    expect(await page.locator(':target').textContent()).toContain('artillery');

    expect(requests.filter((url) => !url.startsWith(live.server.url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasChromium)('a briefing served under a base path', () => {
  // Built by the global setup for https://news.example.org/briefing/ and served from its root.
  const live = servedInBrowser(inject('based').root);

  it('links results, claims included, under the base path, and caches the site for offline reading', async () => {
    const context = await live.browser.newContext();
    const { page, errors } = await watchedPage(context);
    await page.goto(`${live.server.url}briefing/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/briefing/sw.js') ?? false);
    await context.setOffline(true);
    await searchFromHeader(page, 'satellite');
    expect(await headerResults(page, '/briefing/topics/satellites/')).toContain('/briefing/topics/satellites/');
    await page.goto(`${live.server.url}briefing/search/?q=satellite`);
    await page.locator(`a.sr-sub-link[href^="/briefing/articles/${reuters.id}/#claim-"]`).first().waitFor({ timeout: 10_000 });
    const links = await page.locator('pagefind-results a').evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''));
    expect(links.filter((link) => !link.startsWith('/briefing/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasChromium)('keeping a larger briefing offline', () => {
  const paged = inject('paged');
  const pagedBriefing = manifestOf(paged.content);
  const live = servedInBrowser(paged.site);

  it('keeps the pages read, tells the size of the rest, and keeps it all when asked', async () => {
    const context = await live.browser.newContext();
    const { page } = await watchedPage(context);
    const [first, second] = pagedBriefing.sources;
    const articleUrl = (id: string) => `${live.server.url}articles/${id}/`;
    await page.goto(live.server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const keep = page.locator('.offline-keep');
    await keep.waitFor();
    expect(await keep.textContent()).toMatch(/^Keep the whole briefing offline \(\d+(?:\.\d)? MB more, \d+ files\)$/);

    // Read one article; offline, it is there and an unread one is not (the 404 page stands in).
    await page.goto(articleUrl(first!.id));
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(sourceTitle(first!));
    await page.goto(articleUrl(second!.id));
    expect(await page.locator('h1').textContent()).not.toBe(sourceTitle(second!));

    // Online again, the reader asks for the whole briefing; then the unread article reads offline too.
    await context.setOffline(false);
    await page.goto(live.server.url);
    await page.locator('.offline-keep').click();
    await page.locator('.offline-status', { hasText: 'The whole briefing' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.offline-keep').isHidden()).toBe(true);
    await context.setOffline(true);
    await page.goto(articleUrl(second!.id));
    expect(await page.locator('h1').textContent()).toBe(sourceTitle(second!));
    await context.close();
  });
});
