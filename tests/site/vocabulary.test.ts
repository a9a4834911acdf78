/**
 * One page, one set of words: on every built article page, each claim's footnote (written
 * by the pipeline into the MDX) names its kind with the same label as the marker legend
 * and the claim's marker (drawn by the site), and the footnote lists the claims other
 * outlets carry in the same order as the page's "In other outlets" section. Read from
 * the built HTML of the bundled briefing and of the forty synthetic articles (which have
 * indirect statements, a kind the bundled briefing lacks).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CLAIM_KINDS, KINDS } from '../../src/vocabulary/kinds.ts';
import { listFiles, readPage, select, selectAll, toText, type Element, type Root } from '../helpers/html.ts';

const sites = [inject('seeds').site, inject('paged').site];

/** Every article page of a built site, as a tree. */
function articlePages(site: string): { url: string; tree: Root }[] {
  return listFiles(site)
    .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
    .map((file) => {
      const url = `/${file.replace(/index\.html$/, '')}`;
      return { url, tree: readPage(site, url) };
    });
}

const pages = sites.flatMap((site) => articlePages(site));

/** The claim anchors a list of links points to, in order. */
const claimTargets = (node: Element): string[] => selectAll('a[href*="#claim-"]', node).map((a) => String(a.properties.href).replace(/^.*#/, ''));

describe('the words for claim kinds', () => {
  it('are the same in the footnote, the legend and the marker of every claim', () => {
    const seen = new Set<string>();
    let claims = 0;
    for (const { url, tree } of pages) {
      const legend = new Map(
        selectAll('.kind-legend .kind-badge', tree).map((badge) => {
          const glyph = select('.kind-glyph', badge);
          const label = toText(badge)
            .slice(glyph ? toText(glyph).length : 0)
            .trim();
          return [String(badge.properties.dataKind), label] as const;
        }),
      );
      const markers = selectAll('.article-text span.claim[id^="claim-"]', tree);
      expect(markers.length, url).toBeGreaterThan(0);
      expect([...legend.keys()].sort(), `${url}: the legend shows exactly the kinds of the article`).toEqual(
        [...new Set(markers.map((marker) => String(marker.properties.dataKind)))].sort(),
      );
      for (const marker of markers) {
        const kind = String(marker.properties.dataKind);
        const id = String(marker.properties.id).slice('claim-'.length);
        const footnote = select(`[id="user-content-fn-${id}"]`, tree);
        expect(footnote, `${url}: footnote of ${id}`).toBeDefined();
        const label = toText(footnote!, { whitespace: 'normal' }).trim().split(' — ')[0];
        expect(label, `${url}: footnote of ${id}`).toBe(legend.get(kind));
        expect(marker.properties.title, `${url}: marker of ${id}`).toBe(legend.get(kind));
        seen.add(kind);
        claims++;
      }
    }
    expect(claims).toBeGreaterThan(100);
    // The kind whose footnote label once drifted from the legend must be among those checked.
    expect(seen).toContain('indirect-statement');
  });
});

describe('the order of related claims', () => {
  it('is the same in a claim’s footnote and in “In other outlets”', () => {
    let compared = 0;
    for (const { url, tree } of pages) {
      for (const item of selectAll('.related-list > li', tree)) {
        const [claim] = claimTargets(select('.related-claim', item)!);
        const listed = claimTargets(select('ul', item)!);
        const footnote = select(`[id="user-content-fn-${claim!.slice('claim-'.length)}"]`, tree);
        expect(footnote, `${url}: footnote of ${claim}`).toBeDefined();
        const inFootnote = claimTargets(footnote!);
        expect(inFootnote.length, `${url}: ${claim}`).toBeGreaterThan(0);
        expect(inFootnote, `${url}: ${claim}`).toEqual(listed.slice(0, inFootnote.length));
        if (inFootnote.length > 1) compared++;
      }
    }
    // Orders can only disagree where a claim has two related claims or more.
    expect(compared).toBeGreaterThan(0);
  });
});

describe('the marker glyphs', () => {
  it('drawn by the shipped stylesheet before each claim are the vocabulary’s, kind for kind', () => {
    for (const site of sites) {
      const css = listFiles(site)
        .filter((file) => file.startsWith('_astro/') && file.endsWith('.css'))
        .map((file) => readFileSync(path.join(site, file), 'utf8'))
        .join('\n');
      const drawn = new Map(
        [...css.matchAll(/\.claim\[data-kind=['"]?([a-z-]+)['"]?\]:{1,2}before\{content:\s*(['"])(.*?)\2/g)].map((match) => [match[1]!, match[3]!]),
      );
      // The CSS writes the glyphs (a stylesheet cannot import them); this holds them to src/vocabulary/kinds.ts.
      const expected = new Map(CLAIM_KINDS.filter((kind) => KINDS[kind].glyph !== '').map((kind) => [kind, KINDS[kind].glyph]));
      expect(drawn).toEqual(expected);
    }
  });
});
