/**
 * The whole of the built site, file by file: every internal reference resolves (links,
 * anchors, stylesheets, scripts, icons), ids are unique, nothing is fetched from another
 * host, every page validates (html-validate) and says what it is (title, description,
 * canonical URL, OpenGraph and Twitter cards).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, select, selectAll, type Element, type Root } from '../helpers/html.ts';

/** The attributes that make the browser fetch or navigate to something. */
const REFERENCES: [selector: string, attribute: 'href' | 'src'][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
];

/** The file a site-relative URL names, or null when it is not a file of the site. */
function targetOf(from: string, reference: string): { file: string; hash: string } | null {
  const url = new URL(reference, `http://site.invalid/${from}`);
  if (url.host !== 'site.invalid') return null;
  let file = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  return { file, hash: decodeURIComponent(url.hash.slice(1)) };
}

const idsOf = (tree: Root) => selectAll('[id]', tree).map((element) => String(element.properties.id));

// The bundled briefing, and forty synthetic articles: enough for paginated lists and
// for tables with empty cells, which the seeds never show.
describe.each([
  ['the bundled briefing', inject('seeds').site],
  ['a paginated briefing', inject('paged').site],
])('every file of the built site: %s', (_name, site) => {
  const htmlFiles = listFiles(site).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  const pages = new Map<string, Root>(htmlFiles.map((file) => [file, readPage(site, `/${file}`)]));

  it('has pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(10);
  });

  it('references only files and anchors that exist', () => {
    const broken: string[] = [];
    for (const [file, tree] of pages) {
      for (const [selector, attribute] of REFERENCES) {
        for (const element of selectAll(selector, tree) as Element[]) {
          const reference = String(element.properties[attribute]);
          if (/^(?:mailto|tel|data):/i.test(reference)) continue;
          if (/^(?:[a-z]+:)?\/\//i.test(reference) && !reference.startsWith('//')) {
            // Absolute URLs: only plain links may point to another host; nothing may be fetched from one.
            if (selector !== 'a[href]' && !(selector === 'link[href]' && element.properties.rel?.toString() === 'canonical')) {
              broken.push(`${file}: fetches ${reference}`);
            }
            continue;
          }
          const target = targetOf(file, reference);
          if (!target) continue;
          if (!existsSync(path.join(site, target.file))) {
            broken.push(`${file}: ${reference} (no ${target.file})`);
            continue;
          }
          if (target.hash && target.file.endsWith('.html')) {
            const other = pages.get(target.file) ?? readPage(site, `/${target.file}`);
            if (!idsOf(other).includes(target.hash)) broken.push(`${file}: ${reference} (no #${target.hash})`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every element a unique id', () => {
    const duplicates: string[] = [];
    for (const [file, tree] of pages) {
      const seen = new Set<string>();
      for (const id of idsOf(tree)) {
        if (seen.has(id)) duplicates.push(`${file}: #${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('asks for nothing from another host in its stylesheets and scripts', () => {
    const assets = listFiles(site).filter((file) => /\.(?:css|js)$/.test(file) && !file.startsWith('pagefind'));
    for (const file of assets) {
      const text = readFileSync(path.join(site, file), 'utf8');
      expect(text, file).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
      expect(text, file).not.toMatch(/@import\s+(?:url\()?['"]?(?:https?:)?\/\//);
    }
  });

  it('validates as HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // `role="list"` on styled lists is deliberate: Safari drops list semantics when list-style is none.
        'no-redundant-role': 'off',
        // Long headlines make long titles; keep them whole rather than cut them.
        'long-title': ['error', { maxlength: 160 }],
      },
    });
    const problems: string[] = [];
    for (const file of pages.keys()) {
      const report = await validator.validateString(readFileSync(path.join(site, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes each page for search engines and link previews', () => {
    for (const [file, tree] of pages) {
      const meta = (key: string) => {
        const element = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
        return element ? String(element.properties.content) : undefined;
      };
      expect(select('title', tree), file).toBeDefined();
      expect(meta('description')?.length, `${file} description`).toBeGreaterThan(20);
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBeTruthy();
      expect(meta('og:type'), file).toMatch(/^(?:website|article)$/);
      expect(meta('twitter:card'), file).toBe('summary');
      if (meta('robots') === 'noindex') {
        // Not a page of the briefing (404, search): no canonical address of its own.
        expect(select('link[rel="canonical"]', tree), file).toBeUndefined();
        continue;
      }
      const canonical = select('link[rel="canonical"]', tree);
      const url = `https://briefing.example/${file.replace(/index\.html$/, '')}`;
      expect(canonical?.properties.href, file).toBe(url);
      expect(meta('og:url'), file).toBe(url);
    }
  });
});
