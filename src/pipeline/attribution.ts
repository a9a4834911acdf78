/**
 * Attribution: for each sentence of an article, who claims it and how. The
 * stages, in order:
 *
 *   segment → people (`people.ts`) → quotes (`quotes.ts`) → quote → mention
 *   (`quote-cues.ts`) → mention → speaker (`speakers.ts`) → statements
 *   (`statements.ts`) → hedges and denials.
 *
 * A quotation's speaker is decided by ordered passes, the most precise first,
 * each filling only what the ones before left open, and each recorded on the
 * quote and its claims (`SpeakerPass`), the way CoreNLP's quote attribution
 * sieves work: a script label; a speech verb after the quote; before it (in
 * its sentence, or ending the paragraph before with a colon); the reported
 * speech or subject of the outlet's own sentence around a partial quote; then
 * a quote that continues the speaker of the one before it, or takes the next
 * one's in its sentence; last, a paragraph of quotations with no cue takes the
 * subject of the paragraph before.
 */
import type { ClaimKind, SpeakerPass } from '../schema/briefing.ts';
import { caseless } from './caseless.ts';
import type { Voice } from './clean.ts';
import { createEntityMatcher, type EntityMatcher, type Mention } from './entities.ts';
import { matchesOf } from './matches.ts';
import { PERSON_ROLE_NOUNS, ROLE_WORDS, SPEECH_VERB_FORMS } from './lexicon.ts';
import { findAbbreviations, findPeople } from './people.ts';
import { clauseSubject, cueAfter, cueBefore, type SpeakerSpan } from './quote-cues.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { splitParagraphs, type SentenceRange } from './segment.ts';
import { Discourse, isIndividual, type Speaker } from './speakers.ts';
import { readStatement, type Statement } from './statements.ts';

export type { Speaker } from './speakers.ts';

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

/** A story paragraph as attribution reads it. */
export interface ParagraphInput {
  text: string;
  /** Who speaks the whole paragraph, when a script label says so. */
  voice?: Voice;
}

const CHANNEL =
  /\b(?:in (?:words|remarks|comments|a statement|an interview|a video|a speech|a post|a televised address|a message)|(?:released|reported|published|broadcast|carried|quoted|posted) by|via)\b[^;]*?(?=[.;]?$)/u;
const HEDGE = caseless(
  /\b(?:likely|unlikely|could|may|might|reportedly|allegedly|apparently|possibly|probably|perhaps|expected to|appears? to|seems? to|is said to|suggests?)\b/giu,
);
const DENIAL = caseless(
  /(?:^|[,;:]\s*|\b(?:though|although|but|while|and)\s+)([^,.;:"“”]*?\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b[^,.;"“”]*)/giu,
);
/** What DENIAL cannot match without, asked first: its clause scan costs four times more (measured). */
const DENIAL_WORD = caseless(/den(?:y|ie)|reject|dismiss/iu);
/** Words that may stand before a clause's subject: titles, names, articles, linking words. */
const LEAD_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|the|a|an|but|and|so|yet|then|now|still|also|former|then-[\p{L}-]+|ex-[\p{L}-]+|\(|\)|[\p{Lu}.-]+)$/u;
/** After a mention, a speech verb (past an apposition): "Brooks, 54, said". */
const SPEECH_AFTER = /^(?:\s*,[^,"“”]{1,100},)?\s+(?:(?:has|had|also|then|later|again)\s+)?(\p{Ll}+)\b/u;
/** A sentence that opens with "he" or "she", after an opening phrase at most. */
const SUBJECT_PRONOUN = /^(?:[^,"“”]{0,40},\s*)?(?:(?:But|And|So|Yet|Then|Now|Still)\s+)?([Hh]e|[Ss]he)\b/u;
/** The role noun that is a sentence's subject ("the mayor", "the former senator"), as a match whose group 1 it is. */
function roleSubject(opening: string): RegExpExecArray | null {
  const match = SUBJECT_ROLE.exec(opening);
  if (!match) return null;
  const words = match[1]!.split(' ');
  // The first role noun among at most three words: "the mayor brought …", "the former senator said …".
  const at = words.findIndex((word) => PERSON_ROLE_NOUNS.has(word));
  if (at === -1) return null;
  const role = words.slice(0, at + 1).join(' ');
  const start = match.index + match[0].length - match[1]!.length;
  return Object.assign([opening.slice(0, start + role.length), role], { index: match.index, input: opening, groups: undefined }) as RegExpExecArray;
}

/** A sentence whose subject is a role of one person: "On Dec. 13, the mayor brought …". */
const SUBJECT_ROLE = /^(?:[^,"“”]{0,40},\s*)?(?:(?:But|And|So|Yet|Then|Now|Still)\s+)?[Tt]he\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)(?=\s+\p{Ll}+)/u;
/** "what he called …", "described as …": the cue of a partial quote in the outlet's sentence. */
const CALLED = /\b(?:what (?:he|she|they) called|called|calling|described as|dubbed|branded)\s*$/i;

interface Reading {
  span: QuoteSpan;
  first: number;
  last: number;
  speaker: Speaker | null;
  pass: SpeakerPass | null;
  cue: string | null;
  channel: string | null;
  partial: boolean;
}

const sentenceAt = (sentences: readonly SentenceRange[], offset: number) =>
  sentences.findIndex((sentence) => offset >= sentence.start && offset < Math.max(sentence.end, sentence.start + 1));

function hedgesIn(text: string): string[] {
  return [...new Set((text.match(HEDGE(text)) ?? []).map((hedge) => hedge.toLowerCase()))];
}

/** One paragraph as the passes see it. */
interface ParagraphView {
  index: number;
  text: string;
  sentences: readonly SentenceRange[];
  mentions: readonly Mention[];
}

/**
 * The discourse learns who is mentioned as it reads: people mentioned before
 * `until`, outside quotations; the first person of each sentence is salient
 * (its subject, most often).
 */
function noteMentions(view: ParagraphView, quoted: readonly QuoteSpan[], discourse: Discourse, from: number, until: number): void {
  const outside = (offset: number) => !quoted.some((span) => offset > span.open && offset < span.close);
  const events: { at: number; mention: Mention | null; role?: boolean }[] = [];
  for (const mention of view.mentions) {
    if (mention.start < from || mention.start >= until || mention.kind !== 'person' || mention.possessive || !outside(mention.start)) continue;
    events.push({ at: mention.start, mention });
  }
  // "He has a son …", "On Dec. 13, the mayor brought up …": a sentence whose subject is "he", "she" or
  // a role of one person keeps that person salient.
  for (const sentence of view.sentences) {
    if (sentence.start < from || sentence.start >= until || !outside(sentence.start)) continue;
    const opening = view.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
    const subject = SUBJECT_PRONOUN.exec(opening) ?? roleSubject(opening);
    if (subject) {
      events.push({ at: sentence.start + subject.index + subject[0].length - subject[1]!.length, mention: null, role: subject[1]!.length > 3 });
    }
  }
  events.sort((a, b) => a.at - b.at);
  for (const event of events) {
    if (event.mention) discourse.note({ name: event.mention.name, kind: event.mention.kind }, view.index, event.at, isSubject(view, event.mention));
    else {
      const at = sentenceAt(view.sentences, event.at);
      discourse.focus(view.index, view.sentences[at - 1]?.start ?? view.sentences[at]?.start ?? 0);
      const pronoun = view.text
        .slice(event.at, event.at + 3)
        .toLowerCase()
        .startsWith('she')
        ? 'f'
        : 'm';
      const referent = event.role ? discourse.lastPerson(view.index, event.at) : discourse.pronoun(pronoun, view.index, event.at);
      if (referent) discourse.note(referent, view.index, event.at, true);
    }
  }
}

/**
 * A mention that is a clause's subject — nothing but titles, names and
 * linking words before it in its clause, or a speech verb after it — makes
 * its person salient; "… tell Toronto Mayor John Tory about …" does not.
 */
function isSubject(view: ParagraphView, mention: Mention): boolean {
  const sentence = view.sentences[Math.max(0, sentenceAt(view.sentences, mention.start))];
  const from = sentence ? sentence.start : 0;
  const before = view.text.slice(from, mention.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—')) + 1);
  if (
    clause
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => LEAD_WORD.test(word) || ROLE_WORDS.has(word.toLowerCase()))
  )
    return true;
  const verb = SPEECH_AFTER.exec(view.text.slice(mention.end, mention.end + 120))?.[1];
  return verb !== undefined && SPEECH_VERB_FORMS.has(verb);
}

/** Resolves a span a pass found, noting the speaker as salient. */
function speakerOf(span: SpeakerSpan | null, view: ParagraphView, discourse: Discourse): Speaker | null {
  if (!span) return null;
  return discourse.resolve(span.phrase, view.index, span.start, view.mentions);
}

/** The text with its quotations blanked out. */
function outsideQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += `${text.slice(from, Math.max(from, span.open))} `;
    from = Math.max(from, span.close + 1);
  }
  return out + text.slice(from);
}

const hasSpeechVerb = (text: string) => (text.match(/\p{L}+/gu) ?? []).some((word) => SPEECH_VERB_FORMS.has(word.toLowerCase()));

/** A signature paragraph: "- Bernie Sanders.", "— Carol Lee of the Journal". */
const SIGNATURE = /^[-—―–]\s*\p{Lu}/u;

/**
 * Who speaks a paragraph that opens with a quotation and names nobody and no
 * speech verb outside its quotations, after a paragraph without quotations:
 * the person who is the subject of that paragraph's last sentence
 * (`Viguerie is upbeat about Cruz’s chances. ¶ "Not only can Cruz win …"`),
 * if the article knows them; not when a signature paragraph follows.
 */
function paragraphSubject(
  view: ParagraphView,
  previous: ParagraphView | null,
  next: string | undefined,
  spans: readonly QuoteSpan[],
  discourse: Discourse,
): Speaker | null {
  const last = previous?.sentences.at(-1);
  if (!previous || !last || spans[0]!.open > 1 || /["“”]/u.test(previous.text) || (next !== undefined && SIGNATURE.test(next))) return null;
  const outside = outsideQuotes(view.text, spans);
  if (hasSpeechVerb(outside)) return null;
  const subject = clauseSubject(previous.text, last.start, last.end);
  const found = subject ? discourse.resolve(subject.phrase, previous.index, subject.start, previous.mentions, true) : null;
  if (found?.kind !== 'person') return null;
  // Anyone else named outside the quotations may be the speaker: `"…" reacted Trump.`
  const quoted = (offset: number) => spans.some((span) => offset > span.open && offset < span.close);
  const others = view.mentions.some((mention) => mention.kind === 'person' && !quoted(mention.start) && mention.name !== found.name);
  return others ? null : found;
}

/** Reads one paragraph's quotations: who speaks each and how, pass by pass. */
function readQuotes(
  view: ParagraphView,
  previous: ParagraphView | null,
  discourse: Discourse,
  carried: Speaker | null,
  spans: readonly QuoteSpan[],
  statementOf: (index: number) => Statement | null,
  next: string | undefined,
): Reading[] {
  const { text, sentences } = view;
  const readings: Reading[] = [];
  let noted = 0;
  let read = 0;
  for (const [number, span] of spans.entries()) {
    const first = Math.max(0, sentenceAt(sentences, span.open));
    // Who spoke in the sentences before, as the outlet reports it ("Ken Njoroge … said he …"), counts for "he said".
    for (; read < first; read++) {
      noteMentions(view, spans, discourse, noted, sentences[read]!.end);
      noted = sentences[read]!.end;
      discourse.focus(view.index, sentences[read - 1]?.start ?? sentences[read]!.start);
      statementOf(read);
    }
    noteMentions(view, spans, discourse, noted, span.open);
    noted = span.open;
    discourse.focus(view.index, first > 0 ? sentences[first - 1]!.start : (previous?.sentences.at(-1)?.start ?? 0) - (previous ? 1_000_000 : 0));
    const lastIndex = sentenceAt(sentences, Math.max(span.open, span.close - 1));
    const last = lastIndex === -1 ? sentences.length - 1 : lastIndex;
    const opening = sentences[first];
    const closing = sentences[last];
    if (!opening || !closing) continue;
    const quoted = span.text.replace(/[,\s]+$/u, '');
    const before = spans[number - 1];
    const headStart = Math.max(opening.start, before && before.close < span.open ? before.close + 1 : 0);
    const startsSentence = text.slice(opening.start, span.open).trim() === '';
    const words = quoted.split(/\s+/).filter(Boolean).length;
    const partial = !startsSentence && !(/^\p{Lu}/u.test(quoted) && words >= 4);
    let speaker: Speaker | null = null;
    let pass: SpeakerPass | null = null;
    let cue: string | null = null;
    let channel: string | null = null;
    const decide = (found: Speaker | null, how: SpeakerPass, verb: string | null) => {
      if (speaker || !found) return;
      speaker = found;
      pass = how;
      cue = verb;
    };
    // 1. A speech verb after the closing mark: `…," Kim told …`, `…," said Putin`.
    if (!span.openEnded) {
      const next = spans[number + 1];
      // Up to the next quotation: after `?"` a sentence often ends, and `said Gokool.` stands alone.
      const after = cueAfter(text, span.close + 1, Math.min(next ? next.open : text.length, span.close + 400));
      if (after && (/[,!?…—–-]$/u.test(span.text) || /^\s*[,—–―-]/u.test(text.slice(span.close + 1)) || !/[.]$/u.test(span.text))) {
        decide(speakerOf(after, view, discourse), 'cue-after-quote', after.cue);
        if (speaker) channel = CHANNEL.exec(text.slice(after.start + after.phrase.length, closing.end))?.[0].trim() ?? null;
      }
    }
    // 2. A speech verb before the opening mark, in its sentence: `Putin said, quote, “…`, `Hillary shot back, "…`.
    if (!speaker && !startsSentence) {
      const head = cueBefore(text, headStart, span.open);
      // A colon with no speech verb names a speaker only if it is someone known or a body named in full.
      const strict = head?.cue === ':';
      decide(head ? discourse.resolve(head.phrase, view.index, head.start, view.mentions, strict) : null, 'cue-before-quote', head?.cue ?? null);
    }
    // 3. The paragraph before ends with a colon that introduces the quote: `Cruz continued:`.
    if (!speaker && startsSentence && first === 0 && previous && /:\s*$/u.test(previous.text)) {
      const lastSentence = previous.sentences.at(-1);
      if (lastSentence) {
        const colon = previous.text.trimEnd().length - 1;
        const head = cueBefore(previous.text, lastSentence.start, colon);
        if (head) decide(discourse.resolve(head.phrase, previous.index, head.start, previous.mentions), 'colon-introduction', head.cue);
      }
    }
    // 3b. A short sentence just before, in the paragraph, introduces it: `Dianne Bystrom agreed. "…`.
    if (!speaker && startsSentence && first > 0) {
      const intro = sentences[first - 1]!;
      const words = text.slice(intro.start, intro.end).split(/\s+/).length;
      const found = words <= 14 && !/["“”]/u.test(text.slice(intro.start, intro.end)) ? cueAfter(text, intro.start, intro.end) : null;
      if (found && found.start === intro.start) decide(speakerOf(found, view, discourse), 'colon-introduction', found.cue);
    }
    // 4. A few quoted words in the outlet's own sentence belong to whoever it reports, else to its subject.
    if (!speaker && !startsSentence) {
      const statement = readStatement(text.slice(opening.start, span.open), view.index, opening.start, view.mentions, discourse);
      if (statement?.speaker) decide(statement.speaker, statement.pass ?? 'reported-speech', statement.cue);
    }
    if (!speaker && !startsSentence) {
      const subject = clauseSubject(text, headStart, span.open);
      // A subject is no speech verb's: only a known or fully named person, group or body will do.
      const found = subject ? discourse.resolve(subject.phrase, view.index, subject.start, view.mentions, true) : null;
      decide(found, 'sentence-subject', CALLED.exec(text.slice(opening.start, span.open))?.[0].trim() ?? null);
    }
    if (speaker) discourse.note(speaker, view.index, span.open, true);
    readings.push({ span, first, last, speaker, pass, cue, channel, partial });
  }
  noteMentions(view, spans, discourse, noted, text.length + 1);
  // 5. Quotations with no speaker of their own continue the nearest speaker before them:
  // in this paragraph, or — when the paragraph opens with the quotation — the previous one.
  let last: Speaker | null = readings[0] && readings[0].span.open <= 1 ? carried : null;
  let before: Reading | undefined;
  for (const reading of readings) {
    // A partial quote continues only the quote before it in its own sentence: `called it "bold" and "one giant assumption"`.
    const sameSentence = before !== undefined && before.last === reading.first;
    if (reading.speaker) last = reading.speaker;
    else if (last && (!reading.partial || (sameSentence && before?.speaker === last))) {
      reading.speaker = last;
      reading.pass = 'quote-continues';
    }
    before = reading;
  }
  // 6. A quotation just before another in the same sentence shares its speaker: `"…" and "…," she said`.
  for (let index = readings.length - 2; index >= 0; index--) {
    const reading = readings[index]!;
    const next = readings[index + 1]!;
    const between = text.slice(reading.span.close + 1, next.span.open);
    if (!reading.speaker && next.speaker && next.first === reading.last && (!reading.partial || /^[\s,;]*(?:and|or)?[\s,;]*$/u.test(between))) {
      reading.speaker = next.speaker;
      reading.pass = 'next-quote';
    }
  }
  // 7. A paragraph of quotations with no cue, after the outlet's own words about someone: that person speaks.
  if (readings.length > 0 && readings.every((reading) => !reading.speaker)) {
    const found = paragraphSubject(view, previous, next, spans, discourse);
    for (const reading of readings) {
      if (!found || reading.partial) continue;
      reading.speaker = found;
      reading.pass = 'paragraph-subject';
    }
  }
  return readings;
}

/**
 * A paragraph a script label gives to a speaker: its quotations — or, without
 * quotation marks, the whole paragraph — are that speaker's.
 */
function voicedReadings(text: string, sentences: readonly SentenceRange[], voice: Voice, discourse: Discourse): Reading[] {
  const listed = voice.named ? discourse.matcher.lookup(voice.name) : undefined;
  const speaker: Speaker = listed
    ? { name: listed.name, kind: listed.kind, discovered: discourse.listed.get(listed.name) === undefined, role: voice.role }
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

/** Analyses an article's story paragraphs, in order. */
export function analyseArticle(input: readonly ParagraphInput[], listed: EntityMatcher): ArticleAnalysis {
  const paragraphs = input.map((paragraph) => paragraph.text);
  const listedMentions = paragraphs.map((text) => listed.find(text));
  // People the entity list does not know are found first, so that every later
  // mention of them ("Brandt said", "Mr. Albright") resolves to the full name.
  const people = findPeople(paragraphs, listedMentions, listed);
  const local = people.definitions.length > 0 ? createEntityMatcher(people.definitions) : null;
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
  const discourse = new Discourse(people, matcher, listed, findAbbreviations(paragraphs));
  const sentences: SentenceAnalysis[] = [];
  const quotes: QuoteAnalysis[] = [];
  let carried: Speaker | null = null;
  let previous: ParagraphView | null = null;
  const sentenceRanges = splitParagraphs(paragraphs);
  paragraphs.forEach((text, paragraph) => {
    const ranges = sentenceRanges[paragraph]!;
    const mentions = withPeople(text, listedMentions[paragraph]!);
    const view: ParagraphView = { index: paragraph, text, sentences: ranges, mentions };
    const voice = input[paragraph]!.voice;
    const spans = findQuotes(text);
    const covered = ranges.map((range) => spans.some((span) => span.open < range.end && span.close >= range.start));
    const statements = new Map<number, Statement | null>();
    /** Reads a sentence without quotations once, noting its speaker for the pronouns after it. */
    const statementOf = (index: number): Statement | null => {
      if (covered[index] || voice) return null;
      if (!statements.has(index)) {
        const range = ranges[index]!;
        discourse.focus(paragraph, ranges[index - 1]?.start ?? range.start);
        const statement = readStatement(text.slice(range.start, range.end), paragraph, range.start, mentions, discourse);
        statements.set(index, statement);
        if (statement?.speaker && isIndividual(statement.speaker)) discourse.note(statement.speaker, paragraph, range.start, true);
      }
      return statements.get(index)!;
    };
    const readings = voice
      ? voicedReadings(text, ranges, voice, discourse)
      : readQuotes(view, previous, discourse, carried, spans, statementOf, paragraphs[paragraph + 1]);
    const base = sentences.length;
    let lastSpeaker: Speaker | null = null;
    ranges.forEach((range, index) => {
      const sentence = text.slice(range.start, range.end);
      const inQuotes = readings.filter((reading) => reading.first <= index && reading.last >= index);
      const inSentence = mentions
        .filter((m) => m.start >= range.start && m.end <= range.end)
        .map((m) => ({ ...m, start: m.start - range.start, end: m.end - range.start }));
      const entities = [...new Set(inSentence.map((m) => m.name))];
      const hedges = hedgesIn(sentence);
      const denials = !DENIAL_WORD(sentence).test(sentence)
        ? []
        : matchesOf(DENIAL(sentence), sentence).map((match) => match[1]!.trim().replace(/^(?:though|although|but|while|and)\s+/i, ''));
      let reading: Statement;
      if (inQuotes.length > 0) {
        const voiced = inQuotes.find((quote) => quote.speaker) ?? inQuotes[0]!;
        reading = {
          kind: inQuotes.some((quote) => !quote.partial) ? 'direct-quote' : 'partial-quote',
          speaker: voiced.speaker,
          pass: voiced.speaker ? voiced.pass : null,
          cue: voiced.cue,
          attribution: voiced.channel,
        };
      } else {
        reading = statementOf(index) ?? {
          kind: hedges.length > 0 ? 'unattributed-assessment' : 'narration',
          speaker: null,
          pass: null,
          cue: null,
          attribution: null,
        };
      }
      if (reading.speaker) lastSpeaker = reading.speaker;
      const quoted = inQuotes.map((quote) => {
        const from = Math.max(quote.span.open + 1, range.start);
        const to = Math.min(quote.span.close, range.end);
        return text.slice(from, to).replace(/^[”"\s]+|[“"\s]+$/gu, '');
      });
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
        pass: reading.speaker ? reading.pass : null,
        partial: reading.partial,
        sentences: Array.from({ length: reading.last - reading.first + 1 }, (_, offset) => base + reading.first + offset),
      });
    }
    carried = lastSpeaker;
    previous = view;
  });
  return { sentences, quotes };
}
