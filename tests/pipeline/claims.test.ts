import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { createEntityMatcher } from '../../src/pipeline/entities.ts';
import { createFramingFinder } from '../../src/pipeline/framing.ts';
import { gold, seedArticles, seedDefinitions, sourceIdOf } from '../helpers/seeds.ts';

const { briefing } = annotateBriefing(seedArticles(), seedDefinitions());

describe('claim positions', () => {
  it('point into the cleaned text with W3C TextPosition offsets and a TextQuote', () => {
    for (const claim of briefing.claims) {
      const source = briefing.sources.find((s) => s.id === claim.source)!;
      const { start, end, prefix, suffix } = claim.selector;
      // The TextQuote's exact is the claim's text.
      expect(source.text.slice(start, end)).toBe(claim.text);
      expect(source.text.slice(start - prefix.length, start)).toBe(prefix);
      expect(source.text.slice(end, end + suffix.length)).toBe(suffix);
    }
  });

  it('are unique within each source: prefix + the sentence + suffix find one place', () => {
    for (const claim of briefing.claims) {
      const text = briefing.sources.find((s) => s.id === claim.source)!.text;
      expect(text.slice(claim.selector.start, claim.selector.end)).toBe(claim.text);
      const needle = claim.selector.prefix + claim.text + claim.selector.suffix;
      expect(text.indexOf(needle)).toBe(text.lastIndexOf(needle));
    }
  });
});

describe('denials, channels and framing', () => {
  it('records a reported denial as written', () => {
    const claim = briefing.claims.find((c) => c.text.startsWith('Washington and allies'))!;
    expect(claim.denials).toEqual(['both countries have denied such intentions']);
  });

  it('records the chain of channels of a quotation in order', () => {
    const claim = briefing.claims.find((c) => c.attribution?.includes('released by'))!;
    expect(claim.channels).toEqual(['Kremlin', 'Washington Post']);
  });

  it('finds how each outlet frames the people of the story', () => {
    const framingGold = (gold as unknown as { framing: { entity: string; article: string; text: string }[] }).framing;
    for (const expected of framingGold) {
      const found = briefing.framing.filter((f) => f.source === sourceIdOf(expected.article));
      expect(
        found.map((f) => f.phrase).some((phrase) => phrase.includes(expected.text) || expected.text.includes(phrase)),
        expected.text,
      ).toBe(true);
    }
  });

  it('frames unseen names by description, possessive and predicate', () => {
    const matcher = createEntityMatcher([{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }]);
    const finder = createFramingFinder(['strongman', 'regime', 'pariah']);
    const text = "Critics call the strongman Ana Ruiz unpredictable. Ruiz's regime is new. Ruiz is a pariah abroad.";
    expect(finder.find(text, matcher.find(text)).map((f) => f.phrase)).toEqual(['strongman Ana Ruiz', "Ruiz's regime", 'pariah abroad']);
  });
});
