import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requestPath, SERVICE_WORKER, serviceWorkerSource } from '../../scripts/lib/service-worker.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { tmp } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/html.ts';
import { headerResults, manifestOf, searchFromHeader, watchedPage } from '../helpers/search.ts';
import { repoRoot } from '../helpers/seeds.ts';

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
      .filter((file) => file !== SERVICE_WORKER && !/^[^/]+\.json$/.test(file))
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
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(seeds.site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps searching, and opening results, once the network is gone', async () => {
    const context = await browser.newContext();
    const { page, errors, requests } = await watchedPage(context);
    await page.goto(server.url);
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
    await page.goto(`${server.url}search/?q=artillery`);
    await page.locator('a.sr-sub-link[href*="#claim-"]').first().waitFor({ timeout: 10_000 });
    await page.locator('a.sr-sub-link[href*="#claim-"]').first().click();
    await page.waitForURL((url) => url.hash.startsWith('#claim-'));
    expect(await page.locator(':target').textContent()).toContain('artillery');

    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasChromium)('a briefing served under a base path', () => {
  const root = path.join(tmp, 'based');
  const site = path.join(root, 'briefing');
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    // Vitest puts Vite's own variables (BASE_URL, PROD, …) in the environment; Astro would read
    // them in place of the build's own, and BASE_URL=/ would undo BRIEFING_BASE.
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], {
      cwd: repoRoot,
      env: { ...env, BRIEFING_CONTENT: seeds.content, BRIEFING_OUT: site, BRIEFING_BASE: '/briefing/' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await serveStatic(root);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links results, claims included, under the base path, and caches the site for offline reading', async () => {
    const context = await browser.newContext();
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}briefing/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/briefing/sw.js') ?? false);
    await context.setOffline(true);
    await searchFromHeader(page, 'satellite');
    expect(await headerResults(page, '/briefing/topics/satellites/')).toContain('/briefing/topics/satellites/');
    await page.goto(`${server.url}briefing/search/?q=satellite`);
    await page.locator(`a.sr-sub-link[href^="/briefing/articles/${reuters.id}/#claim-"]`).first().waitFor({ timeout: 10_000 });
    const links = await page.locator('pagefind-results a').evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''));
    expect(links.filter((link) => !link.startsWith('/briefing/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
