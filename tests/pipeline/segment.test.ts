import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/pipeline/segment.ts';
import { syntheticArticles } from '../../src/eval/synthetic.ts';

const sentences = (text: string) => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('segment', () => {
  it('keeps abbreviations and initialisms inside their sentence', () => {
    expect(sentences('Meanwhile, the U.S. has warned it would violate U.N. Security Council resolutions. Mr. Smith agreed at 5 p.m. on Friday.')).toEqual([
      'Meanwhile, the U.S. has warned it would violate U.N. Security Council resolutions.',
      'Mr. Smith agreed at 5 p.m. on Friday.',
    ]);
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

  it('splits paragraphs together exactly as it splits each alone', () => {
    const fixtures = ['../fixtures/unseen/articles/', '../fixtures/hostile/articles/', '../../content/articles/'].flatMap((dir) => {
      const url = new URL(dir, import.meta.url);
      return readdirSync(url).map((file) => readFileSync(new URL(file, url), 'utf8'));
    });
    const synthetic = syntheticArticles(50).map((file) => new TextDecoder().decode(file.bytes));
    const edges = ['', 'Mr.', 'The U.S.', '“Open quote.', 'He said:', 'A line\nwrapped. Mr. Smith', '  ', 'U.N.', 'Ends with Mr.'];
    let compared = 0;
    for (const text of [...fixtures, ...synthetic, edges.join('\n\n')]) {
      const paragraphs = text.split(/\n{2,}/);
      expect(splitParagraphs(paragraphs)).toEqual(paragraphs.map((paragraph) => splitSentences(paragraph)));
      compared += paragraphs.length;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
