/**
 * axe-core over every page of the built site in Chromium (light theme, desktop), and over
 * a page of each kind in the dark theme at phone width (the other colours, the menu button
 * and the contents above the page): no violation of any rule axe enables by default
 * (WCAG 2.x A and AA, and best practices).
 */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, servedInBrowser, watchErrors } from '../helpers/browser.ts';
import { listFiles } from '../helpers/html.ts';

const seeds = inject('seeds');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const paths = listFiles(seeds.site)
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => file.replace(/index\.html$/, ''));
/** One page of each kind, for the settings that re-check layout and colour rather than content. */
const representative = paths.filter(
  (path) => ['', '404.html', 'topics/', 'people/', 'timeline/', 'sources/'].includes(path) || /^(?:topics|articles|people|outlets)\/[^/]+\/$/.test(path),
);
/** Parts of pages left to other tests: none. */
const EXCLUDE: string[] = [];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

type Served = ReturnType<typeof servedInBrowser>;
interface Setting {
  name: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  pages: readonly string[];
}

/** Runs axe on each page; returns its violations and console errors, one line each. */
async function audit(live: Served, setting: Setting): Promise<{ found: string[]; errors: string[] }> {
  // axe is injected as an inline script, which the site's Content-Security-Policy refuses (tests/site/security.test.ts).
  const context = await live.browser.newContext({ colorScheme: setting.colorScheme, viewport: setting.viewport, bypassCSP: true });
  const found: string[] = [];
  const errors: string[] = [];
  for (const path of setting.pages) {
    const page = await context.newPage();
    const pageErrors = watchErrors(page);
    await page.goto(new URL(path, live.server.url).href);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (exclude) => {
      type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      // Only violations are wanted: axe then skips detailing the rules that pass, which is most of its time.
      const result = await (window as unknown as { axe: Axe }).axe.run({ exclude: exclude.map((selector) => [selector]) }, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target })),
      }));
    }, EXCLUDE);
    for (const violation of violations) {
      found.push(
        `${path || '/'}: ${violation.id} (${violation.help}) at ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
      );
    }
    errors.push(...pageErrors.map((error) => `${path || '/'}: ${error}`));
    await page.close();
  }
  await context.close();
  return { found, errors };
}

describe.runIf(hasChromium)('accessibility of every page (axe-core)', () => {
  const live = servedInBrowser(seeds.site);

  const settings: Setting[] = [
    { name: 'light, desktop, every page', colorScheme: 'light', viewport: { width: 1280, height: 800 }, pages: paths },
    { name: 'dark, phone, a page of each kind', colorScheme: 'dark', viewport: { width: 390, height: 844 }, pages: representative },
  ];

  for (const setting of settings) {
    it(`reports no violation (${setting.name})`, { timeout: 180_000 }, async () => {
      const { found, errors } = await audit(live, setting);
      expect(found).toEqual([]);
      // 404.html is served with status 200 here, so nothing is expected in the console.
      expect(errors).toEqual([]);
    });
  }
});

describe.runIf(hasChromium)('accessibility of paginated lists and full tables (axe-core)', () => {
  const paged = inject('paged');
  const live = servedInBrowser(paged.site);
  const files = listFiles(paged.site).filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
  // The pages only a larger briefing has: later pages of lists, the coverage table with empty cells, long people lists.
  const pages = [
    'sources/',
    'people/',
    ...files.filter((file) => /^(?:timeline|(?:outlets|topics|people)\/[^/]+)\/2\/index\.html$/.test(file)).map((file) => file.replace(/index\.html$/, '')),
  ];

  it('reports no violation (light, desktop; dark, phone)', { timeout: 180_000 }, async () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const setting of [
      { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 }, pages },
      { name: 'dark', colorScheme: 'dark', viewport: { width: 390, height: 844 }, pages },
    ] as const) {
      const { found, errors } = await audit(live, setting);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
});
