import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Briefing } from '../../src/schema/briefing.ts';
import { KINDS } from '../../src/vocabulary/kinds.ts';
import { listFiles, readPage, select, toText, type Element } from '../helpers/html.ts';

const seeds = inject('seeds');
const paged = inject('paged');
const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(seeds.content, 'briefing.json'), 'utf8')));

/** What Pagefind indexes of a page: its `data-pagefind-body`, without `data-pagefind-ignore` parts. */
function indexedText(urlPath: string): string | null {
  const body = select('[data-pagefind-body]', readPage(seeds.site, urlPath));
  if (!body) return null;
  const copy = structuredClone(body) as Element;
  const strip = (parent: Element) => {
    parent.children = parent.children.filter((child) => child.type !== 'element' || child.properties.dataPagefindIgnore === undefined);
    for (const child of parent.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return toText(copy, { whitespace: 'normal' });
}

describe('what search indexes', () => {
  const pages = listFiles(seeds.site)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

  it('indexes a claim on its article page only, not again where other pages quote it', () => {
    const aggregate = pages.filter((page) => !page.startsWith('/articles/'));
    expect(aggregate.length).toBeGreaterThan(10);
    let quoted = 0;
    for (const page of aggregate) {
      const text = indexedText(page);
      if (text === null) continue;
      for (const claim of briefing.claims) {
        if (claim.text.length < 40) continue;
        expect(text.includes(claim.text), `${page} indexes "${claim.text.slice(0, 50)}…"`).toBe(false);
      }
      // The page still quotes claims for readers; only the index leaves them out.
      if (briefing.claims.some((claim) => claim.text.length >= 40 && toText(readPage(seeds.site, page)).includes(claim.text))) quoted++;
    }
    expect(quoted).toBeGreaterThan(5);
  });

  it('leaves out the outlet, date, kind and link of each claim another page quotes', () => {
    // Those belong to the claim's article; on a story, topic or person page they repeated
    // "Outlet, date · In context" once per quotation, the bulk of what such a page indexed.
    const aggregate = pages.filter((page) => !page.startsWith('/articles/'));
    const outlets = new Set(briefing.sources.flatMap((source) => source.outlet ?? []));
    let checked = 0;
    for (const page of aggregate) {
      const text = indexedText(page);
      if (text === null) continue;
      checked++;
      expect(text, page).not.toContain('In context');
      for (const outlet of outlets) {
        for (const { label } of Object.values(KINDS)) expect(text, page).not.toContain(`${label}${outlet}`);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('indexes every claim on its article page', () => {
    for (const source of briefing.sources) {
      const text = indexedText(`/articles/${source.id}/`)!;
      for (const claim of briefing.claims.filter((c) => c.source === source.id)) expect(text).toContain(claim.text);
    }
  });

  it('leaves later pages of a paginated list out of the index, and keeps the first', () => {
    const later = listFiles(paged.site).filter((file) => /^(?:outlets|people|topics)\/[^/]+\/\d+\/index\.html$|^timeline\/\d+\/index\.html$/.test(file));
    expect(later.length).toBeGreaterThan(3);
    for (const file of later) {
      const page = `/${file.replace(/index\.html$/, '')}`;
      expect(select('[data-pagefind-body]', readPage(paged.site, page)), `${page} is left out`).toBeUndefined();
      const first = page.replace(/\d+\/$/, '');
      expect(select('[data-pagefind-body]', readPage(paged.site, first)), `${first} is indexed`).toBeDefined();
    }
  });
});
