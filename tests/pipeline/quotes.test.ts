import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/pipeline/quotes.ts';

describe('findQuotes', () => {
  it('pairs curly quotes by direction and straight quotes in turn', () => {
    const text = 'He said “we will go” and then "never again," she replied.';
    expect(findQuotes(text).map((span) => span.text)).toEqual(['we will go', 'never again,']);
  });

  it('keeps marks around nothing worded as text: an empty quotation quotes nobody', () => {
    expect(findQuotes('He said "" and then left.')).toEqual([]);
    expect(findQuotes('A “ ” here, and " , " there.')).toEqual([]);
    // An empty pair does not shift the pairing of the quotation after it.
    expect(findQuotes('He said "" and then "yes, we will".').map((span) => span.text)).toEqual(['yes, we will']);
  });

  it('leaves a quotation open to the end of the paragraph when it never closes', () => {
    const [span] = findQuotes('“We will fight on, he said');
    expect(span).toMatchObject({ open: 0, openEnded: true, text: 'We will fight on, he said' });
    expect(findQuotes('The last word is “')).toEqual([]);
  });
});
