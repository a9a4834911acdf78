/**
 * Scores an annotated briefing against hand-made reference annotations (the
 * gold.json format of tests/fixtures): speakers of quotations, claim kinds,
 * boilerplate, cross-outlet pairs and unrelated articles kept out of topics.
 */
import type { Briefing, Claim } from '../schema/briefing.ts';

interface Span {
  article: string;
  text: string;
}
export interface GoldFile {
  boilerplate: (Span & { why: string })[];
  quotes: (Span & { speaker: string; partial?: boolean })[];
  attributed: (Span & { source: string; kind: string })[];
  unattributed_assessments: (Span & { hedge?: string })[];
  topics: Record<string, Span[] | string[]>;
  cross_source: { relation: string; a: Span; b: Span }[];
}

export interface Score {
  name: string;
  /** Correct among what the annotator claimed; null when it claimed nothing. */
  precision: number | null;
  /** Correct among the reference items. */
  recall: number | null;
  correct: number;
  predicted: number;
  expected: number;
  /** A few reference items missed or got wrong, for reading. */
  misses: string[];
}

const sourceId = (article: string) =>
  article
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
const normal = (text: string) =>
  text
    .replace(/[“”"‘’']/g, '')
    .replace(/[\s,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Same speaker: canonical names equal, or both an unnamed source with the same description. */
export function sameSpeaker(ours: string | null, expected: string): boolean {
  if (ours === null) return false;
  const a = normal(ours)
    .replace(/\s*\(.*\)$/, '')
    .replace(/^(?:the|a|an)\s+/, '');
  const b = normal(expected)
    .replace(/\s*\(.*\)$/, '')
    .replace(/^(?:the|a|an)\s+/, '');
  return a === b || (/\(unnamed\)/.test(expected) && (a.includes(b) || b.includes(a)));
}

function claimContaining(briefing: Briefing, span: Span): Claim | undefined {
  const id = sourceId(span.article);
  const text = normal(span.text);
  return (
    briefing.claims.find((claim) => claim.source === id && normal(claim.text).includes(text)) ??
    briefing.claims.find((claim) => claim.source === id && text.includes(normal(claim.text)))
  );
}

const KIND_OF: Record<string, readonly string[]> = {
  'attributed statement': ['attributed-report', 'indirect-statement'],
  'indirect statement': ['indirect-statement', 'attributed-report', 'direct-quote', 'partial-quote'],
  'anonymous assessment': ['unnamed-source'],
};

export function scoreBriefing(briefing: Briefing, gold: GoldFile): Score[] {
  const scores: Score[] = [];
  const articles = new Set([...gold.quotes, ...gold.boilerplate, ...gold.attributed].map((item) => sourceId(item.article)));

  // Speakers of quotations.
  {
    let correct = 0;
    let predicted = 0;
    const misses: string[] = [];
    for (const expected of gold.quotes) {
      const text = normal(expected.text);
      const quote = briefing.quotes.find(
        (q) =>
          q.source === sourceId(expected.article) &&
          (normal(q.text).includes(text) || (text.includes(normal(q.text)) && normal(q.text).length > text.length * 0.5)),
      );
      if (quote?.speaker) predicted++;
      if (quote && sameSpeaker(quote.speaker, expected.speaker)) correct++;
      else
        misses.push(
          `${expected.article}: “${expected.text.slice(0, 50)}” → ${quote ? (quote.speaker ?? 'no speaker') : 'quote not found'}, expected ${expected.speaker}`,
        );
    }
    scores.push({
      name: 'quote speakers',
      precision: ratio(correct, predicted),
      recall: ratio(correct, gold.quotes.length),
      correct,
      predicted,
      expected: gold.quotes.length,
      misses,
    });
  }

  // Kinds of attributed and unattributed claims.
  {
    let correct = 0;
    const misses: string[] = [];
    const items = [
      ...gold.attributed.map((item) => ({ ...item, allowed: KIND_OF[item.kind] ?? [] })),
      ...gold.unattributed_assessments.map((item) => ({ ...item, kind: 'assessment', allowed: ['unattributed-assessment', 'narration'] as readonly string[] })),
    ];
    for (const item of items) {
      const claim = claimContaining(briefing, item);
      if (claim && item.allowed.includes(claim.kind)) correct++;
      else misses.push(`${item.article}: “${item.text.slice(0, 50)}” → ${claim?.kind ?? 'no claim'}, expected ${item.kind}`);
    }
    scores.push({
      name: 'claim kinds',
      precision: null,
      recall: ratio(correct, items.length),
      correct,
      predicted: items.length,
      expected: items.length,
      misses,
    });
  }

  // Boilerplate removed.
  {
    const expected = new Set(gold.boilerplate.map((b) => `${sourceId(b.article)}\u0000${normal(b.text)}`));
    const ours = briefing.sources.filter((s) => articles.has(s.id)).flatMap((s) => s.removed.map((r) => `${s.id}\u0000${normal(r.text)}`));
    const correct = ours.filter((key) => expected.has(key)).length;
    const misses = [
      ...[...expected].filter((key) => !ours.includes(key)).map((key) => `missed: ${key.replace('\u0000', ': ')}`),
      ...ours.filter((key) => !expected.has(key)).map((key) => `removed wrongly: ${key.replace('\u0000', ': ')}`),
    ];
    scores.push({
      name: 'boilerplate',
      precision: ratio(correct, ours.length),
      recall: ratio(correct, expected.size),
      correct,
      predicted: ours.length,
      expected: expected.size,
      misses,
    });
  }

  // Cross-outlet pairs, among the articles the reference pairs. Several reference
  // pairs can fall in one pair of sentences: recall counts reference pairs found,
  // precision counts our relations that some reference pair confirms.
  {
    const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');
    const paired = new Set<string>();
    const expected: { key: string; relation: string }[] = [];
    for (const pair of gold.cross_source) {
      const a = claimContaining(briefing, pair.a);
      const b = claimContaining(briefing, pair.b);
      paired.add(sourceId(pair.a.article)).add(sourceId(pair.b.article));
      expected.push({ key: a && b ? pairKey(a.id, b.id) : '', relation: pair.relation });
    }
    const claimSource = new Map(briefing.claims.map((claim) => [claim.id, claim.source]));
    const ours = briefing.relations.filter((r) => paired.has(claimSource.get(r.a)!) && paired.has(claimSource.get(r.b)!));
    const rightKind = (wanted: string, relation: Briefing['relations'][number]) =>
      wanted.startsWith('contradicts')
        ? relation.relation === 'contradicts'
        : wanted.startsWith('same quote')
          ? relation.sameRemark
          : relation.relation !== 'contradicts';
    const misses: string[] = [];
    let found = 0;
    for (const pair of expected) {
      const relation = ours.find((r) => pairKey(r.a, r.b) === pair.key);
      if (relation && rightKind(pair.relation, relation)) found++;
      else misses.push(`${relation ? `wrong relation ${relation.relation} for` : 'missed'}: ${pair.relation}`);
    }
    const confirmed = ours.filter((relation) =>
      expected.some((pair) => pair.key === pairKey(relation.a, relation.b) && rightKind(pair.relation, relation)),
    ).length;
    for (const relation of ours) {
      if (!expected.some((pair) => pair.key === pairKey(relation.a, relation.b))) misses.push(`not in the reference: ${relation.a} ~ ${relation.b}`);
    }
    scores.push({
      name: 'cross-outlet pairs',
      precision: ratio(confirmed, ours.length),
      recall: ratio(found, expected.length),
      correct: found,
      predicted: ours.length,
      expected: expected.length,
      misses,
    });
  }

  // Unrelated articles stay out of every topic.
  {
    const unrelated = (gold.topics.unrelated ?? []) as string[];
    const wrong = unrelated.filter((article) => briefing.topics.some((topic) => topic.claims.some((id) => id.startsWith(`${sourceId(article)}-`))));
    scores.push({
      name: 'unrelated kept out of topics',
      precision: null,
      recall: ratio(unrelated.length - wrong.length, unrelated.length),
      correct: unrelated.length - wrong.length,
      predicted: unrelated.length,
      expected: unrelated.length,
      misses: wrong.map((article) => `${article} assigned to a topic`),
    });
  }
  return scores;
}
