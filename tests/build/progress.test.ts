import { describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/build/progress.ts';

/** A stream that records what is written to it. */
function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream };
}

describe('build progress', () => {
  it('writes one line per stage, with its time, rate and CPU, and nothing while it runs when not on a terminal', () => {
    const { written, stream } = recorder(false);
    const stage = createProgress(stream, false).stage('annotating articles');
    stage.tick(10, 1000);
    stage.end('annotated 1000 articles', 1000, 2.5);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^annotated 1000 articles in \d+\.\d s \(CPU 2\.5 s\)( · [\d,]+\/s)?\n$/);
  });

  it('on a terminal, rewrites one live line with the count and rate, then clears it for the summary', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const { written, stream } = recorder(true);
      const stage = createProgress(stream, true).stage('rendering pages', 'pages');
      vi.advanceTimersByTime(1000);
      stage.tick(2310, 4000);
      stage.tick(2311, 4000); // within 100 ms of the last: not redrawn
      vi.advanceTimersByTime(1000);
      stage.end('rendered 4000 pages', 4000);
      expect(written[0]).toBe('\r\x1b[2Krendering pages · 2,310/4,000 pages · 2,310/s');
      expect(written).toHaveLength(3);
      expect(written[1]).toBe('\r\x1b[2K');
      expect(written[2]).toBe('rendered 4000 pages in 2.0 s · 2,000/s\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('on a terminal, clears the live line of one stage before another that runs beside it ends', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const { written, stream } = recorder(true);
      const progress = createProgress(stream, true);
      const annotating = progress.stage('annotating articles');
      const rendering = progress.stage('rendering pages', 'pages');
      vi.advanceTimersByTime(1000);
      rendering.tick(300);
      annotating.end('annotated 1000 articles', 1000);
      expect(written.slice(1)).toEqual(['\r\x1b[2K', 'annotated 1000 articles in 1.0 s · 1,000/s\n']);
      vi.advanceTimersByTime(1000);
      rendering.end('rendered 600 pages', 600);
      // The line was cleared already: the summary follows at once.
      expect(written.at(-1)).toBe('rendered 600 pages in 2.0 s · 300/s\n');
      expect(written.at(-2)).toBe(written[2]);
    } finally {
      vi.useRealTimers();
    }
  });
});
