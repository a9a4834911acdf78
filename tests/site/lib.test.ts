/**
 * The site's pure view helpers (src/lib), on hand-made cases and on the bundled briefing's
 * manifest as the build wrote it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Briefing } from '../../src/schema/briefing.ts';
import { citation } from '../../src/lib/cite.ts';
import { agreementsAmong, coverage, differencesAmong, framingByOutlet, highlight, uniqueClaims, whatHappened } from '../../src/lib/compare.ts';
import { ENTITY_KINDS, entityClaims, entityIndexOrder } from '../../src/lib/entities.ts';
import { formatDate, listText, weekdayOf } from '../../src/lib/format.ts';
import { chunk, packGroups } from '../../src/lib/pages.ts';
import { whoSaidWhat } from '../../src/lib/speakers.ts';
import { timelineEvents } from '../../src/lib/timeline.ts';
import { createView, outletName, uniqueSlugs } from '../../src/lib/view.ts';

const seeds = inject('seeds');
const manifest = Briefing.parse(JSON.parse(readFileSync(path.join(seeds.content, 'briefing.json'), 'utf8')));
const view = createView(manifest);
const outletOf = (id: string) => outletName(view.sourceById.get(view.claimById.get(id)!.source)!);

describe('the timeline of the bundled briefing', () => {
  const events = timelineEvents(view);

  it('dates the claims that name a day, and the articles by publication, oldest first', () => {
    expect(events.map((event) => event.date)).toEqual([...events.map((event) => event.date)].sort());
    const tuesday = events.filter((event) => event.date === '2023-09-12');
    expect(tuesday.some((event) => event.kind === 'mentioned' && event.claim.text.includes('said Tuesday'))).toBe(true);
    const published = events.filter((event) => event.kind === 'published');
    expect(published).toHaveLength(manifest.sources.filter((source) => source.published).length);
  });

  it('names the days in words', () => {
    expect(weekdayOf('2023-09-13')).toBe('Wednesday');
    expect(formatDate('2023-09-03')).toBe('3 September 2023');
  });
});

describe('comparing outlets', () => {
  it('sees each relation from both claims, each with its own wording first', () => {
    expect(manifest.relations.length).toBeGreaterThan(0);
    for (const relation of manifest.relations) {
      const fromA = view.relationsByClaim.get(relation.a)!.find((related) => related.other.id === relation.b)!;
      const fromB = view.relationsByClaim.get(relation.b)!.find((related) => related.other.id === relation.a)!;
      expect(fromA.discrepancies.map((d) => [d.here, d.there])).toEqual(relation.discrepancies.map((d) => [d.a, d.b]));
      expect(fromB.discrepancies.map((d) => [d.here, d.there])).toEqual(relation.discrepancies.map((d) => [d.b, d.a]));
    }
  });

  it('groups corroborating claims of different outlets, each claim in one group', () => {
    expect(view.agreements.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const agreement of view.agreements) {
      expect(agreement.outlets.length).toBeGreaterThanOrEqual(2);
      expect(new Set(agreement.claims.map((claim) => outletOf(claim.id))).size).toBe(agreement.outlets.length);
      for (const claim of agreement.claims) {
        expect(seen.has(claim.id)).toBe(false);
        seen.add(claim.id);
      }
    }
  });

  it('tells what happened from the most-carried accounts, in story order', () => {
    const lines = whatHappened(view);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(5);
    const positions = lines.map((agreement) => view.claimPosition.get(agreement.claims[0]!.id)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Accounts of events come before quotations: the first line is not a direct quote.
    expect(lines.some((agreement) => agreement.claims[0]!.kind !== 'direct-quote')).toBe(true);
  });

  it('lists each differing pair once, with the phrases that differ', () => {
    const differences = differencesAmong(view, view.claims);
    const pairs = differences.map(({ claim, related }) => [claim.id, related.other.id].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    const missiles = differences.find(({ claim }) => claim.text.includes('ballistic missiles'));
    expect(missiles?.related.discrepancies.length).toBeGreaterThan(0);
    for (const d of missiles!.related.discrepancies) {
      expect(missiles!.claim.text).toContain(d.here);
      expect(missiles!.related.other.text).toContain(d.there);
    }
  });

  it('marks phrases in a text, first occurrence only, never overlapping', () => {
    expect(highlight('two ballistic missiles hours before', ['hours before', 'two ballistic missiles'])).toEqual([
      { text: 'two ballistic missiles', mark: true },
      { text: ' ', mark: false },
      { text: 'hours before', mark: true },
    ]);
    expect(highlight('abc', ['x', '', 'abcd'])).toEqual([{ text: 'abc', mark: false }]);
    expect(highlight('aa bb', ['aa b', 'a bb'])).toEqual([
      { text: 'aa b', mark: true },
      { text: 'b', mark: false },
    ]);
  });

  it('finds the agreements among some claims, in briefing order', () => {
    // Every other claim, in reverse: the order asked in must not matter.
    const some = manifest.claims.filter((_, index) => index % 2 === 0).reverse();
    const ids = new Set(some.map((claim) => claim.id));
    const expected = view.agreements.filter((agreement) => agreement.claims.some((claim) => ids.has(claim.id)));
    expect(expected.length).toBeGreaterThan(1);
    expect(agreementsAmong(view, some)).toEqual(expected);
    expect(agreementsAmong(view, [])).toEqual([]);
  });

  it('finds the claims only one outlet carries, and counts coverage by outlet and topic', () => {
    const rows = coverage(view);
    expect(rows.reduce((sum, row) => sum + row.claims, 0)).toBe(manifest.claims.length);
    expect(rows.reduce((sum, row) => sum + row.articles, 0)).toBe(manifest.sources.length);
    // Some claims are carried by one outlet only, so the loop over them below checks something.
    expect(rows.reduce((sum, row) => sum + row.unique, 0)).toBeGreaterThan(0);
    for (const row of rows) {
      const unique = uniqueClaims(view, row.outlet);
      expect(unique).toHaveLength(row.unique);
      for (const claim of unique) {
        expect((view.relationsByClaim.get(claim.id) ?? []).every((related) => outletOf(related.other.id) === row.outlet)).toBe(true);
      }
      // And every other claim of the outlet is carried by another outlet; the list is in briefing order.
      const listed = new Set(unique.map((claim) => claim.id));
      for (const claim of manifest.claims.filter((item) => outletOf(item.id) === row.outlet && !listed.has(item.id))) {
        expect((view.relationsByClaim.get(claim.id) ?? []).some((related) => outletOf(related.other.id) !== row.outlet)).toBe(true);
      }
      const positions = unique.map((claim) => view.claimPosition.get(claim.id)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(row.topics).toHaveLength(manifest.topics.length);
      row.topics.forEach((cell, index) => {
        const topic = manifest.topics[index]!;
        expect(cell.claims).toBe(topic.claims.filter((id) => outletOf(id) === row.outlet).length);
      });
    }
  });

  it('sets each outlet’s words for a person side by side', () => {
    const rows = framingByOutlet(view, 'Kim Jong Un');
    // Both outlets describe him: an empty list must not pass.
    expect(rows.map((row) => row.outlet)).toEqual([...new Set(view.framingByEntity.get('Kim Jong Un')!.map((framing) => outletOf(framing.claim)))].sort());
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.phrases.length, row.outlet).toBeGreaterThan(0);
      for (const { phrase, claim } of row.phrases) expect(claim.text).toContain(phrase);
    }
  });
});

describe('people', () => {
  it('groups quotations by speaker, each quotation once, unknown speakers last', () => {
    const groups = whoSaidWhat(view, view.claims);
    const quotes = groups.flatMap((group) => group.quotes);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes).toHaveLength(manifest.quotes.length);
    expect(groups.slice(0, -1).every((group) => group.speaker !== null)).toBe(true);
    expect(groups[0]!.speaker).toBe('Kim Jong Un');
    // The bundled briefing may know every speaker: give one quotation none, and its group must come last.
    const withUnknown = createView({ ...manifest, quotes: manifest.quotes.map((quote, index) => (index === 0 ? { ...quote, speaker: null } : quote)) });
    const unknownGroups = whoSaidWhat(withUnknown, withUnknown.claims);
    expect(unknownGroups.map((group) => group.speaker).filter((speaker) => speaker === null)).toHaveLength(1);
    expect(unknownGroups.at(-1)!.speaker).toBeNull();
    expect(unknownGroups.at(-1)!.quotes).toEqual([withUnknown.quotes[0]]);
  });

  it('lists an entity’s own words before the claims that mention it', () => {
    const kim = view.entityByName.get('Kim Jong Un')!;
    const items = entityClaims(view, kim);
    const firstMention = items.findIndex((item) => !item.speaks);
    // Kim both speaks and is mentioned: his own words first, then no more of them after the first mention.
    expect(firstMention).toBeGreaterThan(0);
    expect(items.slice(firstMention).some((item) => item.speaks)).toBe(false);
    expect(new Set(items.map((item) => item.claim.id)).size).toBe(items.length);
  });

  it('orders the people index by kind, then by the claims each is in, then by name', () => {
    const order = entityIndexOrder(view);
    expect(order).toHaveLength(view.entities.length);
    const key = (entity: (typeof order)[number]) =>
      [ENTITY_KINDS.findIndex((item) => item.kind === entity.kind), -new Set([...entity.speaks, ...entity.mentioned]).size, entity.name] as const;
    // Consecutive entries in order, and the ordering tells some of them apart by weight.
    let byWeight = 0;
    for (const [a, b] of order.slice(1).map((entity, index) => [order[index]!, entity] as const)) {
      const [x, y] = [key(a), key(b)];
      expect(x[0] < y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] <= y[2]))), `${a.name} before ${b.name}`).toBe(true);
      if (x[0] === y[0] && x[1] < y[1]) byWeight++;
    }
    expect(byWeight).toBeGreaterThan(0);
  });

  it('makes unique slugs that never look like page numbers', () => {
    expect([...uniqueSlugs(['U.S.', 'US', 'Us!', '2', 'Zoë']).values()]).toEqual(['us', 'us-2', 'us-3', 'n-2', 'zoe']);
  });
});

describe('pages and citations', () => {
  it('splits lists into bounded pages', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
    expect(packGroups([{ size: 3 }, { size: 3 }, { size: 9 }, { size: 1 }], 5).map((page) => page.map((group) => group.size))).toEqual([[3], [3], [9], [1]]);
  });

  it('cites a page from the manifest’s own dates and hashes, never the clock', () => {
    const digest = 'a'.repeat(64);
    const overview = citation(view, 'Overview', 'https://example.org/briefing/', digest);
    expect(overview.text).toBe(
      `“Overview”. In ${manifest.title}: a briefing of 2 articles from 2 outlets, published 13 September 2023. https://example.org/briefing/`,
    );
    expect(overview.facts).toEqual([{ label: 'Data', value: `briefing.json, SHA-256 ${digest}`, code: true }]);
    const source = manifest.sources[0]!;
    const article = citation(view, 'x', 'https://example.org/a/', digest, source);
    expect(article.text).toContain(source.url!);
    expect(article.facts[0]!.value).toContain(source.sha256);
  });

  it('joins words as a reader would', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
