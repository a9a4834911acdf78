import { describe, expect, it } from 'vitest';
import { caseless } from '../../src/pipeline/caseless.ts';
import { matchesOf } from '../../src/pipeline/matches.ts';

const found = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((match) => [match.index, match[0]]);

describe('caseless', () => {
  const hedge = /\b(?:likely|may|says?|is said to)\b/giu;
  const fast = caseless(hedge);

  it('finds what the Unicode expression finds, on plain and on accented text', () => {
    for (const text of ['It MAY rain, he Says; likely.', 'Ça va, dit-il: it is said to be “Likely”.', 'Él dice — may, MAY, mAy']) {
      expect(found(fast(text), text)).toEqual(found(hedge, text));
      expect(fast(text).unicode).toBe(false);
    }
  });

  it('keeps Unicode mode where folding differs: ſ and the Kelvin sign, and astral characters', () => {
    // U+212A KELVIN SIGN folds to k, U+017F LONG S to s, only in Unicode mode.
    for (const text of ['It is li\u212Aely.', 'He \u017Fays so.', 'It may \u{1F600} rain.']) {
      expect(fast(text)).toBe(hedge);
      expect(found(fast(text), text)).toEqual(found(hedge, text));
    }
    expect(found(hedge, 'It is li\u212Aely.')).toHaveLength(1);
    expect(found(new RegExp(hedge.source, 'gi'), 'It is li\u212Aely.')).toHaveLength(0);
  });

  it('refuses expressions that need Unicode mode or are not case-insensitive', () => {
    expect(() => caseless(/\p{L}+/giu)).toThrow(/Unicode-only/);
    expect(() => caseless(/may/g)).toThrow(/flags i and u/);
  });
});
