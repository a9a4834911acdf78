/**
 * Match: finds claims about the same thing in different articles, and says how
 * they relate — corroboration, corroboration with a discrepancy (numbers, times,
 * qualifiers), or contradiction.
 *
 * Scales near-linearly: each claim looks up only its rarest terms in an inverted
 * index (posting lists capped), so no claim is compared with all others.
 */
import type { ClaimRelation, Discrepancy } from '../schema/briefing.ts';
import { term, words, WORD } from './terms.ts';
import { matchesOf } from './matches.ts';
import { judgeSameClaim, tokenise, type Tokenised } from './same-claim.ts';

export interface MatchInput {
  id: string;
  source: string;
  text: string;
  kind: string;
  speaker: string | null;
  /** Quoted words in the sentence, as written. */
  quotes?: readonly string[];
  /** The story of the claim's article: claims are compared only within one story (all in one when not given). */
  story?: number;
  /** Offsets of entity mentions in `text`, whose words count as the entity. */
  mentions: readonly { name: string; start: number; end: number }[];
}
// A source's claims come in reading order: the claim before one of the same source is the sentence before it.

interface Features {
  claim: MatchInput;
  /** Content terms, with entity mentions replaced by `@name`. */
  terms: Set<string>;
  // Read once a claim is in a pair, however many pairs it is in.
  /** Every word of the text and its term, for reading the phrases that differ. */
  words?: Words;
  /** Whether the text negates. */
  negated?: boolean;
  /** The words of the text for judging whether two claims are the same. */
  tokenised?: Tokenised;
}

/** A text's words with their offsets, and the term of each (null for stopwords). */
interface Words {
  text: string;
  list: { word: string; start: number; end: number }[];
  terms: (string | null)[];
}

function wordsOf(text: string): Words {
  const list = words(text);
  return { text, list, terms: list.map((w) => term(w.word)) };
}

/**
 * How many of a claim's rarest terms are looked up, and the most claims a term
 * may occur in to be looked up at all: a term that common says little about
 * which claims tell the same thing, and would make the work quadratic.
 */
const LOOKUPS = 8;
const POSTING_CAP = 100;
/** Minimum similarity, and minimum shared content terms (not entities), for a match. */
const MIN_SCORE = 0.15;
const MIN_SHARED_TERMS = 2;
/** Entities say what a claim is about, not what it claims: they weigh half. */
const ENTITY_WEIGHT = 0.5;

function features(claim: MatchInput): Features {
  const set = new Set<string>();
  if (claim.mentions.length === 0) {
    // Nothing to leave out: the words alone, without their offsets, are cheaper to collect.
    for (const word of claim.text.match(WORD) ?? []) {
      const t = term(word);
      if (t) set.add(t);
    }
    return { claim, terms: set };
  }
  for (const match of matchesOf(WORD, claim.text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (claim.mentions.some((mention) => start >= mention.start && end <= mention.end)) continue;
    const t = term(match[0]);
    if (t) set.add(t);
  }
  for (const mention of claim.mentions) set.add(`@${mention.name}`);
  return { claim, terms: set };
}

/** Words that state or qualify an amount. `a`/`an` count only right before the noun ("an hour"). */
const QUANTITY = new Set(
  'one two three four five six seven eight nine ten eleven twelve twice several few many dozens hundreds thousands millions more than less fewer about around nearly almost just only over under some roughly approximately least most up'.split(
    ' ',
  ),
);
const isNumber = (word: string) =>
  /^\d/.test(word) ||
  (QUANTITY.has(word.toLowerCase()) &&
    !/^(?:more|than|less|fewer|about|around|nearly|almost|just|only|over|under|some|roughly|approximately|least|most|up)$/i.test(word));
const TIME_UNIT = /\b(?:hours?|days?|weeks?|months?|years?|minutes?|minut)\b/i;
const AFTER_UNIT = new Set(['before', 'after', 'ago', 'earlier', 'later', 'of']);
/** The phrase around `target`: the amounts, hyphenated qualifiers and shared words right before it. */
function phraseAround({ text, list, terms }: Words, target: string, shared: ReadonlySet<string>): string[] | null {
  const index = terms.indexOf(target);
  if (index === -1) return null;
  let first = index;
  while (first > 0) {
    const previous = list[first - 1]!;
    if (/[^\s]/.test(text.slice(previous.end, list[first]!.start))) break;
    const lower = previous.word.toLowerCase();
    const t = terms[first - 1]!;
    const article = (lower === 'a' || lower === 'an') && first === index && TIME_UNIT.test(list[index]!.word);
    const atLeast = lower === 'at' && /^(?:least|most)$/i.test(list[first]!.word);
    if (!(article || atLeast || QUANTITY.has(lower) || /^\d/.test(lower) || previous.word.includes('-') || (t !== null && shared.has(t)))) break;
    first--;
  }
  let last = index;
  const next = list[index + 1];
  if (next && AFTER_UNIT.has(next.word.toLowerCase()) && /^\s+$/.test(text.slice(list[index]!.end, next.start))) last++;
  return list.slice(first, last + 1).map((w) => w.word);
}

/** Drops the words both phrases start with in the same (stemmed) form: "launching two" / "launched two short-range". */
function trimCommonStart(left: string[], right: string[]): [string[], string[]] {
  let n = 0;
  while (n < left.length - 1 && n < right.length - 1 && !isNumber(left[n]!) && term(left[n]!) !== null && term(left[n]!) === term(right[n]!)) n++;
  return [left.slice(n), right.slice(n)];
}

const amount = (phrase: readonly string[]) =>
  phrase
    .filter((w) => isNumber(w) || /^(?:a|an)$/i.test(w))
    .map((w) => (/^(?:a|an|one)$/i.test(w) ? '1' : (term(w) ?? w.toLowerCase())))
    .join(' ');
const qualifiers = (phrase: readonly string[]) =>
  phrase
    .filter((w) => QUANTITY.has(w.toLowerCase()) && !isNumber(w))
    .join(' ')
    .toLowerCase();
/** A bare plural ("hours before") is an amount too: more than one. */
const plural = (phrase: readonly string[], target: string) => phrase.some((w) => term(w) === target && /s$/i.test(w) && w.toLowerCase() !== target);

/** The years a text names ("2007", "2014"), sorted: numbers told for different years are different quantities. */
const yearsOf = (text: string) => [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])].sort().join(' ');

/** Whether term `t` has the same word right after it in both texts ("hours before" / "an hour before"): the two phrases correspond. */
function sameNeighbour(a: Words, b: Words, t: string): boolean {
  const after = (w: Words) => {
    const index = w.terms.indexOf(t);
    return index === -1 ? undefined : w.list[index + 1]?.word.toLowerCase();
  };
  const next = after(a);
  return next !== undefined && next === after(b);
}

/** Where two matched claims tell the same thing differently. */
export function discrepancies(a: string, b: string, shared: ReadonlySet<string>): Discrepancy[] {
  return discrepanciesOf(wordsOf(a), wordsOf(b), shared);
}

function discrepanciesOf(a: Words, b: Words, shared: ReadonlySet<string>): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const t of [...shared].sort()) {
    if (t.startsWith('@') || /^\d/.test(t)) continue;
    // A term told twice in one account ("the last several weeks … two weeks in advance"): which occurrence corresponds is unknown.
    if (a.terms.indexOf(t) !== a.terms.lastIndexOf(t) || b.terms.indexOf(t) !== b.terms.lastIndexOf(t)) continue;
    const left = phraseAround(a, t, shared);
    const right = phraseAround(b, t, shared);
    // A verb form ("walked", "launching") ends no noun phrase: report the noun instead.
    if (!left || !right || /(?:ed|ing)$/i.test(left.at(-1)!) || /(?:ed|ing)$/i.test(right.at(-1)!)) continue;
    // Identical phrases have the same amount and the same terms.
    if (left.length === right.length && left.every((word, k) => word === right[k])) continue;
    const [l, r] = trimCommonStart(left, right);
    // The other account's phrase is in this one too ("several weeks … two weeks" / "two weeks"): no difference.
    if (a.text.toLowerCase().includes(r.join(' ').toLowerCase()) || b.text.toLowerCase().includes(l.join(' ').toLowerCase())) continue;
    const timeUnit = TIME_UNIT.test(t);
    const sameAmount = amount(l) === amount(r) && qualifiers(l) === qualifiers(r) && (!timeUnit || amount(l) !== '' || plural(l, t) === plural(r, t));
    const lTerms = l.map((w) => term(w) ?? w.toLowerCase()).join(' ');
    const rTerms = r.map((w) => term(w) ?? w.toLowerCase()).join(' ');
    if (sameAmount && lTerms === rTerms) continue;
    if (l.length < 2 && r.length < 2 && sameAmount) continue;
    const kind: Discrepancy['kind'] = sameAmount ? 'detail' : TIME_UNIT.test(`${l.join(' ')} ${r.join(' ')}`) ? 'time' : 'number';
    // Both accounts must say it, differently: an amount or qualifier in one only is extra detail ("subpoenas" / "three subpoenas").
    const states = (p: string[]) =>
      kind === 'detail' ? p.some((w) => w.includes('-') || isNumber(w)) : amount(p) !== '' || qualifiers(p) !== '' || (timeUnit && plural(p, t));
    if (!states(l) || !states(r)) continue;
    // The same amount, qualified in one account only ("hours after" / "only hours after"): extra detail.
    if (kind !== 'detail' && amount(l) === amount(r) && (qualifiers(l) === '' || qualifiers(r) === '')) continue;
    // A detail differs only when both accounts qualify it, differently ("short-range" / "long-range"); a qualifier in one only is extra detail.
    const details = (p: string[]) =>
      p
        .filter((w) => w.includes('-'))
        .map((w) => w.toLowerCase())
        .join(' ');
    if (kind === 'detail' && (details(l) === '' || details(r) === '' || details(l) === details(r))) continue;
    found.push({ kind, a: l.join(' '), b: r.join(' ') });
  }
  // A phrase inside a longer reported one says nothing new.
  return found.filter((d, i) => !found.some((o, j) => j !== i && o.a.includes(d.a) && o.b.includes(d.b) && o.a.length + o.b.length > d.a.length + d.b.length));
}

/**
 * Matches claims across sources. Results are sorted by the ids of their claims.
 *
 * Terms are numbered once, and the index, frequencies, weights and the
 * shared-term test work on those numbers in typed arrays: with strings in maps
 * and sets, hashing was most of the time of matching.
 */
/** How much work matching did: what a test can hold to a bound without timing it. */
export interface MatchWork {
  /** Postings scanned for candidates, in all. */
  postings: number;
  /** Candidate pairs scored. */
  candidates: number;
}

export function matchClaims(claims: readonly MatchInput[], work?: MatchWork): ClaimRelation[] {
  const all = claims.map(features);
  const total = all.length;
  // Terms as numbers, in the order first met; each claim's terms in its own order.
  const termIds = new Map<string, number>();
  const termOf: string[] = [];
  const termsOf = all.map((f) => {
    const ids = new Int32Array(f.terms.size);
    let k = 0;
    for (const t of f.terms) {
      let id = termIds.get(t);
      if (id === undefined) {
        termIds.set(t, (id = termOf.length));
        termOf.push(t);
      }
      ids[k++] = id;
    }
    return ids;
  });
  // Document frequencies, and the claims of each term in claim order (one array, sliced by term).
  const df = new Int32Array(termOf.length);
  for (const ids of termsOf) for (const id of ids) df[id]!++;
  const postingStart = new Int32Array(termOf.length + 1);
  for (let id = 0; id < termOf.length; id++) postingStart[id + 1] = postingStart[id]! + df[id]!;
  const postings = new Int32Array(postingStart[termOf.length]!);
  const filled = postingStart.slice(0, termOf.length);
  termsOf.forEach((ids, index) => {
    for (const id of ids) postings[filled[id]!++] = index;
  });
  const isEntity = Uint8Array.from(termOf, (t) => (t.startsWith('@') ? 1 : 0));
  const weight = Float64Array.from(termOf, (_, id) => Math.log((total + 1) / (df[id]! + 0.5)) * (isEntity[id] ? ENTITY_WEIGHT : 1));
  const mass = termsOf.map((ids) => {
    let sum = 0;
    for (const id of ids) sum += weight[id]!;
    return sum;
  });

  interface Scored {
    i: number;
    j: number;
    score: number;
    shared: Set<string>;
  }
  const scored: Scored[] = [];
  // Sources as numbers, and shared-term counts per candidate in one reusable
  // array (reset through the list of candidates touched): the candidate scan is
  // the inner loop of matching, up to 800 postings per claim.
  const sourceNumbers = new Map<string, number>();
  const sourceOf = Int32Array.from(all, (f) => {
    let n = sourceNumbers.get(f.claim.source);
    if (n === undefined) sourceNumbers.set(f.claim.source, (n = sourceNumbers.size));
    return n;
  });
  const storyOf = Int32Array.from(all, (f) => f.claim.story ?? 0);
  const counts = new Int32Array(total);
  const candidates: number[] = [];
  // Marks the terms of the candidate being scored: stamp[term] === candidate + 1.
  const stamp = new Int32Array(termOf.length);
  let scanned = 0;
  let judged = 0;
  // Each claim's looked-up terms, LOOKUPS to a claim (-1 past the end): a pair is found from either of its claims,
  // and scored from the first one whose own lookups find it.
  const rareOf = new Int32Array(total * LOOKUPS).fill(-1);
  // Marks the terms of the claim whose candidates are scanned: own[term] === claim + 1.
  const own = new Int32Array(termOf.length);
  termsOf.forEach((ids, i) => {
    const rare = [...ids]
      .filter((id) => !isEntity[id] && df[id]! >= 2 && df[id]! <= POSTING_CAP)
      .sort((x, y) => df[x]! - df[y]! || (termOf[x]! < termOf[y]! ? -1 : 1))
      .slice(0, LOOKUPS);
    rareOf.set(rare, i * LOOKUPS);
    for (const id of ids) own[id] = i + 1;
    // Candidates share at least two looked-up terms; they are visited in the order first met. Each claim looks up
    // its own rarest terms, so a pair is found from either side: a long sentence's rarest terms may all be its own.
    const source = sourceOf[i]!;
    const story = storyOf[i]!;
    for (const id of rare) {
      scanned += postingStart[id + 1]! - postingStart[id]!;
      for (let p = postingStart[id]!; p < postingStart[id + 1]!; p++) {
        const j = postings[p]!;
        if (j !== i && sourceOf[j] !== source && storyOf[j] === story && counts[j]!++ === 0) candidates.push(j);
      }
    }
    judged += candidates.length;
    for (const j of candidates) {
      const count = counts[j]!;
      counts[j] = 0;
      if (count < MIN_SHARED_TERMS) continue;
      if (j < i) {
        // Found from the earlier claim's own lookups too: scored there already.
        let found = 0;
        for (let k = j * LOOKUPS; k < (j + 1) * LOOKUPS && rareOf[k]! !== -1; k++) if (own[rareOf[k]!] === i + 1) found++;
        if (found >= MIN_SHARED_TERMS) continue;
      }
      for (const id of termsOf[j]!) stamp[id] = j + 1;
      // Shared terms are summed in this claim's order, then kept only for pairs that score.
      let content = 0;
      let common = 0;
      for (const id of ids) {
        if (stamp[id] !== j + 1) continue;
        if (!isEntity[id]) content++;
        common += weight[id]!;
      }
      if (content < MIN_SHARED_TERMS) continue;
      const jaccard = common / (mass[i]! + mass[j]! - common);
      const overlap = common / Math.min(mass[i]!, mass[j]!);
      const score = Math.sqrt(jaccard * overlap);
      if (score >= MIN_SCORE)
        scored.push({ i: Math.min(i, j), j: Math.max(i, j), score, shared: new Set([...ids].filter((id) => stamp[id] === j + 1).map((id) => termOf[id]!)) });
    }
    candidates.length = 0;
  });
  if (work) {
    work.postings = scanned;
    work.candidates = judged;
  }
  // Every candidate is judged on its evidence (a claim can agree with two sentences of one article).
  const wordsOfClaim = (f: Features) => (f.words ??= wordsOf(f.claim.text));
  // The sentence before each claim in its source (claims come in reading order): whom "the pair" or "they" means.
  const before = new Map<string, string>();
  const previous = new Map<string, string>();
  for (const claim of claims) {
    const last = previous.get(claim.source);
    if (last !== undefined) before.set(claim.id, last);
    previous.set(claim.source, claim.text);
  }
  const tokensOf = (f: Features) =>
    (f.tokenised ??= tokenise({
      text: f.claim.text,
      kind: f.claim.kind,
      speaker: f.claim.speaker,
      quotes: f.claim.quotes ?? [],
      before: before.get(f.claim.id) ?? null,
    }));
  // How specific a term is within its story: a term most of the story's claims use is its subject, not a claim.
  const claimsOfStory = new Map<number, number[]>();
  all.forEach((_, index) => {
    const story = storyOf[index]!;
    let list = claimsOfStory.get(story);
    if (!list) claimsOfStory.set(story, (list = []));
    list.push(index);
  });
  const storyDf = new Map<number, Map<number, number>>();
  const rarityIn = (story: number) => {
    let df = storyDf.get(story);
    if (!df) {
      df = new Map();
      for (const index of claimsOfStory.get(story)!) for (const id of termsOf[index]!) df.set(id, (df.get(id) ?? 0) + 1);
      storyDf.set(story, df);
    }
    const known = df;
    const size = claimsOfStory.get(story)!.length;
    return (t: string) => {
      const id = termIds.get(t);
      const count = id === undefined ? 1 : (known.get(id) ?? 1);
      return Math.log((size + 1) / (count + 0.5));
    };
  };
  const relations: ClaimRelation[] = [];
  for (const s of scored) {
    const fa = all[s.i]!;
    const fb = all[s.j]!;
    const verdict = judgeSameClaim(tokensOf(fa), tokensOf(fb), rarityIn(storyOf[s.i]!));
    if (verdict === null) continue;
    // Differences only between corresponding phrases: around the terms the two align.
    const aligned = new Set([...s.shared].filter((t) => verdict.alignedTerms.has(t) || sameNeighbour(wordsOfClaim(fa), wordsOfClaim(fb), t)));
    const found =
      verdict.sameRemark || verdict.evidence.sameWords || fa.claim.text === fb.claim.text ? [] : discrepanciesOf(wordsOfClaim(fa), wordsOfClaim(fb), aligned);
    // Different numbers for different years are two quantities, not one told two ways: unsure, so no relation.
    if (found.some((d) => d.kind !== 'detail') && yearsOf(fa.claim.text) !== yearsOf(fb.claim.text)) continue;
    relations.push({
      a: fa.claim.id,
      b: fb.claim.id,
      relation: verdict.contradicts ? 'contradicts' : found.length > 0 ? 'corroborates-with-discrepancy' : 'corroborates',
      score: Math.round(s.score * 1000) / 1000,
      sameRemark: verdict.sameRemark,
      discrepancies: found,
      terms: [...s.shared].sort(),
      evidence: verdict.evidence,
    });
  }
  return relations.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
