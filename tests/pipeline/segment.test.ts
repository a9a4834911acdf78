import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/segment.ts';

const sentences = (text: string) => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('segment', () => {
  it('keeps abbreviations and initialisms inside their sentence', () => {
    expect(
      sentences('Meanwhile, the U.S. has warned it would violate U.N. Security Council resolutions. Mr. Smith agreed at 5 p.m. on Friday.'),
    ).toEqual(['Meanwhile, the U.S. has warned it would violate U.N. Security Council resolutions.', 'Mr. Smith agreed at 5 p.m. on Friday.']);
  });

  it('ends a sentence at an initialism when a new sentence clearly starts', () => {
    expect(sentences('Sanctions were imposed by the U.S. The move was new.')).toEqual(['Sanctions were imposed by the U.S.', 'The move was new.']);
  });

  it('splits sentences inside a long quotation and covers all text', () => {
    const text = '“Russia is in the fight. We support it.” He left.';
    const ranges = splitSentences(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['“Russia is in the fight.', 'We support it.”', 'He left.']);
    expect(ranges.map((r) => text.slice(r.start, r.end)).join(' ')).toBe(text);
  });
});
