import { describe, expect, it } from 'vitest';
import { annotateBriefing, type ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { Briefing } from '../../src/schema/briefing.ts';
import { corporaArticles, skipCorpora } from '../helpers/corpora.ts';
import { problemsOf } from '../helpers/coverage.ts';
import { seedDefinitions } from '../helpers/seeds.ts';

describe.skipIf(skipCorpora)('every real article of ../shared/corpora', () => {
  it('annotates in one briefing, passes the manifest schema, and loses or repeats no character', () => {
    const corpora = corporaArticles();
    const all: ArticleFile[] = [...corpora.polnear, ...corpora.ggt, ...corpora.basil];
    expect(all.length).toBeGreaterThan(1100);
    const { briefing } = annotateBriefing(all, seedDefinitions());
    expect(Briefing.safeParse(briefing).error).toBeUndefined();
    expect(briefing.sources).toHaveLength(all.length);
    expect(problemsOf(all, briefing)).toEqual(new Map());
  }, 120_000);
});
