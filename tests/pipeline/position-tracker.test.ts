import { describe, expect, it } from 'vitest';
import { random } from '../../src/eval/synthetic.ts';
// The library's own tracker, which it does not export: the reference to agree with.
import { track } from '../../node_modules/mdast-util-to-markdown/lib/util/track.js';
import { trackPositions } from '../../src/pipeline/position-tracker.ts';

describe('trackPositions', () => {
  it('reports the same lines and columns as the library tracker for any writes and shifts', () => {
    const next = random(7);
    const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\t', '', '[^x]: ', '😀'];
    for (let trial = 0; trial < 2000; trial++) {
      const start =
        next() < 0.3
          ? { now: { line: 1, column: 1 }, lineShift: 0 }
          : { now: { line: 1 + Math.floor(next() * 5), column: 1 + Math.floor(next() * 9) }, lineShift: Math.floor(next() * 4) };
      const ours = trackPositions(start);
      const theirs = track(start);
      for (let step = 0; step < 12; step++) {
        if (next() < 0.15) {
          const by = Math.floor(next() * 3);
          ours.shift(by);
          theirs.shift(by);
        } else {
          const text = Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
          expect(ours.move(text)).toBe(theirs.move(text));
        }
        expect(ours.current()).toEqual(theirs.current());
      }
    }
  });
});
