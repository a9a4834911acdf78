/**
 * The briefing published under a sub-path: with BRIEFING_SITE and BRIEFING_BASE set,
 * every internal link, stylesheet and script stays under the base path and resolves,
 * and canonical and OpenGraph URLs carry the site and the base.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { basedSite } from '../helpers/build-site.ts';
import { listFiles, readPage, select, selectAll, type Element } from '../helpers/html.ts';

// Built by the global setup for basedSite, into <root>/briefing/.
const { site } = inject('based');
const SITE = basedSite.origin;
const BASE = basedSite.base;

describe('a briefing under a sub-path', () => {
  it('keeps every internal reference under the base path, and each resolves', () => {
    const problems: string[] = [];
    const pages = listFiles(site).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
    for (const file of pages) {
      const tree = readPage(site, `/${file}`);
      for (const element of selectAll('a[href], link[href], script[src], img[src]', tree) as Element[]) {
        const reference = String(element.properties.href ?? element.properties.src);
        if (/^[a-z]+:/i.test(reference) || reference.startsWith('//')) continue;
        const url = new URL(reference, `${SITE}${BASE}${file}`);
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${file}: ${reference} leaves ${BASE}`);
          continue;
        }
        let target = decodeURIComponent(url.pathname.slice(BASE.length));
        if (target === '' || target.endsWith('/')) target += 'index.html';
        if (!existsSync(path.join(site, target))) problems.push(`${file}: ${reference} (no ${target})`);
      }
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('gives each page its canonical URL on the public site', () => {
    const tree = readPage(site, '/topics/summit/');
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(`${SITE}${BASE}topics/summit/`);
    expect(select('meta[property="og:url"]', tree)?.properties.content).toBe(`${SITE}${BASE}topics/summit/`);
    expect(select('.cite-text', tree) && JSON.stringify(select('.cite-text', tree))).toContain(`${SITE}${BASE}topics/summit/`);
  });
});
