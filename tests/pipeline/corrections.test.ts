/** Corrections in front matter: tied to the claims they concern; a mistake names the file and line. */
import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { seedDefinitions } from '../helpers/seeds.ts';

const definitions = seedDefinitions();
const article = (frontMatter: string) => ({
  file: 'corrected.txt',
  bytes: new TextEncoder().encode(
    `---\noutlet: Example Times\npublished: 2024-05-01\n${frontMatter}---\nA headline for the test\n\nThe council met on Monday. It voted to close the bridge for two weeks.\n`,
  ),
});
const annotate = (frontMatter: string) => annotateBriefing([article(frontMatter)], definitions).briefing;

describe('corrections in front matter', () => {
  it('concern the sentences holding their words, or else the whole article; oldest first', () => {
    const briefing = annotate(
      'corrections:\n  - date: 2024-05-03\n    text: Two weeks, not three.\n    sentence: for two weeks\n  - date: 2024-05-02\n    text: Updated.\n',
    );
    const [claimA, claimB] = briefing.claims;
    expect(briefing.sources[0]!.corrections).toEqual([
      { date: '2024-05-02', text: 'Updated.', sentence: null, claims: [claimA!.id, claimB!.id] },
      { date: '2024-05-03', text: 'Two weeks, not three.', sentence: 'for two weeks', claims: [claimB!.id] },
    ]);
  });

  it('are empty when there are none', () => {
    expect(annotate('').sources[0]!.corrections).toEqual([]);
  });

  it('name the file and line of words found in no sentence', () => {
    expect(() => annotate('corrections:\n  - date: 2024-05-03\n    text: Fixed.\n    sentence: for three weeks\n')).toThrow(
      'corrected.txt:7: corrections: Unexpected sentence "for three weeks", expected words of a sentence of the article as it now reads',
    );
  });

  it('need a date and a text', () => {
    expect(() => annotate('corrections:\n  - text: Fixed.\n')).toThrow(/corrected\.txt:\d+: .*date/);
    expect(() => annotate('corrections:\n  - date: 2024-05-03\n    text: ""\n')).toThrow(/Expected the correction's text/);
  });
});
