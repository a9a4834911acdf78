import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { hasChromium, launchBrowser, watchErrors } from '../helpers/browser.ts';

const seeds = inject('seeds');

describe.runIf(hasChromium)('search in a real browser', () => {
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

  it('finds the satellites topic page when a reader types "satellite"', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    const input = page.locator('#search input[type="text"], #search input[type="search"]').first();
    await input.click();
    await input.fill('satellite');
    const results = page.locator('#search a[href*="/topics/satellites/"]');
    await results.first().waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('#search a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/topics/satellites/');
    expect(errors).toEqual([]);
    await page.close();
  });
});
