/**
 * The manifest contract: `briefing.json`, written by the build script and read by
 * the site. Every field documented here is documented in the README too.
 */
import { z } from 'zod';
import { CLAIM_KINDS, KINDS } from '../vocabulary/kinds.ts';
import { RELATION_NAMES, SUPPORT_LEVELS } from '../vocabulary/relations.ts';

/** How a claim is put: by whom, on whose authority, or as the outlet's own words (`src/vocabulary/kinds.ts`). */
export const ClaimKind = z.enum(CLAIM_KINDS).describe(`How the claim is put. ${CLAIM_KINDS.map((kind) => `${kind}: ${KINDS[kind].description}`).join(' ')}`);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** ISO calendar date, e.g. 2023-09-13. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date such as 2023-09-13');

/** A span of source text taken out of the article as boilerplate, kept verbatim. */
export const RemovedText = z.object({
  line: z.number().int().positive().describe('1-based line in the source file where the removed text starts.'),
  text: z.string().describe('The removed text, exactly as in the source.'),
  reason: z.string().describe('Why it was removed, for readers.'),
  rule: z.string().describe('The rule that matched: a built-in rule name or `content:<pattern id>`.'),
});
export type RemovedText = z.infer<typeof RemovedText>;

/** A correction to an article, from its front matter (schema.org CorrectionComment). */
export const Correction = z.object({
  date: IsoDate.describe('When the correction was published.'),
  text: z.string().describe('The correction, as the outlet worded it.'),
  sentence: z.string().nullable().describe('Words of the corrected sentence(s) as given in the front matter; null when it concerns the whole article.'),
  claims: z.array(z.string()).describe('Ids of the claims it concerns: those containing `sentence`, or every claim of the article.'),
});
export type Correction = z.infer<typeof Correction>;

/** One article as ingested. */
export const Source = z.object({
  id: z.string().min(1).describe("Stable id: the article's file name without extension."),
  file: z.string().describe('File name inside `articles/`.'),
  title: z.string().nullable().describe('Headline from front matter or detected in the text; null when the text has none.'),
  titleFrom: z.enum(['front-matter', 'text', 'none']).describe('Where `title` came from.'),
  outlet: z.string().nullable().describe('Outlet name, from front matter or an outlet signature in `content/outlets.yaml`.'),
  published: IsoDate.nullable().describe('Publication date.'),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .describe("The article's own address (http or https), from front matter."),
  byline: z.string().nullable().describe('Author line, from front matter or a "By …" line.'),
  contributors: z.array(z.string()).describe('Contributors from front matter and from credits such as "X contributed to this report".'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('sha256 of the raw file bytes, hex: the fixity of the source.'),
  dateline: z
    .object({
      place: z.string().describe('As written, e.g. "ANTWERP".'),
      date: z.string().nullable().describe('As written, e.g. "March 4".'),
      agency: z.string().nullable().describe('The agency or outlet in parentheses, e.g. "Reuters".'),
    })
    .nullable()
    .describe('The dateline of wire copy ("ANTWERP, March 4 (Meridian News) - "), which stays in the text; null when there is none.'),
  text: z.string().describe('The article text after cleaning: story paragraphs joined by blank lines. Claim selectors point into it.'),
  paragraphs: z.number().int().nonnegative().describe('Number of paragraphs of article text after cleaning.'),
  words: z.number().int().nonnegative().describe('Number of words of article text after cleaning.'),
  removed: z.array(RemovedText).describe('Boilerplate removed from the text, in source order.'),
  corrections: z.array(Correction).describe('Corrections from the front matter, oldest first.'),
});
export type Source = z.infer<typeof Source>;

/** Why a claim belongs to a topic. */
export const TopicMatch = z.object({
  topic: z.string().describe('Topic id.'),
  terms: z.array(z.string()).min(1).describe('The topic terms or entities found in the claim.'),
});
export type TopicMatch = z.infer<typeof TopicMatch>;

/**
 * The attribution passes, most precise first: each names how a speaker was
 * found, so that a wrong speaker can be traced to the pass that chose it.
 */
export const SpeakerPass = z
  .enum([
    'script-label',
    'cue-after-quote',
    'cue-before-quote',
    'colon-introduction',
    'reported-speech',
    'according-to',
    'unnamed-source',
    'sentence-subject',
    'quote-continues',
    'next-quote',
    'paragraph-subject',
  ])
  .describe(
    'How the speaker was found: a script label ("KIM:"); a speech verb after the quote (`…," she said`); before it (`Putin said: “…`); ending the paragraph before with a colon (`Cruz continued:`); reported speech ("X said that …"); "according to X"; an unnamed source ("officials said"); the subject of the sentence around a partial quote; a quote continuing the speaker of the quote before it (same or previous paragraph); the speaker of the next quote in the same sentence; the subject of the paragraph before, for a paragraph of quotations with no cue.',
  );
export type SpeakerPass = z.infer<typeof SpeakerPass>;

/** A day a sentence names, as written and as a date. */
export const ClaimDate = z.object({
  phrase: z.string().min(1).describe('The phrase as written: "on Wednesday", "September 13, 2023", "yesterday".'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('The day it names, as an ISO date.'),
});
export type ClaimDate = z.infer<typeof ClaimDate>;

/** One sentence of an article, with who claims it. */
export const Claim = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .describe('Stable, content-derived id: `<source id>-<hash of the sentence>`, unique in the briefing.'),
  source: z.string().describe('Source id.'),
  paragraph: z.number().int().positive().describe('1-based paragraph of the cleaned article text.'),
  line: z.number().int().positive().describe('1-based line of the source file where the sentence starts.'),
  text: z.string().min(1).describe('The sentence exactly as in the source.'),
  kind: ClaimKind,
  speaker: z.string().nullable().describe('Canonical name of who claims it; null when the outlet itself narrates.'),
  role: z.string().nullable().describe('The speaker\'s role or title as the article gives it: "White House National Security Council spokesperson".'),
  speakerPass: SpeakerPass.nullable().describe('The attribution pass that decided the speaker (see `SpeakerPass`); null when there is no speaker.'),
  cue: z.string().nullable().describe('The attribution cue as written: "told", "said", "according to".'),
  attribution: z.string().nullable().describe('The channel or authority as written: "according to South Korean and Japanese authorities".'),
  quotes: z.array(z.string()).describe('Quoted words in the sentence, exactly as written, without the quotation marks.'),
  hedges: z.array(z.string()).describe('Hedge words found: likely, could, may, expected to, reportedly, …'),
  denials: z.array(z.string()).describe('Denials reported in the sentence, as written: "both countries have denied such intentions".'),
  channels: z.array(z.string()).describe('Entities in the chain of channels, in order: the Kremlin, then the Washington Post.'),
  selector: z
    .object({
      start: z.number().int().nonnegative().describe('TextPosition: offset of the first character in `sources[].text`.'),
      end: z.number().int().positive().describe('TextPosition: offset after the last character.'),
      prefix: z.string().describe('TextQuote: up to 32 characters before it.'),
      suffix: z.string().describe('TextQuote: up to 32 characters after it.'),
    })
    .describe(
      "Where the sentence is, W3C Web Annotation style (TextPosition and TextQuote selectors), so the claim can be found again if the source changes. The TextQuote's `exact` is the claim's `text` (equal to `sources[].text` from `start` to `end`), not stored twice.",
    ),
  entities: z.array(z.string()).describe('Canonical names of the entities the sentence mentions, in order of first mention.'),
  topics: z.array(TopicMatch).describe('Topics the claim belongs to, with the terms that matched.'),
  dates: z
    .array(ClaimDate)
    .describe(
      'The days the sentence names, in text order: calendar dates and weekday phrases read against the article\'s publication date ("on Tuesday": the last Tuesday on or before it). Without a publication date only dates with a year count.',
    ),
  support: z
    .enum(SUPPORT_LEVELS)
    .describe(
      'What other outlets in the briefing make of it: single-source (none carries it), corroborated, discrepant (told with different numbers, times or details) or contradicted. See `relations`.',
    ),
});
export type Claim = z.infer<typeof Claim>;

/** A quotation: one run of quoted words, which may span sentences. */
export const Quote = z.object({
  source: z.string().describe('Source id.'),
  paragraph: z.number().int().positive().describe('1-based paragraph of the cleaned article text where the quotation opens.'),
  text: z.string().min(1).describe('The quoted words, without quotation marks or a trailing comma.'),
  speaker: z.string().nullable().describe('Canonical name of the speaker; null when the article does not say.'),
  speakerPass: SpeakerPass.nullable().describe('The attribution pass that decided the speaker; null when there is none.'),
  partial: z.boolean().describe("A few quoted words inside the outlet's own sentence, rather than a quoted statement."),
  claims: z.array(z.string()).min(1).describe('Ids of the claims (sentences) the quotation spans.'),
});
export type Quote = z.infer<typeof Quote>;

/** A difference between two accounts of the same thing, as written in each. */
export const Discrepancy = z.object({
  kind: z.enum(['number', 'time', 'detail']).describe('What differs: a number, a time, or a detail such as a qualifier.'),
  a: z.string().describe('The phrase in claim `a`.'),
  b: z.string().describe('The phrase in claim `b`.'),
});
export type Discrepancy = z.infer<typeof Discrepancy>;

/** What a relation rests on: the phrases both accounts share, and the negation one adds. */
export const RelationEvidence = z.object({
  aligned: z
    .array(z.object({ a: z.string().describe('As written in claim `a`.'), b: z.string().describe('As written in claim `b`.') }))
    .min(1)
    .describe('The phrases the two accounts share, in the order of `a`: the same words, or the same content words in the same order.'),
  sameWords: z.boolean().describe('The shared phrase is a run of at least five identical words.'),
  negation: z
    .object({ in: z.enum(['a', 'b']).describe('The claim that negates.'), phrase: z.string().describe('The negation as written, with the words after it.') })
    .nullable()
    .describe('For `contradicts`: the negation (or opposite) inside the shared part of one account only; null otherwise.'),
});
export type RelationEvidence = z.infer<typeof RelationEvidence>;

/** Two claims from different sources of one story that report the same specific claim. */
export const ClaimRelation = z.object({
  a: z.string().describe('Claim ids; `a` sorts before `b`.'),
  b: z.string().describe('Claim id of the other claim.'),
  relation: z.enum(RELATION_NAMES).describe('How `b` relates to `a`.'),
  score: z.number().min(0).max(1).describe('Similarity, 0–1 (IDF-weighted term overlap).'),
  sameRemark: z.boolean().describe('Both quote the same speaker: the same remark, perhaps in another wording or translation.'),
  discrepancies: z.array(Discrepancy).describe('What the two tell differently; empty for the same remark.'),
  terms: z.array(z.string()).describe('The terms the two claims share (stemmed; entities as `@Name`).'),
  evidence: RelationEvidence.describe('Why the two are the same claim, as a reader can check it.'),
});
export type ClaimRelation = z.infer<typeof ClaimRelation>;

/** A story: articles of the briefing that tell the same event or development. Claims are compared only within one. */
export const Story = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe("Stable id made from its first article's headline (or id), unique in the briefing; the page is `/stories/<id>/`."),
  title: z.string().min(1).describe("The headline of its earliest article that has one (by date, then id); the earliest article's id when none has."),
  sources: z.array(z.string()).min(1).describe('Source ids, sorted.'),
  outlets: z.array(z.string()).describe('The outlets that tell it, sorted; articles without an outlet are left out.'),
  first: IsoDate.nullable().describe('The earliest publication date among its articles; null when none is dated.'),
  last: IsoDate.nullable().describe('The latest publication date among its articles; null when none is dated.'),
  terms: z.array(z.string()).describe('The words its articles share and weigh most, most distinctive first, as written: why they were grouped.'),
  relations: z.number().int().nonnegative().describe('How many relations link claims of its articles.'),
});
export type Story = z.infer<typeof Story>;

/** How an article describes an entity: "North Korean dictator Kim Jong Un", "Kim's regime". */
export const Framing = z.object({
  entity: z.string().describe('Canonical name of the entity described.'),
  source: z.string().describe('Source id.'),
  claim: z.string().describe('The claim (sentence) the phrase is in.'),
  phrase: z.string().describe('The phrase as written.'),
});
export type Framing = z.infer<typeof Framing>;

/** A topic as defined in `content/topics/`, with the claims it gathered. */
export const TopicSummary = z.object({
  id: z.string().describe("Topic id: the topic file's name."),
  title: z.string().describe('From the topic file.'),
  summary: z.string().describe('From the topic file.'),
  claims: z.array(z.string()).describe('Claim ids, in briefing order.'),
});
export type TopicSummary = z.infer<typeof TopicSummary>;

/** A canonical entity and where it speaks or is mentioned. */
export const EntitySummary = z.object({
  name: z.string().describe('Canonical name.'),
  kind: z.enum(['person', 'organisation', 'place', 'country', 'group']).describe('What sort of entity it is.'),
  discovered: z.boolean().describe('True when the entity is not in the entity list but was found as a speaker.'),
  speaks: z.array(z.string()).describe('Ids of claims it is the speaker of.'),
  mentioned: z.array(z.string()).describe('Ids of claims that mention it.'),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** The manifest: everything the build found, as data. */
export const Briefing = z
  .object({
    schemaVersion: z
      .literal(2)
      .describe("Version of this schema; it changes when a field changes meaning or is removed. 2: claims' `selector.exact` removed (it was `text` again)."),
    title: z.string().describe('The briefing\'s title, from `briefing.yaml`; without one, made from its stories ("10 stories, April 2011 – January 2019").'),
    summary: z
      .string()
      .describe(
        'The briefing\'s summary, from `briefing.yaml`; without one, made from its stories ("30 articles from 3 outlets on 10 stories, April 2011 – January 2019.").',
      ),
    sources: z.array(Source).describe('One per article, sorted by id.'),
    claims: z.array(Claim).describe('One per sentence of story text, in source and reading order.'),
    quotes: z.array(Quote).describe('Every quotation, in reading order.'),
    stories: z.array(Story).describe('The articles grouped into stories, by first date, then id.'),
    relations: z.array(ClaimRelation).describe('Claims of different sources of one story that tell the same specific claim.'),
    framing: z.array(Framing).describe('How each article describes the entities it mentions.'),
    topics: z.array(TopicSummary).describe('Topics in navigation order.'),
    entities: z.array(EntitySummary).describe('Listed and discovered entities that speak or are mentioned, by name.'),
  })
  .meta({
    title: 'Briefing manifest',
    description: 'briefing.json: the sources, claims, quotations, cross-outlet relations, framing, topics and entities of a briefing.',
  });
export type Briefing = z.infer<typeof Briefing>;
