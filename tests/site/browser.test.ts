/**
 * The site in Chromium, as readers use it: the sidebar, footnotes and their previews,
 * the theme switch, the table of contents, the phone menu — and without JavaScript.
 * Every page visited must log no error and ask nothing of another host.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { hasChromium, servedInBrowser, watchErrors } from '../helpers/browser.ts';

const seeds = inject('seeds');

describe.runIf(hasChromium)('the site in a browser', () => {
  let context: BrowserContext;
  let errors: string[];
  let foreign: string[];

  const live = servedInBrowser(seeds.site);
  afterEach(async () => {
    await context?.close();
    expect(errors, 'console errors and failed requests').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  });

  /** A new page in a fresh context, watched for errors and for requests that leave the site. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    context = await live.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', ...options });
    const page = await context.newPage();
    errors = watchErrors(page);
    foreign = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(live.server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(new URL(path, live.server.url).href);
    return page;
  }
  const pathOf = (page: Page) => new URL(page.url()).pathname;

  it('navigates by the sidebar, marking the current page', async () => {
    const page = await open('');
    const sidebar = page.locator('#sidebar');
    await expect(sidebar.locator('a[aria-current="page"]').textContent()).resolves.toContain('Overview');
    await sidebar.getByRole('link', { name: 'Arms concerns' }).click();
    await page.waitForURL(/\/topics\/arms\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Arms concerns');
    await expect(page.locator('#sidebar a[aria-current="page"]').textContent()).resolves.toContain('Arms concerns');
    await expect(page.locator('.breadcrumbs').textContent()).resolves.toContain('Topics');
    // Groups collapse and open again.
    const topics = page.locator('#sidebar details', { hasText: 'Topics' });
    await topics.locator('summary').click();
    await expect(topics.getAttribute('open')).resolves.toBeNull();
    await topics.locator('summary').click();
    await expect(topics.getAttribute('open')).resolves.toBe('');
    // Previous/next links lead on through the briefing.
    await page.locator('.prev-next a[rel="next"]').click();
    await page.waitForURL(/\/topics\/satellites\/$/);
  });

  it('follows a footnote and comes back to the sentence', async () => {
    const page = await open(`articles/${firstArticle()}/`);
    const ref = page.locator('.article-text a[data-footnote-ref]').nth(2);
    const refId = await ref.getAttribute('id');
    await ref.click();
    expect(new URL(page.url()).hash).toMatch(/^#user-content-fn-/);
    const note = page.locator(':target');
    await expect(note.evaluate((element) => element.tagName)).resolves.toBe('LI');
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    await note.locator('[data-footnote-backref]').click();
    expect(new URL(page.url()).hash).toBe(`#${refId}`);
    // Back at the footnote number, in view below the sticky header (scrolling may be smooth).
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      return box.top >= header.bottom && box.bottom <= window.innerHeight;
    }, refId!);
  });

  it('previews a footnote when the keyboard reaches its number, and hides it on Escape', async () => {
    const page = await open(`articles/${firstArticle()}/`);
    const preview = page.locator('#footnote-preview');
    let focused = '';
    for (let step = 0; step < 120 && !focused; step++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('[data-footnote-ref]') ? (document.activeElement as HTMLAnchorElement).hash : ''));
    }
    expect(focused, 'Tab reaches a footnote number').not.toBe('');
    await preview.waitFor({ state: 'visible' });
    const noteText = await page
      .locator(`[id="${decodeURIComponent(focused.slice(1))}"] p`)
      .first()
      .innerText();
    const previewText = await preview.innerText();
    expect(previewText).toContain(noteText.replace('↩', '').trim().slice(0, 40));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('footnote-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    // Pointing at another footnote number shows its preview too.
    await page.locator('.article-text a[data-footnote-ref]').nth(4).hover();
    await preview.waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await preview.waitFor({ state: 'hidden' });
  });

  it('switches theme, remembers the choice, and follows the system again when switched back', async () => {
    const page = await open('');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator('.theme-toggle');
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Switch to dark theme');
    await toggle.click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(background()).resolves.toBe(dark);
    await page.locator('.theme-toggle').click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
    await expect(page.evaluate(() => localStorage.getItem('briefing-theme'))).resolves.toBeNull();
    await expect(background()).resolves.toBe(light);
  });

  it('follows the system’s dark theme until told otherwise', async () => {
    const page = await open('', { colorScheme: 'dark' });
    await expect(page.locator('.theme-toggle').getAttribute('aria-label')).resolves.toBe('Switch to light theme');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe('rgb(255, 255, 255)');
  });

  it('highlights the section being read in the table of contents', async () => {
    const page = await open('');
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('sources')!.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === '#sources');
  });

  it('opens and closes the menu on a phone (390×844)', async () => {
    const page = await open(`topics/summit/`, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const sidebar = page.locator('#sidebar');
    const menu = page.locator('.menu-button');
    await expect(sidebar.isVisible()).resolves.toBe(false);
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(sidebar.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('#sidebar') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(sidebar.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).resolves.toBe(true);
    await menu.click();
    await sidebar.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(/\/timeline\/$/);
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    // Nothing is wider than the screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  });

  it('reads and links without JavaScript', async () => {
    const page = await open(`articles/${firstArticle()}/`, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await expect(page.locator('.article-text .claim').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
    const menuLink = page.locator('a.menu-link');
    await expect(menuLink.isVisible()).resolves.toBe(true);
    await menuLink.click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await page.locator('.article-text a[data-footnote-ref]').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#user-content-fn-/);
    await page.locator('#sidebar').getByRole('link', { name: 'The summit' }).click();
    expect(pathOf(page)).toBe('/topics/summit/');
  });

  it('ships scripts only where they are used, and little of them', async () => {
    const weigh = async (at: string) => {
      const page = await open(at);
      // Inline scripts and the site's own script files (Astro's modules, not Pagefind), in bytes; JSON-LD blocks are data the browser never runs.
      const { inline, files } = await page.evaluate(async () => {
        const scripts = [...document.scripts].filter((script) => !script.src.includes('/pagefind/') && script.type !== 'application/ld+json');
        const inline = scripts.reduce((sum, script) => sum + (script.src ? 0 : script.textContent!.length), 0);
        const files = await Promise.all(
          scripts.filter((script) => script.src).map(async (script) => ({ src: script.src, text: await (await fetch(script.src)).text() })),
        );
        return { inline, files };
      });
      await context.close();
      const bytes = inline + files.reduce((sum, file) => sum + file.text.length, 0);
      // What runs the footnote previews: the module that builds `.footnote-preview` popovers.
      const hasPreview = files.some((file) => file.text.includes('footnote-preview'));
      return { inline, bytes, hasPreview };
    };
    const overview = await weigh('');
    const article = await weigh(`articles/${firstArticle()}/`);
    expect(overview.hasPreview, 'no footnote previews on the overview').toBe(false);
    expect(article.hasPreview, 'footnote previews on articles').toBe(true);
    // Scripts are files the browser caches once, not repeated inline on every page: only the theme's, which must run before first paint.
    expect(overview.inline).toBeLessThan(1_000);
    expect(article.inline).toBeLessThan(1_000);
    // And they stay small: the theme, menu, contents, search box and offline scripts; previews on articles.
    expect(overview.bytes).toBeLessThan(12_000);
    expect(article.bytes).toBeLessThan(16_000);
  });
});

/** The first article of the bundled briefing: the one with the most footnotes to try. */
function firstArticle(): string {
  const manifest = JSON.parse(readFileSync(path.join(seeds.content, 'briefing.json'), 'utf8')) as { sources: { id: string }[] };
  return manifest.sources[0]!.id;
}
