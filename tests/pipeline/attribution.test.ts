import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { analyseArticle } from '../../src/pipeline/attribution.ts';
import { createEntityMatcher } from '../../src/pipeline/entities.ts';
import { gold, seedArticles, seedDefinitions, sourceIdOf } from '../helpers/seeds.ts';

const { briefing } = annotateBriefing(seedArticles(), seedDefinitions());
const normal = (text: string) => text.replace(/[\s,]+$/u, '');

describe('quotes and speakers on the seeds', () => {
  for (const expected of gold.quotes) {
    it(`${expected.speaker}: “${expected.text.slice(0, 50)}…”`, () => {
      const source = sourceIdOf(expected.article);
      const quote = briefing.quotes.find((q) => q.source === source && normal(q.text).includes(normal(expected.text)));
      expect(quote, 'quotation found').toBeDefined();
      expect(quote!.speaker).toBe(expected.speaker);
      expect(quote!.partial, 'partial').toBe(expected.partial === true);
      for (const id of quote!.claims) {
        const claim = briefing.claims.find((c) => c.id === id)!;
        expect(claim.speaker).toBe(expected.speaker);
        expect(['direct-quote', 'partial-quote']).toContain(claim.kind);
      }
    });
  }
});

describe('attributions on the seeds', () => {
  const claimWith = (article: string, text: string) => briefing.claims.find((claim) => claim.source === sourceIdOf(article) && claim.text.includes(text));

  it('finds “according to” reports, unnamed sources and statements by institutions', () => {
    const kinds: Record<string, string[]> = {
      'attributed statement': ['attributed-report', 'indirect-statement'],
      'anonymous assessment': ['unnamed-source'],
      'indirect statement': ['indirect-statement', 'direct-quote', 'partial-quote'],
    };
    for (const expected of gold.attributed) {
      const claim = claimWith(expected.article, expected.text);
      expect(claim, expected.text).toBeDefined();
      expect(kinds[expected.kind], `${expected.text}: ${claim!.kind}`).toContain(claim!.kind);
      const source = expected.source.replace(/ \(unnamed\)$/, '');
      // A missing speaker must fail: it cannot pass as the empty prefix of the expected name.
      expect(claim!.speaker, `${expected.text}: no speaker, expected ${source}`).not.toBeNull();
      const speaker = claim!.speaker!;
      const sameEntity = speaker === source || speaker.toLowerCase() === source.toLowerCase() || claim!.entities.includes(source);
      expect(sameEntity || source.startsWith(speaker.replace(/^Washington/, 'United States')), `${expected.text}: ${speaker} ≠ ${source}`).toBe(true);
    }
  });

  it('marks hedged sentences with their hedge', () => {
    for (const expected of gold.unattributed_assessments.filter((a) => a.hedge)) {
      const claim = claimWith(expected.article, expected.text)!;
      expect(claim.hedges).toContain(expected.hedge);
      expect(claim.kind).toBe('unattributed-assessment');
    }
  });

  it('resolves the aliases of the entity list and keeps the role of a discovered speaker', () => {
    const watson = briefing.claims.find((claim) => claim.speaker === 'Adrienne Watson')!;
    expect(watson.role).toBe('White House National Security Council spokesperson');
    expect(briefing.entities.find((e) => e.name === 'Adrienne Watson')).toMatchObject({ kind: 'person', discovered: true });
    expect(briefing.entities.find((e) => e.name === 'Vladimir Putin')?.discovered).toBe(false);
  });
});

describe('attribution on text it has never seen', () => {
  const matcher = createEntityMatcher([
    { name: 'Olena Petrenko', kind: 'person', aliases: ['Petrenko', 'the minister'] },
    { name: 'Ministry of Health', kind: 'organisation', aliases: ['the ministry'] },
  ]);
  const read = (...paragraphs: string[]) =>
    analyseArticle(
      paragraphs.map((text) => ({ text })),
      matcher,
    );

  it('gives a quotation to the speaker named after it, before it, or by pronoun', () => {
    const result = read(
      '"Hospitals are ready," the minister said on Monday.',
      'Asked about shortages, Petrenko said: "We have enough beds."',
      '"We will publish the figures," she added.',
    );
    expect(result.quotes.map((q) => q.speaker?.name)).toEqual(['Olena Petrenko', 'Olena Petrenko', 'Olena Petrenko']);
  });

  it('discovers an unlisted speaker and reuses the surname later', () => {
    const result = read('"Prices will fall," said central bank governor Marta Kovacs.', '"Not yet," Kovacs told reporters.');
    expect(result.quotes.map((q) => q.speaker)).toEqual([
      { name: 'Marta Kovacs', kind: 'person', discovered: true, role: 'central bank governor' },
      { name: 'Marta Kovacs', kind: 'person', discovered: true, role: null },
    ]);
  });

  it('reads unnamed sources, anonymity and according-to', () => {
    const result = read(
      'Two officials familiar with the talks said the deal was close.',
      'The plan was delayed, one official said, speaking on condition of anonymity.',
      'Cases rose 4%, according to the ministry.',
      'The strike will probably spread.',
    );
    expect(result.sentences.map((s) => [s.kind, s.speaker?.name ?? null])).toEqual([
      ['unnamed-source', 'two officials familiar with the talks'],
      ['unnamed-source', 'one official'],
      ['attributed-report', 'Ministry of Health'],
      ['unattributed-assessment', null],
    ]);
  });

  it('reads reported speech by groups, appositions and the passive voice', () => {
    const result = read(
      'The union says the plan would eliminate up to 1,200 jobs.',
      "The ministry's spokesperson, Ana Duarte, said the figures were wrong.",
      'It was stressed that officials must work harder.',
      'Experts have long warned that storms are becoming more frequent.',
    );
    expect(result.sentences.map((s) => [s.kind, s.speaker?.name ?? null])).toEqual([
      ['attributed-report', 'the union'],
      ['indirect-statement', 'Ana Duarte'],
      ['unnamed-source', null],
      ['unnamed-source', 'experts'],
    ]);
  });

  it('reads titles, bare speech verbs and “one of them”', () => {
    const result = read(
      'Two people familiar with the talks described the mood as tense. One of them said the offer was final.',
      'Dr. Ana Duarte, a historian at Lisbon University, told us the archive had been moved.',
      'Mr. Duarte said he would not oppose it.',
    );
    expect(result.sentences.map((s) => [s.kind, s.speaker?.name ?? null])).toEqual([
      ['narration', null],
      ['unnamed-source', 'one of them'],
      ['indirect-statement', 'Ana Duarte'],
      ['indirect-statement', 'Ana Duarte'],
    ]);
  });
});
