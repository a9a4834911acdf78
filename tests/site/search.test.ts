import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { hasChromium, servedInBrowser } from '../helpers/browser.ts';
import { headerResults, manifestOf, searchFromHeader, watchedPage, type WatchedPage } from '../helpers/search.ts';

const seeds = inject('seeds');
const briefing = manifestOf(seeds.content);
const reuters = briefing.sources.find((source) => source.outlet === 'Reuters')!;

describe.runIf(hasChromium)('search in a real browser', () => {
  let context: BrowserContext;
  let watched: WatchedPage;
  const live = servedInBrowser(seeds.site);
  beforeEach(async () => {
    // No service worker here: these tests read the network; search-offline.test.ts covers the cache.
    context = await live.browser.newContext({ serviceWorkers: 'block' });
    watched = await watchedPage(context);
  });
  afterEach(async () => {
    // Everything comes from the site itself, and nothing goes wrong on the way.
    expect(watched.requests.filter((url) => !url.startsWith(live.server.url))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('finds the satellites topic page as a reader types "satellite" in the header, after pressing /', async () => {
    const { page } = watched;
    await page.goto(live.server.url);
    await searchFromHeader(page, 'satellite');
    expect(await headerResults(page, '/topics/satellites/')).toContain('/topics/satellites/');
  });

  it('finds the satellites topic page and the Reuters article, with its outlet, date and matching claims', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}search/?q=satellite`);
    const article = page.locator('.sr-result', { has: page.locator(`a.sr-link[href="/articles/${reuters.id}/"]`) });
    await expect.poll(() => article.locator('.sr-meta').textContent(), { timeout: 10_000 }).toBe('Article · Reuters · 13 September 2023');
    expect(await page.locator('a.sr-link[href="/topics/satellites/"]').count()).toBe(1);
    // Under the article, the claims that mention satellites, each a link to its sentence.
    const claims = await article.locator('a.sr-sub-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(claims.length).toBeGreaterThan(0);
    for (const link of claims) expect(link).toMatch(new RegExp(`^/articles/${reuters.id}/#claim-${reuters.id}-[0-9a-f]{8}$`));
  });

  it('narrows the results to one outlet with the filter pane', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}search/?q=kim`);
    const articleLinks = page.locator('.sr-link[href^="/articles/"]');
    await expect.poll(() => articleLinks.count(), { timeout: 10_000 }).toBe(2);
    const all = await page.locator('.sr-result').count();
    await page.locator('pagefind-filter-pane label', { hasText: 'Reuters' }).click();
    await expect.poll(() => articleLinks.count(), { timeout: 10_000 }).toBe(1);
    expect(await articleLinks.first().getAttribute('href')).toBe(`/articles/${reuters.id}/`);
    expect(await page.locator('.sr-result').count()).toBeLessThan(all);
    // The filter is kept in the address, so the narrowed search can be shared.
    expect(new URL(page.url()).searchParams.getAll('outlet')).toEqual(['Reuters']);
  });

  it('keeps to the claims of the chosen kind under each article', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}search/?q=putin&claim+kind=Direct+quote`);
    const claims = page.locator('.sr-sub[data-kind]');
    await claims.first().waitFor({ timeout: 10_000 });
    expect(new Set(await claims.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind'))))).toEqual(new Set(['direct-quote']));
  });

  it('orders the articles by date when asked, newest first', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}search/?q=kim&sort=date:desc`);
    await page.locator('.sr-result').first().waitFor({ timeout: 10_000 });
    // Only dated pages take part in a date order: the articles.
    const links = await page.locator('.sr-link').evaluateAll((items) => items.map((item) => item.getAttribute('href')));
    expect(links.every((link) => link?.startsWith('/articles/'))).toBe(true);
    expect(await page.locator('select[data-search-sort]').inputValue()).toBe('date:desc');
  });

  it('opens the article at the claim, highlighted, from a result', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}search/?q=${encodeURIComponent('artillery shells')}`);
    const claim = page.locator('a.sr-sub-link[href*="#claim-"]').first();
    await claim.waitFor({ timeout: 10_000 });
    const href = (await claim.getAttribute('href'))!;
    await claim.click();
    await page.waitForURL((url) => url.hash.startsWith('#claim-'));
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    const target = page.locator(':target');
    await expect.poll(() => target.getAttribute('class')).toContain('claim');
    expect(await target.textContent()).toContain('artillery shells');
    expect(await target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Scrolled into view (smoothly, unless the reader prefers reduced motion).
    const height = page.viewportSize()!.height;
    await expect
      .poll(async () => {
        const y = (await target.boundingBox())!.y;
        return y > 0 && y < height;
      })
      .toBe(true);
  });

  it('leads from the header box to the search page, with filters, for the same words', async () => {
    const { page } = watched;
    await page.goto(`${live.server.url}topics/arms/`);
    await page.locator('pagefind-searchbox input').waitFor();
    await page.locator('pagefind-searchbox input').fill('missiles');
    await page.locator('pagefind-searchbox a.site-search-all[href$="?q=missiles"]').waitFor({ state: 'attached' });
    await page.locator('pagefind-searchbox a.site-search-all').click();
    await page.waitForURL((url) => url.pathname === '/search/');
    await page.locator('.sr-result').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('pagefind-input input').inputValue()).toBe('missiles');
  });
});
