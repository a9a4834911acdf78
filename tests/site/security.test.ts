/**
 * The site's defences. The Content-Security-Policy: one policy, in a meta tag on
 * every page and in `_headers`, with no 'unsafe-inline' script; every page of the
 * built site, loaded and searched in Chromium, breaks none of it. Links to other
 * hosts open no window back to the site; ids made from content are prefixed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, servedInBrowser, watchErrors } from '../helpers/browser.ts';
import { listFiles, readPage, select, selectAll } from '../helpers/html.ts';
import { repoRoot } from '../helpers/seeds.ts';
import { searchFromHeader } from '../helpers/search.ts';

const seeds = inject('seeds');
const pages = listFiles(seeds.site).filter((file) => file.endsWith('.html'));
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const policyOf = (file: string) => String(select('meta[http-equiv="content-security-policy"]', readPage(seeds.site, `/${file}`))?.properties.content ?? '');
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1)]),
  );

describe('the Content-Security-Policy', () => {
  const policy = policyOf('index.html');

  it('is the same on every page, and allows scripts only from the site or by hash', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) expect(policyOf(file), file).toBe(policy);
    const parsed = directives(policy);
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    const scripts = parsed.get('script-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    for (const source of scripts.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s))) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(parsed.get('style-src')).not.toContain("'unsafe-inline'");
    expect(parsed.get('object-src')).toEqual(["'none'"]);
  });

  it('is served by `_headers` too, with what only a header can say', () => {
    const headers = readFileSync(path.join(seeds.site, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    const line = headers.split('\n').find((l) => l.startsWith('  Content-Security-Policy: '))!;
    const served = directives(line.replace('  Content-Security-Policy: ', ''));
    for (const [name, values] of directives(policy)) expect(served.get(name), name).toEqual(values);
    expect(served.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
  });
});

describe.runIf(hasChromium)('every page in Chromium under the policy', () => {
  const live = servedInBrowser(seeds.site);

  /** Opens a page that records CSP violations (from the first script on) and errors. */
  async function open(url: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
    const page = await live.browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    const errors = watchErrors(page);
    await page.goto(new URL(url.replace(/^\//, ''), live.server.url).href);
    await page.waitForLoadState('load');
    return { page, violations, errors };
  }

  it('notices a violation when there is one', async () => {
    const { page, violations } = await open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
    await page.close();
  });

  it('loads every page with no violation and no console error', async () => {
    for (const file of pages) {
      const { page, violations, errors } = await open(urlOf(file));
      // Let deferred scripts (the search box, footnote previews) run.
      await page.waitForTimeout(50);
      expect(violations, file).toEqual([]);
      expect(errors, file).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('searches, from the header and on the search page, with no violation', async () => {
    const header = await open('/');
    await searchFromHeader(header.page, 'satellite');
    await header.page.locator('pagefind-searchbox a[role="option"]').first().waitFor({ timeout: 10_000 });
    expect(header.violations).toEqual([]);
    expect(header.errors).toEqual([]);
    await header.page.close();
    const search = await open('/search/?q=missile');
    await search.page.locator('.sr-result').first().waitFor({ timeout: 10_000 });
    expect(search.violations).toEqual([]);
    expect(search.errors).toEqual([]);
    await search.page.close();
  });
});

const builds = [inject('seeds'), inject('hostile'), inject('adversarial'), inject('paged')];

describe('links and ids', () => {
  it('opens links to other hosts with rel="noopener noreferrer"', () => {
    let outbound = 0;
    for (const build of builds) {
      for (const file of listFiles(build.site).filter((name) => name.endsWith('.html'))) {
        for (const link of selectAll('a[href]', readPage(build.site, `/${file}`))) {
          const href = String(link.properties.href);
          if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
          outbound++;
          const rel = ((link.properties.rel as string[] | undefined) ?? []).join(' ');
          expect(rel, `${file}: ${href}`).toMatch(/\bnoopener\b/);
          expect(rel, `${file}: ${href}`).toMatch(/\bnoreferrer\b/);
        }
      }
    }
    expect(outbound).toBeGreaterThan(0);
  });

  /** The ids the templates write literally, and the GFM footnotes heading's: the layout's own. */
  const ownIds = new Set([
    'footnote-label',
    ...listFiles(path.join(repoRoot, 'src'))
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) => [...readFileSync(path.join(repoRoot, 'src', file), 'utf8').matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!)),
  ]);
  /** Prefixes of ids made from content: claims, GFM footnotes, editors' headings, and the templates' own (commits: the revisions page). */
  const CONTENT_ID = /^(?:claim|user-content|source|mentioned|unique|kind|framing|day|speaker|commit)-./;

  it('gives every id made from content a prefix, so content takes no id of the layout and no DOM global', () => {
    expect(ownIds.has('content')).toBe(true);
    let prefixed = 0;
    for (const build of builds) {
      for (const file of listFiles(build.site).filter((name) => name.endsWith('.html'))) {
        for (const element of selectAll('[id]', readPage(build.site, `/${file}`))) {
          const id = String(element.properties.id);
          if (CONTENT_ID.test(id)) prefixed++;
          else expect(ownIds.has(id), `${file}: id="${id}" is neither the layout's nor prefixed`).toBe(true);
        }
      }
    }
    expect(prefixed).toBeGreaterThan(1000);
    // The editor's headings named like the layout's ids came out prefixed.
    const topic = readPage(inject('adversarial').site, '/topics/ids/');
    expect(
      selectAll('.intro [id]', topic)
        .map((element) => element.properties.id)
        .filter((id) => id !== 'introduction'),
    ).toEqual(['user-content-content', 'user-content-sidebar', 'user-content-location', 'user-content-pagefind', 'user-content-content-1']);
  });
});
