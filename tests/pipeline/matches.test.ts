import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/pipeline/matches.ts';

const plain = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, ...match]);

describe('matchesOf', () => {
  const cases: [RegExp, string][] = [
    [/\b(?:may|might)\b/giu, 'It may rain; it MIGHT not. Mayday.'],
    [/(\p{Lu})\p{Ll}*/gu, 'Ángel met Zoë in Łódź'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\n+/g, 'one\n\ntwo\nthree'],
  ];
  it.each(cases)('finds what matchAll finds for %s', (pattern, text) => {
    expect(plain(matchesOf(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
  });

  it('leaves the expression ready for the next call, even after an empty match', () => {
    const pattern = /a|(?:)/gu;
    matchesOf(pattern, 'bab');
    expect(pattern.lastIndex).toBe(0);
    expect(plain(matchesOf(pattern, 'aa'))).toEqual(plain([...'aa'.matchAll(pattern)]));
  });

  it('refuses a non-global expression, which would never advance', () => {
    expect(() => matchesOf(/a/, 'aaa')).toThrow(/global/);
  });
});
