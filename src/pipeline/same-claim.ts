/**
 * Same claim: decides whether two sentences of one story, already found to share
 * rare terms, report the same specific claim — and says why, with the phrases a
 * reader can check: the words both use in the same order, the remark both quote,
 * the negation one adds. When the evidence is thin the answer is no relation: a
 * missing link costs a reader little, a false one costs the briefing its trust.
 *
 * - The same remark in the same words: both sentences mostly quotation, sharing a
 *   run of at least four quoted words (two of them content words) that covers most
 *   of the shorter quotation and is six words long or half the longer one, with no
 *   negation in one quotation only. Whoever each outlet names as the speaker: the
 *   same words quoted are the same remark. A partial quote of five words or more
 *   quoted in both is the same remark too, and so is a short one (four words)
 *   quoted whole in both from one speaker.
 * - The same remark in other words (a translation): one speaker in both, quoting,
 *   with most of the quoted content words in common and no negation in one only.
 *   Two quotations that are neither are two remarks, never related.
 * - The same wording, not quoted: a run of seven identical words, three of them
 *   content words that are not names (wire copy, or one outlet's wording taken up).
 * - The same claim in other words: the content words both share, read in order
 *   (their longest common subsequence), hold three terms or more (two, for one
 *   speaker and half of the shorter sentence), two of them not names; they include
 *   an aligned verb of action (the same thing done, not only the same subject) and
 *   the same actor (a shared name or the same speaker, or four aligned words that
 *   are not names); and they are strong: half of the shorter sentence, or a third
 *   of it in words rare in the story, or the verb with its object. For one named
 *   source in both, the same count of the same thing ("1,200 jobs") stands for
 *   the verb. Two different speakers are never one claim; sentences naming
 *   different days are two occurrences.
 * - Where an event took place: both in the outlets' own words, describing one
 *   place alike (three terms in common, two of them not names and rare in the
 *   story, no named place of one absent from the other), with the same actors
 *   (the names of one all among the other's; an opening "the pair" or "they"
 *   stands for the people of the sentence before). The same words that only say
 *   where ("on the north bank of the river") are judged this way, not as wording.
 * - Contradiction: only a negation right before an aligned verb in one sentence
 *   and not the other ("have not signed" / "signed"), told by the same speaker or
 *   both by the outlets; one person's denial of another's account is two views,
 *   and gets no relation.
 */
import { term, words } from './terms.ts';

export interface SameClaimInput {
  text: string;
  kind: string;
  speaker: string | null;
  /** Quoted words in the sentence, as written. */
  quotes: readonly string[];
  /** The sentence before it in its article, for the people an opening "the pair" or "they" refers to. */
  before?: string | null;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** Lower case, one apostrophe: for comparing words as written. */
  lower: string;
  /** `lower` as a number, the same for the same word in any sentence: compared in the inner loops. */
  id: number;
  term: string | null;
  /** A capitalised word inside the sentence: part of a name. */
  name: boolean;
  quoted: boolean;
}

export interface Tokenised {
  input: SameClaimInput;
  tokens: Token[];
  /** Indices of the tokens with a term. */
  content: number[];
}

export interface Evidence {
  /** The phrases both accounts share, as written in each, in the order of `a`. */
  aligned: { a: string; b: string }[];
  /** The shared phrase is the same words, five or more. */
  sameWords: boolean;
  /** A negation right before an aligned verb in one account only. */
  negation: { in: 'a' | 'b'; phrase: string } | null;
}

export interface Verdict {
  sameRemark: boolean;
  contradicts: boolean;
  evidence: Evidence;
  /** The terms of the aligned words: where the two accounts correspond. */
  alignedTerms: Set<string>;
}

/** Words of a run of the same words; three of them content words. */
const SAME_WORDS = 7;
const SAME_WORDS_CONTENT = 3;
/** The same remark in the same words: at least four quoted words, covering this share of the shorter quotation. */
const SAME_REMARK_WORDS = 4;
const SAME_REMARK_SHARE = 0.6;
const SAME_REMARK_LONG = 6;
/** The same remark as a partial quote in both: five quoted words at least. */
const SAME_WORDS_QUOTED = 5;
/** Enough alignment on its own: half of the shorter sentence; or a third of it, of rare words; or a verb and its object. */
const STRONG_COVERAGE = 0.5;
const STRONG_SPECIFICITY = 12;
const SPECIFIC_COVERAGE = 1 / 3;
const VERB_OBJECT_WINDOW = 3;
/** The least summed rarity (within the story) of the aligned words that are not names. */
const MIN_SPECIFICITY = 4;
/** Aligned terms for the same claim in other words: in all, not names, and share of the shorter sentence's terms. */
const MIN_ALIGNED = 3;
const MIN_ALIGNED_NOT_NAMES = 2;
const MIN_COVERAGE = 0.2;
/** Aligned words that are not names enough to tell the same action without a shared name ("launched two ballistic missiles"). */
const ACTION_WITHOUT_ACTOR = 4;
/** With one speaker in both, two aligned terms suffice when they are half of the shorter sentence ("the U.S. has warned … arms"). */
const SAME_SPEAKER_COVERAGE = 0.5;
/** The same remark in other words: quoted content terms in common, and their share of the shorter quotation. */
const MIN_QUOTED_SHARED = 3;
const MIN_QUOTED_SHARE = 0.5;

const NEGATION = /^(?:not|never|neither|nor)$|n't$/;
/** Words that look like a verb of action: past forms and participles, and common irregular pasts. */
const VERB = /^\p{Ll}[\p{L}'-]*(?:ed|ing)$/u;
const IRREGULAR_PAST = new Set(
  'won lost met held made took sent gave struck shot fell rose built left sought paid threw spent began begun broke brought bought caught chose came drove fought found flew forgot got grew hid hit hurt kept knew led let meant ran saw sold set shut sank spoke stood stole swore taught thought understood wore wrote withdrew overturned'.split(
    ' ',
  ),
);
/** Words of those forms that are mostly nouns or adjectives in news ("the hearing", "armed officers"). */
const NOT_VERBS = new Set(
  'hearing meeting briefing funding shooting building spending ruling morning evening during thing something nothing anything everything bombing killing ceiling opening wedding warning landing offering painting setting proceedings armed retired alleged married united based related concerned limited elected detailed experienced unidentified supposed advanced'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
/** A verb of action: a past form or participle not used as a noun or adjective, or a common irregular past. */
function isVerb(side: Tokenised, k: number): boolean {
  const t = side.tokens[k]!;
  if (t.name || NOT_VERBS.has(t.lower)) return false;
  if (k > 0 && DETERMINERS.has(side.tokens[k - 1]!.lower)) return false;
  return (t.word.length > 4 && VERB.test(t.word)) || IRREGULAR_PAST.has(t.lower);
}
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)$/;

/** Quotation ranges of a sentence: its quoted words found in it, or the whole of a direct quote with none found. */
function quotedRanges(input: SameClaimInput): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const quote of input.quotes) {
    const at = input.text.indexOf(quote, from);
    if (at === -1) continue;
    ranges.push([at, at + quote.length]);
    from = at + quote.length;
  }
  if (ranges.length === 0 && input.kind === 'direct-quote') ranges.push([0, input.text.length]);
  return ranges;
}

/**
 * Numbers for words as written, for comparing them fast. A pure function's memo: a word's
 * number only has to be the same as itself, and the table is cleared when it grows past a bound.
 */
const wordIds = new Map<string, number>();
const WORD_IDS_LIMIT = 200_000;
function wordId(lower: string): number {
  let id = wordIds.get(lower);
  if (id === undefined) {
    if (wordIds.size >= WORD_IDS_LIMIT) wordIds.clear();
    wordIds.set(lower, (id = wordIds.size + 1));
  }
  return id;
}

/** Whether a word starts with a capital letter (any script): its first character changes when lower-cased. */
const capitalised = (word: string) => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};

export function tokenise(input: SameClaimInput): Tokenised {
  const ranges = quotedRanges(input);
  const list = words(input.text);
  const tokens: Token[] = new Array(list.length);
  const content: number[] = [];
  for (let index = 0; index < list.length; index++) {
    const w = list[index]!;
    // The first word is capitalised anyway: a name only when the next one is too ("Donald Trump said").
    const name = capitalised(w.word) && (index > 0 || capitalised(list[1]?.word ?? ''));
    const lower = w.word.toLowerCase();
    let quoted = false;
    for (const [s, e] of ranges) if (w.start >= s && w.end <= e) quoted = true;
    const t = term(w.word);
    if (t !== null) content.push(index);
    const written = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    tokens[index] = { word: w.word, start: w.start, end: w.end, lower: written, id: wordId(written), term: t, name, quoted };
  }
  return { input, tokens, content };
}

/** The longest run of the same words in both (quoted words only, when asked): [start in a, start in b, length]. */
function longestRun(a: Token[], b: Token[], quotedOnly = false): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      current[j] = x.id === y.id && (!quotedOnly || (x.quoted && y.quoted)) ? previous[j - 1]! + 1 : 0;
      if (current[j]! > best[2]) best = [i - current[j]!, j - current[j]!, current[j]!];
    }
    // Every cell of a row is written (the first stays 0): the previous row can be reused as is.
    [previous, current] = [current, previous];
  }
  return best;
}

/** The longest common subsequence of two term sequences, as index pairs into them. */
function alignTerms(a: readonly string[], b: readonly string[]): [number, number][] {
  const m = a.length;
  const n = b.length;
  const table = new Int32Array((m + 1) * (n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i * (n + 1) + j] = a[i] === b[j] ? table[(i + 1) * (n + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (n + 1) + j]!, table[i * (n + 1) + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * (n + 1) + j]! >= table[i * (n + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'the', 'former', 'minister', 'secretary', 'senator', 'representative']);
const nameWords = (name: string) =>
  new Set((name.toLowerCase().match(/\p{L}[\p{L}'-]+/gu) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !TITLES.has(w)));

/** Two speakers' names could be one person: they share a word that is not a title. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const words = nameWords(b);
  return [...nameWords(a)].some((w) => words.has(w));
}

/** The text from the first to the last of some tokens. */
const phrase = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to]!.end);

/** Runs of aligned tokens that are consecutive content tokens in both, as phrases of each. */
function alignedPhrases(a: Tokenised, b: Tokenised, pairs: readonly [number, number][]): { a: string; b: string }[] {
  const out: { a: string; b: string }[] = [];
  let k = 0;
  while (k < pairs.length) {
    let end = k;
    while (end + 1 < pairs.length && pairs[end + 1]![0] === pairs[end]![0] + 1 && pairs[end + 1]![1] === pairs[end]![1] + 1) end++;
    out.push({
      a: phrase(a.input.text, a.tokens, a.content[pairs[k]![0]]!, a.content[pairs[end]![0]]!),
      b: phrase(b.input.text, b.tokens, b.content[pairs[k]![1]]!, b.content[pairs[end]![1]]!),
    });
    k = end + 1;
  }
  return out;
}

/** A negation in the two words before token `at` (the verb): the words from it to the verb, as written. */
function negationBefore(side: Tokenised, at: number): string | null {
  for (let k = Math.max(0, at - 2); k < at; k++) {
    if (NEGATION.test(side.tokens[k]!.lower)) return phrase(side.input.text, side.tokens, k, at);
  }
  return null;
}

/** Two semicolons or more: a list of claims in one sentence. */
const isList = (text: string) => (text.match(/;/g)?.length ?? 0) >= 2;
const daysOf = (side: Tokenised) => new Set(side.tokens.filter((t) => DAYS.test(t.lower)).map((t) => t.lower));

/** Whether two sentences report the same specific claim; null when they do not, or when it cannot be told. */
export function judgeSameClaim(a: Tokenised, b: Tokenised, rarity: (term: string) => number = () => 1): Verdict | null {
  // Two occurrences on different days are two claims, however alike.
  const daysA = daysOf(a);
  const daysB = daysOf(b);
  if (daysA.size > 0 && daysB.size > 0 && ![...daysA].some((d) => daysB.has(d))) return null;

  const [ra, rb, length] = longestRun(a.tokens, b.tokens);
  const runA = a.tokens.slice(ra, ra + length);
  const runB = b.tokens.slice(rb, rb + length);
  const runNotNames = runA.filter((t, k) => t.term !== null && !t.name && !runB[k]!.name).length;
  const quotedA = a.tokens.filter((t) => t.quoted).length;
  const quotedB = b.tokens.filter((t) => t.quoted).length;
  // Mostly quotation, both: compared as remarks only. A few quoted words in a sentence leave it the outlet's.
  const remark = (side: Tokenised, quoted: number) => quoted > 0 && (side.input.kind === 'direct-quote' || quoted >= side.tokens.length / 2);
  const bothQuote = remark(a, quotedA) && remark(b, quotedB);
  const runEvidence = (): Evidence => ({
    aligned: [{ a: phrase(a.input.text, a.tokens, ra, ra + length - 1), b: phrase(b.input.text, b.tokens, rb, rb + length - 1) }],
    sameWords: true,
    negation: null,
  });
  const runTerms = () => new Set(runA.flatMap((t) => (t.term ? [t.term] : [])));
  // The same quoted words: the longest run inside the quotations of both.
  const [qa, qb, quotedLength] = quotedA > 0 && quotedB > 0 ? longestRun(a.tokens, b.tokens, true) : [0, 0, 0];
  const quotedContent = a.tokens.slice(qa, qa + quotedLength).filter((t) => t.term !== null).length;
  const quotedEvidence = (): Evidence => ({
    aligned: [{ a: phrase(a.input.text, a.tokens, qa, qa + quotedLength - 1), b: phrase(b.input.text, b.tokens, qb, qb + quotedLength - 1) }],
    sameWords: true,
    negation: null,
  });
  const quotedTerms = () => new Set(a.tokens.slice(qa, qa + quotedLength).flatMap((t) => (t.term ? [t.term] : [])));
  // The same quoted words, most of the shorter quotation and six words or half the longer one: one remark —
  // unless one of them negates it ("not putting people back to work" / "putting people back to work").
  const negatesQuote = (side: Tokenised) => side.tokens.some((t) => t.quoted && NEGATION.test(t.lower));
  if (
    bothQuote &&
    quotedLength >= SAME_REMARK_WORDS &&
    quotedContent >= 2 &&
    quotedLength >= SAME_REMARK_SHARE * Math.min(quotedA, quotedB) &&
    (quotedLength >= SAME_REMARK_LONG || quotedLength >= Math.max(quotedA, quotedB) / 2) &&
    negatesQuote(a) === negatesQuote(b)
  ) {
    return { sameRemark: true, contradicts: false, evidence: quotedEvidence(), alignedTerms: quotedTerms() };
  }
  // The same quoted words in both, not the whole sentence in either (a partial quote): one remark when the run is
  // most of the quoted words of one of them.
  // A short quotation (four words) the same speaker is quoted with in both, whole in both: one remark too.
  const wholeShort = quotedLength >= SAME_REMARK_WORDS && quotedLength >= Math.min(quotedA, quotedB) && sameSpeaker(a.input.speaker, b.input.speaker);
  if (
    !bothQuote &&
    (quotedLength >= SAME_WORDS_QUOTED || wholeShort) &&
    quotedContent >= 2 &&
    quotedLength >= SAME_REMARK_SHARE * Math.min(quotedA, quotedB) &&
    negatesQuote(a) === negatesQuote(b)
  ) {
    return { sameRemark: true, contradicts: false, evidence: quotedEvidence(), alignedTerms: quotedTerms() };
  }
  // Two different speakers are two claims, however alike their words (only the same quoted words are one remark).
  const speakersDiffer = a.input.speaker !== null && b.input.speaker !== null && !sameSpeaker(a.input.speaker, b.input.speaker);
  if (speakersDiffer) return null;
  // The same words told, not quoted: wire copy, or one outlet's wording taken up.
  // (When only one of them negates, the same words may be denied: judged below, verb by verb.)
  const negates = (side: Tokenised) => side.tokens.some((t) => NEGATION.test(t.lower));
  // Only where, in the same words ("on the north bank of the river"), is not what: judged as a place, below.
  const onlyPlace = () => {
    const places = placesOf(a);
    return runA.every((t, k) => t.term === null || places.some(([from, to]) => ra + k >= from && ra + k <= to));
  };
  if (
    length >= SAME_WORDS &&
    runNotNames >= SAME_WORDS_CONTENT &&
    !runA.some((t) => t.quoted) &&
    !runB.some((t) => t.quoted) &&
    negates(a) === negates(b) &&
    !onlyPlace()
  ) {
    return { sameRemark: false, contradicts: false, evidence: runEvidence(), alignedTerms: runTerms() };
  }
  // An enumeration ("requiring …; reinstating …; restoring …") carries many claims: its items match items, not claims.
  if (isList(a.input.text) || isList(b.input.text)) return null;
  const termsA = a.content.map((k) => a.tokens[k]!.term!);
  const termsB = b.content.map((k) => b.tokens[k]!.term!);
  const pairs = alignTerms(termsA, termsB);

  // The same speaker quoted in both, most quoted words in common: one remark, perhaps translated.
  if (bothQuote && sameSpeaker(a.input.speaker, b.input.speaker) && negatesQuote(a) === negatesQuote(b)) {
    const quotedA = new Set(a.content.filter((k) => a.tokens[k]!.quoted).map((k) => a.tokens[k]!.term!));
    const quotedB = new Set(b.content.filter((k) => b.tokens[k]!.quoted).map((k) => b.tokens[k]!.term!));
    const shared = [...quotedA].filter((t) => quotedB.has(t)).length;
    if (shared >= MIN_QUOTED_SHARED && shared >= MIN_QUOTED_SHARE * Math.min(quotedA.size, quotedB.size)) {
      const alignedTerms = new Set(pairs.map(([i]) => termsA[i]!));
      return { sameRemark: true, contradicts: false, evidence: { aligned: alignedPhrases(a, b, pairs), sameWords: false, negation: null }, alignedTerms };
    }
  }

  // Two quotations that are not one remark are two remarks, however alike their words.
  if (bothQuote || pairs.length === 0) return null;
  return sameAction(a, b, pairs, termsA, rarity) ?? sameVenue(a, b, rarity);
}

/** The same claim in other words: the same action by the same actor, told alike (see the module's comment). */
function sameAction(
  a: Tokenised,
  b: Tokenised,
  pairs: readonly [number, number][],
  termsA: readonly string[],
  rarity: (term: string) => number,
): Verdict | null {
  const termsB = b.content.map((k) => b.tokens[k]!.term!);
  const alignedTerms = new Set(pairs.map(([i]) => termsA[i]!));
  // What is done or said, apart from who: the words that are not names, aligned on their own.
  const notNames = alignTerms(
    a.content.filter((k) => !a.tokens[k]!.name).map((k) => a.tokens[k]!.term!),
    b.content.filter((k) => !b.tokens[k]!.name).map((k) => b.tokens[k]!.term!),
  ).length;
  const coverage = pairs.length / Math.max(1, Math.min(new Set(termsA).size, new Set(termsB).size));
  const speaker = sameSpeaker(a.input.speaker, b.input.speaker);
  const enough = pairs.length >= MIN_ALIGNED || (speaker && coverage >= SAME_SPEAKER_COVERAGE);
  if (!enough || notNames < MIN_ALIGNED_NOT_NAMES || coverage < MIN_COVERAGE) return null;
  const sharedName = pairs.some(([i, j]) => a.tokens[a.content[i]!]!.name && b.tokens[b.content[j]!]!.name);
  if (!sharedName && !speaker && notNames < ACTION_WITHOUT_ACTOR) return null;
  // The same action, not only the same subject: an aligned verb ("launched", "warned", "passed") — or one source's
  // same count of the same thing ("1,200 jobs"), a fact as specific as an action.
  const verbs = pairs.flatMap(([i, j], k) => (isVerb(a, a.content[i]!) && isVerb(b, b.content[j]!) ? [k] : []));
  // The count only from one named source in both: outlets repeat a story's figures in many different claims.
  const count = speaker && sameCount(a, b, pairs);
  if (verbs.length === 0 && !count) return null;
  const specificity = pairs.reduce((sum, [i, j]) => sum + (a.tokens[a.content[i]!]!.name || b.tokens[b.content[j]!]!.name ? 0 : rarity(termsA[i]!)), 0);
  // A verb with its object told alike: the two content words after the verb aligned in both, close to it ("launched two … ballistic missiles").
  const verbObject = verbs.some((k) => {
    const next = pairs.slice(k + 1, k + 3);
    return next.length === 2 && next.every(([i, j]) => i - pairs[k]![0] <= VERB_OBJECT_WINDOW && j - pairs[k]![1] <= VERB_OBJECT_WINDOW);
  });
  const strong = coverage >= STRONG_COVERAGE || (specificity >= STRONG_SPECIFICITY && coverage >= SPECIFIC_COVERAGE) || verbObject || count;
  if (!strong || specificity < MIN_SPECIFICITY) return null;

  // A negation right before an aligned verb in one account only ("did not pass" / "passed").
  let negation: Evidence['negation'] = null;
  for (const k of verbs) {
    const [i, j] = pairs[k]!;
    const negA = negationBefore(a, a.content[i]!);
    const negB = negationBefore(b, b.content[j]!);
    if (negA !== null && negB === null) negation = { in: 'a', phrase: negA };
    else if (negB !== null && negA === null) negation = { in: 'b', phrase: negB };
    if (negation) break;
  }
  // A negation by one speaker against another's account is two views, not one claim denied: unsure, so no relation.
  if (negation && !(speaker || (a.input.speaker === null && b.input.speaker === null))) return null;
  return { sameRemark: false, contradicts: negation !== null, evidence: { aligned: alignedPhrases(a, b, pairs), sameWords: false, negation }, alignedTerms };
}

/** A count written in figures, not a year and not a single digit ("1,200", "17", "1.4"): specific enough to tell a fact by. */
const isCount = (word: string) => /^\d/.test(word) && !/^(?:1[89]|20)\d\d$/.test(word) && (word.length > 1 || /[.,]/.test(word));

/** The same count of the same thing in both: a count aligned, with the same word right after it in both ("1,200 jobs"). */
function sameCount(a: Tokenised, b: Tokenised, pairs: readonly [number, number][]): boolean {
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [i, j] = pairs[k]!;
    const [ni, nj] = pairs[k + 1]!;
    const ta = a.content[i]!;
    const tb = b.content[j]!;
    if (isCount(a.tokens[ta]!.word) && isCount(b.tokens[tb]!.word) && a.content[ni] === ta + 1 && b.content[nj] === tb + 1 && !a.tokens[ta + 1]!.name)
      return true;
  }
  return false;
}

/** Prepositions that say where. */
const LOCATIVE = new Set(['at', 'in', 'inside', 'outside', 'near', 'on', 'beside', 'within']);
/** Words that end a place's description: the clause goes on to something else. */
const PLACE_END = new Set(
  'for to with after before during as since while when where which who whom that because and but or from by than until against about over into'.split(' '),
);
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_WORD =
  /^(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|times?|morning|afternoon|evening|night|past|future|time|recent|wake|response|protest|addition|order|fact|part|case|effect|general|particular|turn)$/;
/** The most words a place's description runs to. */
const PLACE_WORDS = 16;
/** Where an event took place, told alike: place terms in common, of them not names, and their rarity in the story. */
const MIN_PLACE_SHARED = 3;
const MIN_PLACE_NOT_NAMES = 2;
const MIN_PLACE_SPECIFICITY = 6;
/** An opening that refers back to the people of the sentence before. */
const ANAPHOR = /^(?:the (?:pair|two|couple|duo)|both|they|he|she)$/;

/** The places a sentence names: after a preposition that says where, to the end of the description (as token ranges). */
function placesOf(side: Tokenised): [number, number][] {
  const { tokens, input } = side;
  const places: [number, number][] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!LOCATIVE.has(tokens[k]!.lower)) continue;
    // "in four years", "on Wednesday", "in March", "in protest": when, or how, not where.
    const first = tokens.slice(k + 1, k + 4).find((t) => t.term !== null);
    if (!first || /^\d/.test(first.word) || DAYS.test(first.lower) || MONTH.test(first.lower) || TIME_WORD.test(first.lower) || /^\d/.test(first.term!))
      continue;
    let last = k;
    for (let m = k + 1; m < tokens.length && m - k <= PLACE_WORDS; m++) {
      const t = tokens[m]!;
      // A stop other than a comma between words ends it; so do a verb, a date and the start of another clause.
      if (m > k + 1 && /[.;:!?()[\]—–"“”]/.test(input.text.slice(tokens[m - 1]!.end, t.start))) break;
      if (PLACE_END.has(t.lower) || DAYS.test(t.lower) || MONTH.test(t.lower) || (m > k + 1 && isVerb(side, m)) || /^(?:1[89]|20)\d\d$/.test(t.word)) break;
      if (t.term !== null) last = m;
    }
    if (last > k) {
      places.push([k + 1, last]);
      k = last;
    }
  }
  return places;
}

/** The name terms of a sentence outside some ranges (its places), days and months left out. */
function namesOutside(side: Tokenised, ranges: readonly [number, number][]): Set<string> {
  const names = new Set<string>();
  side.tokens.forEach((t, k) => {
    if (t.name && t.term !== null && !DAYS.test(t.lower) && !MONTH.test(t.lower) && !ranges.some(([from, to]) => k >= from && k <= to)) names.add(t.term);
  });
  return names;
}

/** Who a sentence tells about: the names outside its places, and for an opening "the pair" or "they", the names of the sentence before. */
function actorsOf(side: Tokenised, places: readonly [number, number][]): Set<string> {
  const actors = namesOutside(side, places);
  const opening = side.tokens.slice(0, 2).map((t) => t.lower);
  if ((ANAPHOR.test(opening[0]!) || ANAPHOR.test(opening.join(' '))) && side.input.before) {
    const before = tokenise({ text: side.input.before, kind: 'narration', speaker: null, quotes: [] });
    for (const name of namesOutside(before, [])) actors.add(name);
  }
  return actors;
}

/**
 * Where an event took place, told by both: two accounts in the outlets' own words (no speaker, no quotation, no
 * negation) that describe one place alike — three of its terms in common, two of them not names, rare in the story,
 * and no place name in one that the other contradicts — with the same actors: the names of one (outside the place)
 * all among the other's, an opening "the pair" or "they" standing for the people of the sentence before.
 */
function sameVenue(a: Tokenised, b: Tokenised, rarity: (term: string) => number): Verdict | null {
  const plain = (side: Tokenised) =>
    side.input.speaker === null && side.input.quotes.length === 0 && side.input.kind !== 'direct-quote' && !side.tokens.some((t) => NEGATION.test(t.lower));
  if (!plain(a) || !plain(b)) return null;
  const placesA = placesOf(a);
  const placesB = placesOf(b);
  if (placesA.length === 0 || placesB.length === 0) return null;
  const termsIn = (side: Tokenised, places: readonly [number, number][]) => {
    const terms = new Map<string, boolean>();
    for (const [from, to] of places)
      for (let k = from; k <= to; k++)
        if (side.tokens[k]!.term !== null) terms.set(side.tokens[k]!.term!, side.tokens[k]!.name || terms.get(side.tokens[k]!.term!) === true);
    return terms;
  };
  const inA = termsIn(a, placesA);
  const inB = termsIn(b, placesB);
  const shared = [...inA.keys()].filter((t) => inB.has(t));
  const notNames = shared.filter((t) => !inA.get(t) && !inB.get(t));
  if (shared.length < MIN_PLACE_SHARED || notNames.length < MIN_PLACE_NOT_NAMES) return null;
  if (notNames.reduce((sum, t) => sum + rarity(t), 0) < MIN_PLACE_SPECIFICITY) return null;
  // Named places in both must meet: "in Ohio" and "in Iowa" are two places, however alike the rest.
  const namesA = [...inA].filter(([, name]) => name).map(([t]) => t);
  const namesB = new Set([...inB].filter(([, name]) => name).map(([t]) => t));
  if (namesA.length > 0 && namesB.size > 0 && !namesA.some((t) => namesB.has(t))) return null;
  const actorsA = actorsOf(a, placesA);
  const actorsB = actorsOf(b, placesB);
  const [fewer, more] = actorsA.size <= actorsB.size ? [actorsA, actorsB] : [actorsB, actorsA];
  if (fewer.size === 0 || ![...fewer].every((t) => more.has(t))) return null;
  // The evidence: each account's description of the place, from the first place that shares a term to the last.
  const span = (side: Tokenised, places: readonly [number, number][]) => {
    const meeting = places.filter(([from, to]) => side.tokens.slice(from, to + 1).some((t) => t.term !== null && shared.includes(t.term)));
    return phrase(side.input.text, side.tokens, meeting[0]![0], meeting.at(-1)![1]);
  };
  return {
    sameRemark: false,
    contradicts: false,
    evidence: { aligned: [{ a: span(a, placesA), b: span(b, placesB) }], sameWords: false, negation: null },
    alignedTerms: new Set(shared),
  };
}
