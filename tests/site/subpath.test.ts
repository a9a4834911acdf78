/**
 * The briefing published under a sub-path: with BRIEFING_SITE and BRIEFING_BASE set,
 * every internal link, stylesheet and script stays under the base path and resolves,
 * and canonical and OpenGraph URLs carry the site and the base.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tmp } from '../helpers/build-site.ts';
import { listFiles, readPage, select, selectAll, type Element } from '../helpers/html.ts';
import { repoRoot } from '../helpers/seeds.ts';

const SITE = 'https://news.example.org';
const BASE = '/briefing/';
const folder = path.join(tmp, 'subpath');
const content = path.join(folder, 'content');
const site = path.join(folder, 'dist');

describe('a briefing under a sub-path', () => {
  beforeAll(() => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
    // Vitest puts its own import.meta.env (BASE_URL among them) into process.env, and Astro
    // would take that BASE_URL over the configured base: the build gets the environment without it.
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...environment } = process.env;
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], {
      cwd: repoRoot,
      env: { ...environment, BRIEFING_CONTENT: content, BRIEFING_OUT: site, BRIEFING_SITE: SITE, BRIEFING_BASE: BASE },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  }, 120_000);

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
