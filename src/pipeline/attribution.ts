/**
 * Attribution: for each sentence of an article, who claims it and how — the
 * speaker of a quotation, the authority behind "according to", unnamed sources,
 * reported speech, hedges. Works paragraph by paragraph because quotations run
 * across sentences and, by news convention, across paragraphs.
 */
import type { ClaimKind, SpeakerPass } from '../schema/briefing.ts';
import { createEntityMatcher, trailingName, type EntityKind, type EntityMatcher, type Mention } from './entities.ts';
import type { Voice } from './clean.ts';
import { discoverPeople, NOT_A_PERSON } from './names.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { splitParagraphs, type SentenceRange } from './segment.ts';
import { caseless } from './caseless.ts';
import { matchesOf } from './matches.ts';

/** Who claims something. */
export interface Speaker {
  /** Canonical entity name, a discovered name, or the phrase as written ("analysts"). */
  name: string;
  /** Null for unnamed sources and phrases that are no single entity. */
  kind: EntityKind | null;
  /** True for a name found in the text but not in the entity list. */
  discovered: boolean;
  /** Role or title written with the name: "White House National Security Council spokesperson". */
  role: string | null;
}

export interface SentenceAnalysis {
  /** 0-based paragraph among the article's story paragraphs. */
  paragraph: number;
  range: SentenceRange;
  text: string;
  kind: ClaimKind;
  speaker: Speaker | null;
  /** The pass that found the speaker. */
  pass: SpeakerPass | null;
  cue: string | null;
  attribution: string | null;
  quotes: string[];
  hedges: string[];
  /** Reported denials, as written. */
  denials: string[];
  entities: string[];
  /** Listed and discovered entities in the sentence, offsets relative to it. */
  mentions: Mention[];
}

export interface QuoteAnalysis {
  paragraph: number;
  /** The quoted words, without marks or a trailing comma. */
  text: string;
  speaker: Speaker | null;
  pass: SpeakerPass | null;
  partial: boolean;
  /** Indices into the article's sentence list. */
  sentences: number[];
}

export interface ArticleAnalysis {
  sentences: SentenceAnalysis[];
  quotes: QuoteAnalysis[];
}

const CUES = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'announced', 'noted', 'notes',
  'noting', 'warned', 'warns', 'warning', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues',
  'explained', 'wrote', 'writes', 'asked', 'replied', 'responded', 'vowed', 'vows', 'vowing', 'pledged',
  'pledging', 'promised', 'urged', 'urges', 'stressed', 'emphasised', 'emphasized', 'acknowledged', 'admitted',
  'confirmed', 'denied', 'reported', 'suggested', 'predicted', 'cautioned', 'complained', 'alleged', 'accused',
  'recalled', 'spoke of', 'expressed', 'called', 'calling', 'described', 'describing', 'saying', 'adding',
];
const CUE = `(?:${CUES.join('|')})`;
/** One character of a noun phrase: anything but clause punctuation, or the dot of an initial ("U.S."). */
const NP = String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St)\.|\p{Lu}\.|[^,.;:"“”])`;
/** Cues that introduce reported speech in a clause: "X has warned that …". */
const REPORT_CUES = `(?:said|says|told|tells|warned|warns|announced|announces|stated|states|declared|claimed|claims|insisted|insists|argued|argues|confirmed|confirms|denied|denies|disputed|disputes|dispute|threatened|threatens|accused|alleged|estimated|estimates|reported|noted|notes|stressed|added|conceded|admitted|acknowledged|predicted|pledged|vowed|promised|urged|believes?|fears?|expects?|(?:is|are|was|were) concerned|(?:is|are|was|were) worried|saying)`;
/** Cues that are reported speech even without "that": "X said the deal was close", "X confirmed it had …". */
const BARE_CUES = /^(?:said|says|told|tells|confirmed|confirms|denied|denies|estimated|estimates|stated|states|added|conceded|admitted|acknowledged|reported|noted|notes|insisted|insists|claimed|claims|pledged|vowed|promised|urged|saying|threatened|threatens)$/;

const AFTER = new RegExp(
  `^[\\s,—–-]*(?:(?<cue1>${CUE})\\s+(?<who1>${NP}{1,100}?)(?=\\s*[,.;:]|\\s+(?:on|in|at|during|after|before|while|when|to|from|of|as)\\b|\\s*$)|(?<who2>${NP}{1,120}?)(?:\\s*,\\s*[^,"“”]{1,100}?,)?\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+|later\\s+)?(?<cue2>${CUE})\\b)`,
  'u',
);
const BEFORE = new RegExp(`(?<cue>${CUE})(?:\\s+that)?(?:\\s*,\\s*quote\\s*,|\\s*[,:])?\\s*$`, 'u');
const CHANNEL = /\b(?:in (?:words|remarks|comments|a statement|an interview|a video|a speech|a post|a televised address|a message)|(?:released|reported|published|broadcast|carried|quoted|posted) by|via)\b[^;]*?(?=[.;]?$)/u;
const ACCORDING = new RegExp(`\\baccording to (?<src>${NP}+?)(?=\\s*[,.;]|\\s*$)`, 'u');
/** Cues of unnamed sources: "analysts say", "people familiar with the matter said". */
const UNNAMED_CUES = 'say|said|says|believe|believes|think|warn|warned|told|suggest|suggested|note|noted|estimate|estimated|expect|expected|fear';
const UNNAMED = caseless(new RegExp(
  String.raw`\b(?<who>(?:(?:an?|one|two|three|four|five|several|some|many|other|the)\s+)?(?:(?:western|foreign|senior|u\.s\.|american|european|military|government|independent|security|intelligence|industry|regional)\s+)*(?:analysts?|experts?|officials?|observers?|diplomats?|sources?|critics?|insiders?|researchers|economists|residents|witnesses|executives?|employees|workers|negotiators|aides|organi[sz]ers|vendors|campaigners|activists|unions|people|a person|person)(?:\s+(?:familiar with|briefed on|close to|with knowledge of|knowledgeable about)\s+[^,.;]+?)?)\s*,?\s+(?:who\s+[^,.;]+?\s+)?(?:(?:have|has|had)\s+)?(?:(?:long|also|repeatedly|previously|privately)\s+)?(?<cue>${UNNAMED_CUES})\b`,
  'iu',
));
const ANONYMOUS =
  /\b(?<who>(?:an?|one|two|three|several)\s+(?:[\p{L}.-]+\s+){0,3}?(?:official|source|diplomat|person|officer|aide|adviser|advisor|executive|employee|worker|negotiator|staffer|member|manager|lawyer|insider|analyst|resident|witness)s?)\b[^.;]*?\b(?:(?:spoke|speaking) on (?:the )?condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|(?:was|were) not authori[sz]ed to)/iu;
/** Words ANONYMOUS cannot match without: asked first, as its noun-phrase scan is slow. */
const ANONYMITY = caseless(/condition of anonymity|declined to be|asked not to be|not authori/iu);
/**
 * Reported speech: "<who>[, <apposition>,] has warned that …", at the start of a
 * sentence or of a clause (after a comma, semicolon or "and").
 */
const REPORTED = new RegExp(
  `(?:^|[,;]\\s+|\\band\\s+)(?:(?:But|And|Meanwhile|However|Earlier|Later|Also|Still|Yet|Separately|Last week|On \\p{Lu}\\p{Ll}+),?\\s+)?(?<who>${NP}{1,80}?)(?:\\s*,\\s*(?<appos>[^,"“”]{1,100}?),)?\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|again\\s+|long\\s+|repeatedly\\s+|previously\\s+|publicly\\s+|later\\s+)*(?<cue>${REPORT_CUES})(?:\\s+\\p{Ll}+ly)?(?<rest>\\s+that\\b|\\s*,|\\s+[\\p{L}\\d])`,
  'u',
);
/** "One of them said …": one of an unnamed group just mentioned. */
const OF_THEM = caseless(/\b(?<who>(?:one|two|some|both|neither|each|another) of them)\s+(?<cue>said|says|told|added|confirmed|warned)\b/iu);
/** "It was reported that …": a claim with its source left out. */
const PASSIVE = /\b[Ii]t (?:was|is|has been|had been) (?:reported|stressed|noted|said|announced|emphasi[sz]ed|underlined|pointed out|claimed|alleged|believed|understood|learned|learnt)\b/u;
/**
 * Words without which none of the statement patterns (ACCORDING, UNNAMED,
 * ANONYMOUS, OF_THEM, PASSIVE, REPORTED) can match: each alternative is text
 * that one of them requires, and case-insensitive, so it matches wherever one
 * of them would. One scan rules out most narration before six scans.
 */
const STATEMENT_WORD = caseless(new RegExp(
  String.raw`according to|condition of anonymity|declined to be|asked not to be|not authori|of them|\bit (?:was|is|has been|had been) |\s(?:${REPORT_CUES})|\s(?:${UNNAMED_CUES})\b`,
  'iu',
));
const HEDGE = caseless(/\b(?:likely|unlikely|could|may|might|reportedly|allegedly|apparently|possibly|probably|perhaps|expected to|appears? to|seems? to|is said to|suggests?)\b/giu);
const DENIAL = caseless(/(?:^|[,;:]\s*|\b(?:though|although|but|while|and)\s+)([^,.;:"“”]*?\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b[^,.;"“”]*)/giu);
/** What DENIAL cannot match without, asked first: its clause scan costs four times more (measured). */
const DENIAL_WORD = caseless(/den(?:y|ie)|reject|dismiss/iu);
const PRONOUN = /^(?:he|she|they)$/i;
const SPEAKING_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'country', 'group']);

/** Mutable reading state across an article: who spoke last, which names were seen. */
interface Context {
  /** Listed and discovered entities. */
  matcher: EntityMatcher;
  /** The entity list alone. */
  listed: EntityMatcher;
  lastPerson: Speaker | null;
  /** Discovered full names by surname, for later "Watson said". */
  surnames: Map<string, string>;
}

const asSpeaker = (mention: Mention, context: Context): Speaker => ({
  name: mention.name,
  kind: mention.kind,
  discovered: context.listed.get(mention.name) === undefined,
  role: null,
});

/** Resolves a noun phrase ("White House spokesperson Adrienne Watson", "he", "Kim") to a speaker. */
function resolvePhrase(phrase: string, offset: number, mentions: readonly Mention[], context: Context): Speaker | null {
  const trimmed = phrase.trim().replace(/^(?:but|and|meanwhile|however|earlier|later|also)\b,?\s*/i, '');
  if (trimmed === '') return null;
  if (PRONOUN.test(trimmed) || /\b(?:he|she)$/i.test(trimmed)) return context.lastPerson;
  const inside = mentions.filter((mention) => mention.start >= offset && mention.end <= offset + phrase.length && !mention.possessive);
  const person = inside.filter((mention) => mention.kind === 'person').at(-1);
  if (person) {
    // What the phrase says before the name is the speaker's role: "GDF general secretary Marta Kovacs".
    const role = phrase.slice(0, person.start - offset).trim().replace(/^(?:but|and|meanwhile|however|earlier|later|also)\b,?\s*/i, '').replace(/,$/, '').trim();
    return { ...asSpeaker(person, context), role: role === '' || /^(?:the|a|an)$/i.test(role) ? null : role };
  }
  const name = trailingName(trimmed);
  if (name && !context.matcher.lookup(name) && !NOT_A_PERSON.test(name)) {
    const role = trimmed.slice(0, trimmed.length - name.length).trim().replace(/,$/, '') || null;
    const surname = name.split(/\s+/).at(-1) ?? name;
    context.surnames.set(surname, name);
    return { name, kind: 'person', discovered: true, role };
  }
  const known = context.surnames.get(trimmed);
  if (known) return { name: known, kind: 'person', discovered: true, role: null };
  const only = inside.length === 1 ? inside[0] : undefined;
  if (only && trimmed.replace(/^the\s+/i, '').length <= only.end - only.start + 1) return asSpeaker(only, context);
  const speaking = inside.filter((mention) => SPEAKING_KINDS.has(mention.kind));
  if (speaking.length === 1 && speaking[0] && /^(?:the\s+)?\S/.test(trimmed) && !/\band\b/.test(trimmed)) return asSpeaker(speaking[0], context);
  // A capital that only opens the sentence ("The union") makes no proper name.
  if (/^(?:The|A|An|Some|Many|Several|Two|Three|Its|Their)\s+\p{Ll}/u.test(trimmed) && inside.length === 0) return groupSpeaker(trimmed);
  if (inside.length > 0 || /^\p{Lu}/u.test(trimmed)) return { name: trimmed, kind: null, discovered: false, role: null };
  return null;
}

/** The subject of a sentence: its first non-possessive mention of someone who can speak, before `limit`. */
function subjectOf(sentence: SentenceRange, limit: number, text: string, mentions: readonly Mention[], context: Context): Speaker | null {
  const first = mentions.find(
    (mention) => mention.start >= sentence.start && mention.end <= limit && !mention.possessive && SPEAKING_KINDS.has(mention.kind),
  );
  if (first) return asSpeaker(first, context);
  if (/^\s*(?:he|she)\b/i.test(text.slice(sentence.start, limit))) return context.lastPerson;
  return null;
}

const sentenceAt = (sentences: readonly SentenceRange[], offset: number) =>
  sentences.findIndex((sentence) => offset >= sentence.start && offset < Math.max(sentence.end, sentence.start + 1));

interface SpanReading {
  span: QuoteSpan;
  first: number;
  last: number;
  speaker: Speaker | null;
  pass: SpeakerPass | null;
  cue: string | null;
  channel: string | null;
  partial: boolean;
}

/** Reads one paragraph's quotations: who speaks each and how. */
function readQuotes(
  text: string,
  sentences: readonly SentenceRange[],
  mentions: readonly Mention[],
  context: Context,
  carried: Speaker | null,
): SpanReading[] {
  const readings: SpanReading[] = [];
  // Who "he" or "she" is changes sentence by sentence: note each sentence's
  // speaker or subject before reading the quotations after it.
  let noted = 0;
  const noteUntil = (until: number) => {
    for (; noted < until; noted++) noteSentence(text, sentences[noted]!, mentions, context);
  };
  for (const span of findQuotes(text)) {
    const first = Math.max(0, sentenceAt(sentences, span.open));
    noteUntil(first);
    const lastIndex = sentenceAt(sentences, Math.max(span.open, span.close - 1));
    const last = lastIndex === -1 ? sentences.length - 1 : lastIndex;
    const opening = sentences[first];
    const closing = sentences[last];
    if (!opening || !closing) continue;
    const quoted = span.text.replace(/[,\s]+$/u, '');
    const startsSentence = text.slice(opening.start, span.open).trim() === '';
    const words = quoted.split(/\s+/).filter(Boolean).length;
    const partial = !startsSentence && !(/^\p{Lu}/u.test(quoted) && words >= 4);
    let speaker: Speaker | null = null;
    let pass: SpeakerPass | null = null;
    let cue: string | null = null;
    let channel: string | null = null;
    // 1. Attribution after the closing mark: `…," Kim told …` or `…," said Putin`.
    if (!span.openEnded && (/[,!?…—–-]$/u.test(span.text) || /^\s*,/.test(text.slice(span.close + 1)))) {
      const tail = text.slice(span.close + 1, closing.end);
      const match = AFTER.exec(tail);
      if (match?.groups) {
        const who = match.groups.who1 ?? match.groups.who2 ?? '';
        const whoOffset = span.close + 1 + tail.indexOf(who, match.groups.who1 ? tail.indexOf(match.groups.cue1 ?? '') : 0);
        speaker = resolvePhrase(who, whoOffset, mentions, context);
        if (speaker) pass = 'cue-after-quote';
        cue = match.groups.cue1 ?? match.groups.cue2 ?? null;
        if (speaker) channel = CHANNEL.exec(tail.slice(match.index + match[0].length))?.[0].trim() ?? null;
      }
    }
    // 2. Attribution before the opening mark: `Putin said, quote, “…`.
    if (!speaker) {
      const head = text.slice(opening.start, span.open);
      const match = BEFORE.exec(head);
      if (match?.groups?.cue) {
        const clauseStart = Math.max(head.lastIndexOf(',', match.index - 1), head.lastIndexOf(';', match.index - 1)) + 1;
        const who = head.slice(clauseStart, match.index);
        speaker = resolvePhrase(who, opening.start + clauseStart, mentions, context);
        if (speaker) pass = 'cue-before-quote';
        cue = match.groups.cue;
      }
    }
    // 3. A quotation inside the outlet's own sentence belongs to whoever the sentence
    // reports ("one official … said …"), else to the sentence's subject.
    if (!speaker && !startsSentence) {
      const statement = readStatement(text.slice(opening.start, span.open), opening.start, mentions, context);
      if (statement?.speaker) {
        speaker = statement.speaker;
        pass = statement.pass;
        cue = statement.cue;
      }
    }
    if (!speaker && !startsSentence) {
      speaker = subjectOf(opening, span.open, text, mentions, context);
      if (speaker) pass = 'sentence-subject';
      if (speaker && !cue) cue = /\b(?:what (?:he|she|they) called|called|calling|described as)\s*$/i.exec(text.slice(opening.start, span.open))?.[0].trim() ?? null;
    }
    readings.push({ span, first, last, speaker, pass, cue, channel, partial });
    if (speaker && isIndividual(speaker)) context.lastPerson = speaker;
  }
  // 4. Quotations with no speaker of their own continue the nearest speaker before them:
  // in this paragraph, or — when the paragraph opens with the quotation — the previous one.
  let previous: Speaker | null = readings[0] && readings[0].span.open <= 1 ? carried : null;
  for (const reading of readings) {
    if (reading.speaker) previous = reading.speaker;
    else if (!reading.partial && previous) {
      reading.speaker = previous;
      reading.pass = 'quote-continues';
    }
  }
  for (let index = readings.length - 2; index >= 0; index--) {
    const reading = readings[index];
    const next = readings[index + 1];
    if (reading && next && !reading.speaker && !reading.partial && next.speaker && next.first === reading.last) {
      reading.speaker = next.speaker;
      reading.pass = 'next-quote';
    }
  }
  return readings;
}

function hedgesIn(text: string): string[] {
  return [...new Set((text.match(HEDGE(text)) ?? []).map((hedge) => hedge.toLowerCase()))];
}

/**
 * A paragraph a script label gives to a speaker: its quotations — or, without
 * quotation marks, the whole paragraph — are that speaker's.
 */
function voicedReadings(text: string, sentences: readonly SentenceRange[], voice: Voice, context: Context): SpanReading[] {
  const listed = voice.named ? context.matcher.lookup(voice.name) : undefined;
  const speaker: Speaker = listed
    ? { name: listed.name, kind: listed.kind, discovered: context.listed.get(listed.name) === undefined, role: voice.role }
    : { name: voice.name, kind: voice.named ? 'person' : null, discovered: voice.named, role: voice.role };
  const spans = findQuotes(text);
  const whole: QuoteSpan = { open: -1, close: text.length, text, openEnded: false };
  return (spans.length > 0 ? spans : [whole]).map((span) => ({
    span,
    first: Math.max(0, sentenceAt(sentences, Math.max(0, span.open))),
    last: Math.max(0, sentenceAt(sentences, Math.max(0, span.close - 1))),
    speaker,
    pass: 'script-label' as const,
    cue: 'soundbite',
    channel: null,
    partial: false,
  }));
}

/** A single person, named or not ("one shipping executive"): who "he" or "she" may refer to. */
function isIndividual(speaker: Speaker): boolean {
  return speaker.kind === 'person' || (speaker.kind === null && /^(?:an?|one)\s/i.test(speaker.name));
}

/** Updates who "he"/"she" refers to after a sentence: its speaker, else its subject. */
function noteSentence(text: string, range: SentenceRange, mentions: readonly Mention[], context: Context): void {
  const sentence = text.slice(range.start, range.end);
  const statement = /["“”]/.test(sentence) ? null : readStatement(sentence, range.start, mentions, context);
  if (statement?.speaker && isIndividual(statement.speaker)) {
    context.lastPerson = statement.speaker;
    return;
  }
  const subject = subjectOf(range, range.end, text, mentions, context);
  if (subject?.kind === 'person') context.lastPerson = subject;
}

/** Nouns for people left unnamed: a speaker phrase ending in one is an unnamed source. */
const UNNAMED_GROUP = /\b(?:analysts?|experts?|officials?|observers?|diplomats?|sources?|critics?|insiders?|researchers?|economists?|residents?|witnesses|people|aides?|vendors?|organi[sz]ers|lawyers?|scientists?|campaigners|activists)$/iu;

/**
 * A speaker that is no entity but a group the text names in lower case: "the
 * union", "port officials", "cultural-heritage lawyers". Not a bare pronoun or
 * a noun phrase of things ("the plan").
 */
function groupSpeaker(who: string): Speaker | null {
  const phrase = who.trim().replace(/^(?:but|and|meanwhile|however|earlier|later|also)\b,?\s*/i, '');
  if (!/^(?:(?:the|some|many|several|two|three|its|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/u.test(phrase)) return null;
  if (!UNNAMED_GROUP.test(phrase) && !/\b(?:union|government|ministry|company|authority|authorities|agency|council|committee|party|police|army|court|department|management|operators?|board|federation|league|commission)$/iu.test(phrase)) return null;
  return { name: phrase.charAt(0).toLowerCase() + phrase.slice(1), kind: null, discovered: false, role: null };
}

/** Who claims a sentence that has no quotation. */
function readStatement(
  sentence: string,
  offset: number,
  mentions: readonly Mention[],
  context: Context,
): Pick<SentenceAnalysis, 'kind' | 'speaker' | 'pass' | 'cue' | 'attribution'> | null {
  if (!STATEMENT_WORD(sentence).test(sentence)) return null;
  const according = ACCORDING.exec(sentence);
  if (according?.groups?.src) {
    const src = according.groups.src;
    const speaker = resolvePhrase(src, offset + according.index + 'according to '.length, mentions, context);
    return { kind: 'attributed-report', speaker, pass: speaker ? 'according-to' : null, cue: 'according to', attribution: according[0] };
  }
  const unnamed = UNNAMED(sentence).exec(sentence) ?? (ANONYMITY(sentence).test(sentence) ? ANONYMOUS.exec(sentence) : null);
  if (unnamed?.groups?.who) {
    const who = unnamed.groups.who.replace(/^(?:an?|one)\s+/i, (article) => article.toLowerCase());
    return {
      kind: 'unnamed-source',
      speaker: { name: who.charAt(0).toLowerCase() + who.slice(1), kind: null, discovered: false, role: null },
      pass: 'unnamed-source',
      cue: unnamed.groups.cue ?? 'spoke on condition of anonymity',
      attribution: null,
    };
  }
  const ofThem = OF_THEM(sentence).exec(sentence);
  if (ofThem?.groups?.who) {
    return { kind: 'unnamed-source', speaker: { name: ofThem.groups.who.toLowerCase(), kind: null, discovered: false, role: null }, pass: 'unnamed-source', cue: ofThem.groups.cue ?? null, attribution: null };
  }
  const passive = PASSIVE.exec(sentence);
  if (passive) return { kind: 'unnamed-source', speaker: null, pass: null, cue: passive[0], attribution: null };
  const reported = REPORTED.exec(sentence);
  const groups = reported?.groups;
  if (reported && groups?.who && groups.cue && (/that|,/.test(groups.rest ?? '') || BARE_CUES.test(groups.cue))) {
    const who = groups.who;
    // "Mense's spokesperson, Kaja Ilves, said": the person in the apposition speaks.
    const appositive = groups.appos ? resolvePhrase(groups.appos, offset + reported.index + reported[0].indexOf(groups.appos), mentions, context) : null;
    const speaker =
      (appositive?.kind === 'person' ? appositive : null) ??
      resolvePhrase(who, offset + reported.index + reported[0].indexOf(who), mentions, context) ??
      groupSpeaker(who);
    if (speaker) {
      return {
        kind: speaker.kind === 'person' ? 'indirect-statement' : speaker.kind === null && UNNAMED_GROUP.test(speaker.name) ? 'unnamed-source' : 'attributed-report',
        speaker,
        pass: 'reported-speech',
        cue: groups.cue,
        attribution: null,
      };
    }
  }
  return null;
}

/** Analyses an article's story paragraphs, in order. */
/** A story paragraph as attribution reads it. */
export interface ParagraphInput {
  text: string;
  /** Who speaks the whole paragraph, when a script label says so. */
  voice?: Voice;
}

export function analyseArticle(input: readonly ParagraphInput[], listed: EntityMatcher): ArticleAnalysis {
  const paragraphs = input.map((paragraph) => paragraph.text);
  const listedMentions = paragraphs.map((text) => listed.find(text));
  // People the entity list does not know are found first, so that every later
  // mention of them ("Brandt said", "Mr. Albright") resolves to the full name.
  const people = discoverPeople(paragraphs, listedMentions, listed);
  const local = people.length > 0 ? createEntityMatcher(people) : null;
  /** Listed mentions, plus discovered people where no listed entity already stands. */
  const withPeople = (text: string, known: readonly Mention[]): Mention[] => {
    const more = local ? local.find(text).filter((m) => !known.some((k) => k.start < m.end && m.start < k.end)) : [];
    return more.length === 0 ? [...known] : [...known, ...more].sort((a, b) => a.start - b.start);
  };
  const matcher: EntityMatcher = {
    get: (name) => listed.get(name) ?? local?.get(name),
    lookup: (alias) => listed.lookup(alias) ?? local?.lookup(alias),
    find: (text) => withPeople(text, listed.find(text)),
  };
  const context: Context = { matcher, listed, lastPerson: null, surnames: new Map() };
  const sentences: SentenceAnalysis[] = [];
  const quotes: QuoteAnalysis[] = [];
  let carried: Speaker | null = null;
  const sentenceRanges = splitParagraphs(paragraphs);
  paragraphs.forEach((text, paragraph) => {
    const ranges = sentenceRanges[paragraph]!;
    const mentions = withPeople(text, listedMentions[paragraph]!);
    const voice = input[paragraph]!.voice;
    const readings = voice ? voicedReadings(text, ranges, voice, context) : readQuotes(text, ranges, mentions, context, carried);
    const base = sentences.length;
    ranges.forEach((range, index) => {
      const sentence = text.slice(range.start, range.end);
      const inQuotes = readings.filter((reading) => reading.first <= index && reading.last >= index);
      const inSentence = mentions
        .filter((m) => m.start >= range.start && m.end <= range.end)
        .map((m) => ({ ...m, start: m.start - range.start, end: m.end - range.start }));
      const entities = [...new Set(inSentence.map((m) => m.name))];
      const hedges = hedgesIn(sentence);
      const denials = !DENIAL_WORD(sentence).test(sentence) ? [] : matchesOf(DENIAL(sentence), sentence).map((match) => match[1]!.trim().replace(/^(?:though|although|but|while|and)\s+/i, ''));
      let reading: Pick<SentenceAnalysis, 'kind' | 'speaker' | 'pass' | 'cue' | 'attribution'>;
      if (inQuotes.length > 0) {
        const voiced = inQuotes.find((quote) => quote.speaker) ?? inQuotes[0]!;
        reading = {
          kind: inQuotes.some((quote) => !quote.partial) ? 'direct-quote' : 'partial-quote',
          speaker: voiced.speaker,
          pass: voiced.pass,
          cue: voiced.cue,
          attribution: voiced.channel,
        };
      } else {
        reading = readStatement(sentence, range.start, mentions, context) ?? {
          kind: hedges.length > 0 ? 'unattributed-assessment' : 'narration',
          speaker: null,
          pass: null,
          cue: null,
          attribution: null,
        };
      }
      const quoted = inQuotes.map((quote) => {
        const from = Math.max(quote.span.open + 1, range.start);
        const to = Math.min(quote.span.close, range.end);
        return text.slice(from, to).replace(/^[”"\s]+|[“"\s]+$/gu, '');
      });
      if (reading.speaker && isIndividual(reading.speaker)) context.lastPerson = reading.speaker;
      else {
        const subject = subjectOf(range, range.end, text, mentions, context);
        if (subject?.kind === 'person') context.lastPerson = subject;
      }
      sentences.push({
        paragraph,
        range,
        text: sentence,
        kind: reading.kind,
        speaker: reading.speaker,
        pass: reading.pass,
        cue: reading.cue,
        attribution: reading.attribution,
        quotes: quoted.filter(Boolean),
        hedges,
        denials,
        entities,
        mentions: inSentence,
      });
    });
    for (const reading of readings) {
      quotes.push({
        paragraph,
        text: reading.span.text.replace(/[,\s]+$/u, ''),
        speaker: reading.speaker,
        pass: reading.pass,
        partial: reading.partial,
        sentences: Array.from({ length: reading.last - reading.first + 1 }, (_, offset) => base + reading.first + offset),
      });
    }
    const lastVoiced = readings.filter((reading) => reading.speaker).at(-1);
    carried = lastVoiced?.speaker ?? null;
  });
  return { sentences, quotes };
}
