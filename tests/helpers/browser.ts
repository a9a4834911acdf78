/**
 * Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Without it the browser tests skip locally, and fail under CI (CI must run them).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium && process.env.CI) {
  throw new Error(`Browser tests must run under CI, but ${chromiumPath} is missing: apt-get install -y chromium`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and failed requests of a page, for "no console errors" checks. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A cancelled request is no failure: the page navigated away while it was in
    // flight (CI saw search fragments cancelled by the jump to /search/), or a
    // newer search aborted it.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request: ${request.url()} ${reason}`);
  });
  return errors;
}

/**
 * Serves `dir` on 127.0.0.1 and launches Chromium for the tests of one
 * `describe`, closing both after them. Read `server` and `browser` in tests.
 */
export function servedInBrowser(dir: string): { readonly server: StaticServer; readonly browser: Browser } {
  const live = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    live.server = await serveStatic(dir);
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
