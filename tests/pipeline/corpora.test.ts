import { describe, expect, it } from 'vitest';
import { annotateBriefing, type ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { Briefing } from '../../src/schema/briefing.ts';
import { ContentErrors } from '../../src/schema/content-error.ts';
import { corporaArticles, skipCorpora } from '../helpers/corpora.ts';
import { problemsOf } from '../helpers/coverage.ts';
import { seedDefinitions } from '../helpers/seeds.ts';

/** What annotating refuses in real articles: only control characters (see README, "Bad input"). */
const CONTROL_CHARACTER = /^(.+):(\d+): Unexpected control character U\+00[01][0-9A-F] \(\w+\): expected text/;

describe.skipIf(skipCorpora)('every real article of ../shared/corpora', () => {
  it('annotates in one briefing, passes the manifest schema, and loses or repeats no character', () => {
    const corpora = corporaArticles();
    const all: ArticleFile[] = [...corpora.polnear, ...corpora.ggt, ...corpora.basil];
    expect(all.length).toBeGreaterThan(1100);
    // Control characters other than tab and newline are refused with their file and line; nothing else is.
    let refused = new Set<string>();
    try {
      annotateBriefing(all, seedDefinitions());
    } catch (error) {
      expect(error).toBeInstanceOf(ContentErrors);
      const messages = (error as ContentErrors).errors.map((e) => e.message);
      for (const message of messages) expect(message).toMatch(CONTROL_CHARACTER);
      refused = new Set(messages.map((message) => CONTROL_CHARACTER.exec(message)![1]!));
    }
    expect(refused.size).toBeLessThan(5);
    const readable = all.filter((file) => !refused.has(file.file));
    const { briefing } = annotateBriefing(readable, seedDefinitions());
    expect(Briefing.safeParse(briefing).error).toBeUndefined();
    expect(briefing.sources).toHaveLength(readable.length);
    expect(problemsOf(readable, briefing)).toEqual(new Map());
  }, 120_000);
});
