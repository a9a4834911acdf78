/**
 * Statements: who claims a sentence that quotes nobody — "according to X",
 * unnamed sources ("analysts say", "one official, speaking on condition of
 * anonymity"), "one of them said", "it was reported that", and reported
 * speech ("X has warned that …"). Each reader is a pattern over the sentence;
 * the span it finds is resolved by the discourse (`speakers.ts`).
 */
import type { ClaimKind, SpeakerPass } from '../schema/briefing.ts';
import { caseless } from './caseless.ts';
import type { Mention } from './entities.ts';
import { BARE_REPORTING_VERB_FORMS, REPORTING_VERB_FORMS, UNNAMED_SOURCE_VERB_FORMS } from './lexicon.ts';
import { splitName } from './people.ts';
import { cueAfter, cueBefore } from './quote-cues.ts';
import { UNNAMED_GROUP, unnamed as asUnnamed, type Discourse, type Speaker } from './speakers.ts';

export interface Statement {
  kind: ClaimKind;
  speaker: Speaker | null;
  pass: SpeakerPass | null;
  cue: string | null;
  attribution: string | null;
}

/** One character of a noun phrase: anything but clause punctuation, or the dot of an initial ("U.S."). */
const NP = String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St)\.|\p{Lu}\.|[^,.;:"“”])`;
/** Cues that introduce reported speech in a clause: "X has warned that …". */
const REPORT_CUES = `(?:${REPORTING_VERB_FORMS.join('|')}|(?:is|are|was|were) concerned|(?:is|are|was|were) worried)`;
/** Cues that are reported speech even without "that": "X said the deal was close", "X confirmed it had …". */
const BARE_CUES = new RegExp(`^(?:${BARE_REPORTING_VERB_FORMS.join('|')})$`);
const ACCORDING = new RegExp(`\\baccording to (?<src>${NP}+?)(?=\\s*[,.;]|\\s*$)`, 'u');
/** Cues of unnamed sources: "analysts say", "people familiar with the matter said". */
const UNNAMED_CUES = UNNAMED_SOURCE_VERB_FORMS.join('|');
const UNNAMED = caseless(
  new RegExp(
    String.raw`\b(?<who>(?:(?:an?|one|two|three|four|five|several|some|many|other|the)\s+)?(?:(?:western|foreign|senior|u\.s\.|american|european|military|government|independent|security|intelligence|industry|regional|administration|defen[cs]e|police|campaign|party|state|federal|local)\s+)*(?:analysts?|experts?|officials?|observers?|diplomats?|sources?|critics?|insiders?|researchers|economists|residents|witnesses|executives?|employees|workers|negotiators|aides|organi[sz]ers|vendors|campaigners|activists|unions|people|a person|person)(?:\s+(?:familiar with|briefed on|close to|with knowledge of|knowledgeable about)\s+[^,.;]+?)?)\s*,?\s+(?:who\s+[^,.;]+?\s+)?(?:(?:have|has|had)\s+)?(?:(?:long|also|repeatedly|previously|privately)\s+)?(?<cue>${UNNAMED_CUES})\b`,
    'iu',
  ),
);
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
  'gu',
);
/** "One of them said …": one of an unnamed group just mentioned. */
const OF_THEM = caseless(/\b(?<who>(?:one|two|some|both|neither|each|another) of them)\s+(?<cue>said|says|told|added|confirmed|warned)\b/iu);
/** "It was reported that …": a claim with its source left out. */
const PASSIVE =
  /\b[Ii]t (?:was|is|has been|had been) (?:reported|stressed|noted|said|announced|emphasi[sz]ed|underlined|pointed out|claimed|alleged|believed|understood|learned|learnt)\b/u;
/**
 * Words without which none of the statement patterns can match: one scan
 * rules out most narration before six scans.
 */
const STATEMENT_WORD = caseless(
  new RegExp(
    String.raw`according to|condition of anonymity|declined to be|asked not to be|not authori|of them|\bit (?:was|is|has been|had been) |\s(?:${REPORT_CUES})|\s(?:${UNNAMED_CUES})\b`,
    'iu',
  ),
);

/** Reported speech by `speaker`: a person's indirect statement, an unnamed source's, or a body's report. */
function reportedSpeech(speaker: Speaker, cue: string): Statement {
  const kind: ClaimKind =
    speaker.kind === 'person' ? 'indirect-statement' : speaker.kind === null && UNNAMED_GROUP.test(speaker.name) ? 'unnamed-source' : 'attributed-report';
  return { kind, speaker, pass: 'reported-speech', cue, attribution: null };
}

/** Who claims `sentence` (which starts at `offset` in paragraph `paragraph`), or null when the outlet narrates it. */
export function readStatement(sentence: string, paragraph: number, offset: number, mentions: readonly Mention[], discourse: Discourse): Statement | null {
  if (!STATEMENT_WORD(sentence).test(sentence)) return null;
  const according = ACCORDING.exec(sentence);
  if (according?.groups?.src) {
    const speaker = discourse.resolve(according.groups.src, paragraph, offset + according.index + 'according to '.length, mentions);
    return { kind: 'attributed-report', speaker, pass: speaker ? 'according-to' : null, cue: 'according to', attribution: according[0] };
  }
  const unnamed = UNNAMED(sentence).exec(sentence) ?? (ANONYMITY(sentence).test(sentence) ? ANONYMOUS.exec(sentence) : null);
  if (unnamed?.groups?.who) {
    const who = unnamed.groups.who.replace(/^(?:an?|one)\s+/i, (article) => article.toLowerCase());
    return {
      kind: 'unnamed-source',
      speaker: { name: asUnnamed(who), kind: null, discovered: false, role: null },
      pass: 'unnamed-source',
      cue: unnamed.groups.cue ?? 'spoke on condition of anonymity',
      attribution: null,
    };
  }
  const ofThem = OF_THEM(sentence).exec(sentence);
  if (ofThem?.groups?.who) {
    return {
      kind: 'unnamed-source',
      speaker: { name: ofThem.groups.who.toLowerCase(), kind: null, discovered: false, role: null },
      pass: 'unnamed-source',
      cue: ofThem.groups.cue ?? null,
      attribution: null,
    };
  }
  const passive = PASSIVE.exec(sentence);
  if (passive) return { kind: 'unnamed-source', speaker: null, pass: null, cue: passive[0], attribution: null };
  // An attribution closing the sentence: "…, Obama said.", "…, said one of the organisers."
  const comma = sentence.lastIndexOf(',');
  if (comma > 0 && sentence.length - comma < 90) {
    const tail = cueAfter(sentence, comma + 1, sentence.length);
    const rest = tail ? sentence.slice(tail.start + tail.phrase.length) : '';
    if (tail && /^[^,;"“”]{0,60}[.!?]?\s*$/u.test(rest)) {
      const speaker = discourse.resolve(tail.phrase, paragraph, offset + tail.start, mentions);
      if (speaker) return reportedSpeech(speaker, tail.cue);
    }
  }
  // Not merely the first cue word: in "people trying to create fear about it, he said," the verb of
  // belief names nobody; the parenthetical "he said" does. The first cue whose subject resolves speaks.
  for (let from = 0, tries = 0; from < sentence.length && tries < 4; tries++) {
    REPORTED.lastIndex = from;
    const reported = REPORTED.exec(sentence);
    const groups = reported?.groups;
    if (!reported || !groups?.cue) break;
    const cueEnd = reported.index + reported[0].length - (groups.rest?.length ?? 0);
    from = cueEnd;
    if (!groups.who || !(/that|,/.test(groups.rest ?? '') || BARE_CUES.test(groups.cue))) continue;
    const who = groups.who;
    // "Mense's spokesperson, Kaja Ilves, said": the person in the apposition speaks.
    const appositive =
      groups.appos && splitName(groups.appos).role === null
        ? discourse.resolve(groups.appos, paragraph, offset + reported.index + reported[0].indexOf(groups.appos), mentions)
        : null;
    // The subject before the cue, read past appositions with commas of their own.
    const subject = cueBefore(sentence, 0, cueEnd);
    const read = subject ? discourse.resolve(subject.phrase, paragraph, offset + subject.start, mentions) : null;
    const speaker =
      (appositive?.kind === 'person' ? appositive : null) ??
      (read?.kind === 'person' ? read : null) ??
      discourse.resolve(who, paragraph, offset + reported.index + reported[0].indexOf(who), mentions);
    if (speaker) return reportedSpeech(speaker, groups.cue);
  }
  return null;
}
