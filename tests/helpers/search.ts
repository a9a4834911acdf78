/** Helpers for the search tests: the built briefing's manifest and a page that records what it fetches. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { Briefing } from '../../src/schema/briefing.ts';
import { watchErrors } from './browser.ts';

export const manifestOf = (content: string): Briefing => Briefing.parse(JSON.parse(readFileSync(path.join(content, 'briefing.json'), 'utf8')));

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed requests. */
  errors: string[];
  /** Every URL the page (or its service worker) asked for. */
  requests: string[];
}

/** A new page in `context` that records its errors and requests. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { page, errors: watchErrors(page), requests };
}

/** Types into the header's search box after focusing it with the `/` shortcut. */
export async function searchFromHeader(page: Page, words: string): Promise<void> {
  await page.locator('pagefind-searchbox input').waitFor();
  await page.locator('body').press('/');
  await page.keyboard.type(words);
}

/** The paths the header's results link to, once `expected` is among them. */
export async function headerResults(page: Page, expected: string): Promise<string[]> {
  await page.locator(`pagefind-searchbox a[href*="${expected}"]`).first().waitFor({ timeout: 10_000 });
  return page
    .locator('pagefind-searchbox a[role="option"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash));
}
