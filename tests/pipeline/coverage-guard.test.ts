import { describe, expect, it, vi } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

// A cleaner with a bug: it drops the second story paragraph of every article without recording it.
vi.mock('../../src/pipeline/clean.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/clean.ts')>();
  return {
    ...original,
    cleanParagraphs: (...args: Parameters<typeof original.cleanParagraphs>) => {
      const result = original.cleanParagraphs(...args);
      return { ...result, kept: result.kept.filter((_, index) => index !== 1) };
    },
  };
});

describe('the annotate step', () => {
  it('proves coverage itself: text lost by a stage is an internal error naming the article and line', () => {
    expect(() => annotateBriefing(seedArticles(), seedDefinitions())).toThrow(
      /^Internal error: the annotations of \S+ lose or repeat text \(a bug, not a content mistake\):\nline \d+: /,
    );
  });
});
