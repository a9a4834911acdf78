import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, inject, it } from 'vitest';
import { TAG_FILES } from '../../src/build/bag.ts';
import { requestPath, SERVICE_WORKER, serviceWorkerSource } from '../../src/build/service-worker.ts';
import { hasChromium, servedInBrowser } from '../helpers/browser.ts';
import { listFiles } from '../helpers/html.ts';
import { headerResults, manifestOf, searchFromHeader, watchedPage } from '../helpers/search.ts';

const seeds = inject('seeds');
const briefing = manifestOf(seeds.content);
const reuters = briefing.sources.find((source) => source.outlet === 'Reuters')!;
const workerOf = (site: string) => readFileSync(path.join(site, SERVICE_WORKER), 'utf8');

describe('the offline cache (sw.js)', () => {
  it('lists every file of the site, as the pages are asked for, but itself and the data files', () => {
    const source = workerOf(seeds.site);
    const files = JSON.parse(/^const FILES = (.*);$/m.exec(source)![1]!) as string[];
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
