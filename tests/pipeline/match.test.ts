import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { discrepancies, matchClaims, type MatchWork } from '../../src/pipeline/match.ts';
import { termsOf } from '../../src/pipeline/terms.ts';
import { gold, seedArticles, seedDefinitions, sourceIdOf } from '../helpers/seeds.ts';

interface Pair {
  relation: string;
  a: { article: string; text: string };
  b: { article: string; text: string };
}
const extra: { pairs: Pair[] } = JSON.parse(readFileSync(new URL('../fixtures/seeds-cross-source-extra.json', import.meta.url), 'utf8'));
const goldPairs = (gold as unknown as { cross_source: Pair[] }).cross_source;

describe('matching claims across outlets on the seeds', () => {
  const { briefing } = annotateBriefing(seedArticles(), seedDefinitions());
  const claimOf = (side: { article: string; text: string }) =>
    briefing.claims.find((claim) => claim.source === sourceIdOf(side.article) && claim.text.includes(side.text))!;
  const relationOf = (pair: Pair) => {
    const [a, b] = [claimOf(pair.a).id, claimOf(pair.b).id].sort();
    return briefing.relations.find((r) => r.a === a && r.b === b);
  };

  for (const pair of goldPairs) {
    it(`finds the gold pair “${pair.a.text.slice(0, 40)}…” with the right relation`, () => {
      const relation = relationOf(pair);
      expect(relation, pair.relation).toBeDefined();
      if (pair.relation.startsWith('same quote')) expect(relation!.sameRemark).toBe(true);
      else if (pair.relation.includes('discrepancy')) expect(relation!.relation).toBe('corroborates-with-discrepancy');
      else expect(relation!.relation).toBe('corroborates');
    });
  }

  it('says what differs: the time and the missiles’ range', () => {
    const relation = relationOf(goldPairs.find((pair) => pair.relation.includes('discrepancy'))!)!;
    // "short-range" in one account only is extra detail, not a difference.
    expect(relation.discrepancies).toEqual([{ kind: 'time', a: 'hours before', b: 'just an hour before' }]);
  });

  it('claims no relation between unrelated claims', () => {
    const allowed = new Set([...goldPairs, ...extra.pairs].map((pair) => relationOf(pair)).filter(Boolean));
    const unexpected = briefing.relations.filter((relation) => !allowed.has(relation));
    expect(unexpected.map((r) => [briefing.claims.find((c) => c.id === r.a)!.text, briefing.claims.find((c) => c.id === r.b)!.text])).toEqual([]);
    // Each pair once, though it is looked up from both of its claims.
    expect(new Set(briefing.relations.map((r) => `${r.a} ${r.b}`)).size).toBe(briefing.relations.length);
  });

  it('marks each claim with what other outlets make of it', () => {
    const related = new Set(briefing.relations.flatMap((r) => [r.a, r.b]));
    expect(related.size).toBeGreaterThan(0);
    for (const claim of briefing.claims) expect(claim.support === 'single-source', claim.text).toBe(!related.has(claim.id));
    const missiles = claimOf(goldPairs.find((pair) => pair.relation.includes('discrepancy'))!.a);
    expect(missiles.support).toBe('discrepant');
    expect(claimOf(goldPairs[0]!.a).support).toBe('corroborated');
  });

  it('links each related claim’s footnote to the other claim’s anchor', () => {
    const relation = relationOf(goldPairs[0]!)!;
    const a = briefing.claims.find((claim) => claim.id === relation.a)!;
    const b = briefing.claims.find((claim) => claim.id === relation.b)!;
    const mdx = annotateBriefing(seedArticles(), seedDefinitions()).mdx.get(a.source)!;
    expect(mdx).toContain(`(../${b.source}/#claim-${b.id})`);
  });
});

describe('matching on text it has never seen', () => {
  const claim = (id: string, source: string, text: string) => ({ id, source, text, kind: 'narration', speaker: null, mentions: [] });
  // The rest of a story, in one more outlet: how rare a story's words are is counted among its claims.
  const rest = [
    'Insurers expect claims to exceed last winter’s total.',
    'Schools reopened after a week of closures.',
    'Volunteers handed out blankets and soup to families.',
    'Engineers inspected three bridges for cracks.',
    'Bus routes were diverted around flooded streets.',
    'Farmers reported heavy losses of winter wheat.',
    'The weather service issued a fresh warning for coastal towns.',
    'Several shops remained shuttered for repairs.',
    'Hospitals postponed routine surgery to free beds.',
    'Telephone lines were restored in most villages.',
    'A charity concert raised money for displaced residents.',
    'Police closed two roads because of landslides.',
  ].map((text, k) => claim(`z-${k}`, 'z', text));

  it('reports numbers and times that differ', () => {
    const shared = new Set(
      [...termsOf('more than 3,000 workers walked out several hours')].filter((t) => termsOf('about 2,500 workers walked out more than five hours').has(t)),
    );
    expect(discrepancies('More than 3,000 workers walked out for several hours.', 'About 2,500 workers walked out for more than five hours.', shared)).toEqual([
      { kind: 'time', a: 'several hours', b: 'more than five hours' },
      { kind: 'number', a: 'More than 3,000 workers', b: 'About 2,500 workers' },
    ]);
  });

  it('calls a negation of the same statement a contradiction, with the negation as evidence, and leaves unrelated claims alone', () => {
    const relations = matchClaims([
      claim('a-1', 'a', 'Port operators signed the wage agreement with the Antwerp dockworkers union on Monday.'),
      claim('b-1', 'b', 'Port operators have not signed the wage agreement with the Antwerp dockworkers union on Monday.'),
      claim('a-2', 'a', 'The harbour museum reopened its maritime gallery after renovation.'),
      claim('b-2', 'b', 'Grain prices rose sharply in regional markets.'),
    ]);
    expect(relations.map((r) => [r.a, r.b, r.relation, r.evidence.negation])).toEqual([['a-1', 'b-1', 'contradicts', { in: 'b', phrase: 'not signed' }]]);
  });

  it('relates nothing told on different days: two occurrences, not one told two ways', () => {
    const relations = matchClaims([
      claim('a-1', 'a', 'Talks between the Antwerp dockworkers union and port operators collapsed on Sunday night.'),
      claim('b-1', 'b', 'Talks between the Antwerp dockworkers union and port operators will resume on Monday.'),
    ]);
    expect(relations).toEqual([]);
  });

  it('does not make two people’s opposing views a contradiction, two speakers’ same words one claim, nor one subject a corroboration', () => {
    const quote = (id: string, source: string, speaker: string, text: string, quoted: string) => ({
      id,
      source,
      text,
      kind: 'direct-quote',
      speaker,
      quotes: [quoted],
      mentions: [],
    });
    const relations = matchClaims([
      quote(
        'a-1',
        'a',
        'Alda Moreno',
        '“The new harbour toll will pay for the Antwerp sea wall,” said Alda Moreno.',
        'The new harbour toll will pay for the Antwerp sea wall,',
      ),
      quote(
        'b-1',
        'b',
        'Jonas Peeters',
        '“The new harbour toll will not pay for the Antwerp sea wall,” said Jonas Peeters.',
        'The new harbour toll will not pay for the Antwerp sea wall,',
      ),
      {
        ...claim('a-3', 'a', 'Alda Moreno said the new harbour toll would pay for the Antwerp sea wall within ten years.'),
        kind: 'indirect-statement',
        speaker: 'Alda Moreno',
      },
      {
        ...claim('b-3', 'b', 'Jonas Peeters said the new harbour toll would pay for the Antwerp sea wall within ten years.'),
        kind: 'indirect-statement',
        speaker: 'Jonas Peeters',
      },
      claim('a-2', 'a', 'Antwerp voters approved the harbour toll in a referendum in 2012.'),
      claim('b-2', 'b', 'The harbour toll remains illegal under federal shipping law, Antwerp lawyers say.'),
    ]);
    expect(relations).toEqual([]);
  });

  it('always marks the same quoted words in two outlets as the same remark, whoever each names as the speaker', () => {
    const quote = (id: string, source: string, speaker: string | null, text: string, quoted: string) => ({
      id,
      source,
      text,
      kind: 'direct-quote',
      speaker,
      quotes: [quoted],
      mentions: [],
    });
    const relations = matchClaims([
      quote(
        'a-1',
        'a',
        'Marta Kovacs',
        '“We will not let the future of this port be written without us,” Marta Kovacs said on Tuesday.',
        'We will not let the future of this port be written without us,',
      ),
      quote(
        'b-1',
        'b',
        null,
        'She told the crowd: “We will not let the future of this port be written without us.”',
        'We will not let the future of this port be written without us.',
      ),
    ]);
    expect(relations.map((r) => [r.relation, r.sameRemark, r.evidence.sameWords, r.evidence.aligned[0]!.a])).toEqual([
      ['corroborates', true, true, 'We will not let the future of this port be written without us'],
    ]);
  });

  it('reports no difference for extra detail in one account', () => {
    const shared = new Set(['subpoena', 'committee', 'issu']);
    expect(discrepancies('The committee issued subpoenas on Friday.', 'The committee issued three subpoenas on Friday.', shared)).toEqual([]);
    expect(discrepancies('The committee issued subpoenas to short-range suppliers.', 'The committee issued subpoenas to suppliers.', shared)).toEqual([]);
  });

  it('finds two long sentences that share a few words among many of their own', () => {
    // Each has more than eight words the other lacks: a term no other claim has finds no candidate, so it is not looked up.
    const relations = matchClaims([
      claim(
        'a-1',
        'a',
        'Tugboat crews idled beside silent gantries while customs brokers, freight forwarders and rail dispatchers waited at a port that handles roughly a fifth of national grain shipments.',
      ),
      claim(
        'b-1',
        'b',
        'Inspectors counted stranded barges, empty trucks and shuttered warehouses across a port that handles roughly a fifth of national grain shipments.',
      ),
      ...rest,
    ]);
    expect(relations.map((r) => [r.a, r.b, r.relation, r.evidence.aligned[0]!.a])).toEqual([
      ['a-1', 'b-1', 'corroborates', 'a port that handles roughly a fifth of national grain shipments'],
    ]);
  });

  it('tells where an event took place as one claim: the same actors, the same place described alike', () => {
    const relations = matchClaims([
      claim(
        'a-1',
        'a',
        'Mayor Ines Albrecht received Governor Tomas Weber for rare talks at a former steel mill on the river’s north bank on Thursday, their first meeting since the flood.',
      ),
      claim('b-1', 'b', 'Governor Tomas Weber met Mayor Ines Albrecht on Thursday to discuss the reconstruction.'),
      // “The pair”: the people of the sentence before.
      claim('b-2', 'b', 'The pair shook hands outside the Hallstadt Works, the region’s largest former steel mill, located on the north bank of the river.'),
      // The same place, other actors: another claim.
      claim('c-1', 'c', 'Opposition leader Karl Brenner staged a protest rally at a former steel mill on the river’s north bank.'),
      claim('c-2', 'c', 'Striking workers gathered outside a former steel mill on the north bank of the river.'),
      ...rest,
    ]);
    expect(relations.map((r) => [r.a, r.b, r.relation, r.evidence.aligned])).toEqual([
      [
        'a-1',
        'b-2',
        'corroborates',
        [
          {
            a: 'a former steel mill on the river’s north bank',
            b: 'the Hallstadt Works, the region’s largest former steel mill, located on the north bank of the river',
          },
        ],
      ],
    ]);
  });

  it('marks a short remark quoted by one speaker in both outlets as the same remark, and two speakers’ short words as nothing', () => {
    const quote = (id: string, source: string, speaker: string, kind: string, text: string, quoted: string) => ({
      id,
      source,
      text,
      kind,
      speaker,
      quotes: [quoted],
      mentions: [],
    });
    const relations = matchClaims([
      quote('a-1', 'a', 'Lina Ortiz', 'direct-quote', '“The gates stay open.', 'The gates stay open.'),
      quote(
        'b-1',
        'b',
        'Lina Ortiz',
        'partial-quote',
        'A harbour spokeswoman, Lina Ortiz, said in an emailed statement that “the gates stay open.”',
        'the gates stay open.',
      ),
      quote('a-2', 'a', 'Piet Smit', 'direct-quote', '“We want fair pay.', 'We want fair pay.'),
      quote(
        'b-2',
        'b',
        'Ruud Jansen',
        'partial-quote',
        'The union leader, Ruud Jansen, told a rally on the quay that “we want fair pay.”',
        'we want fair pay.',
      ),
    ]);
    expect(relations.map((r) => [r.a, r.b, r.sameRemark])).toEqual([['a-1', 'b-1', true]]);
  });

  it('relates one source’s count of the same thing told in two outlets, not the same number of something else', () => {
    const said = (id: string, source: string, text: string) => ({ ...claim(id, source, text), kind: 'indirect-statement', speaker: 'Rail Workers Union' });
    const relations = matchClaims([
      said('a-1', 'a', 'The union says the merger plan, announced by the board in March, would cut up to 1,400 jobs by 2028.'),
      said('b-1', 'b', 'The union claims the plan to close three depots would eliminate 1,400 jobs.'),
      said('c-1', 'c', 'The union says 1,400 members voted for the merger plan strike in March.'),
      // The outlets' own figure of the story, in two different claims: the count alone tells nothing.
      claim('a-2', 'a', 'The dispute began over the board’s demand for 5,700 new flats beside the station.'),
      claim('b-2', 'b', 'A council bill, which offered 5,700 new flats beside the station in exchange for the tram line, failed on a tie vote.'),
      ...rest,
    ]);
    expect(relations.map((r) => [r.a, r.b, r.relation, r.discrepancies])).toEqual([['a-1', 'b-1', 'corroborates', []]]);
  });

  it('compares each claim with few others: candidates come from rare shared terms', () => {
    // Counted, not timed: the work is the postings scanned and the pairs scored.
    const corpus = (n: number) =>
      Array.from({ length: n }, (_, i) => claim(`c-${i}`, `s${i % 50}`, `Item ${i} concerns topic${i % 997} and detail${i % 331} of region${i % 89}.`));
    const small: MatchWork = { postings: 0, candidates: 0 };
    const large: MatchWork = { postings: 0, candidates: 0 };
    matchClaims(corpus(3000), small);
    matchClaims(corpus(12000), large);
    expect(small.candidates).toBeGreaterThan(0);
    // 4× the claims may cost about 4× the work, far from the 16× of comparing all pairs.
    expect(large.postings / small.postings).toBeLessThan(6);
    expect(large.candidates / small.candidates).toBeLessThan(6);
  });
});
