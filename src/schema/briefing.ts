/**
 * The manifest contract: `briefing.json`, written by the build script and read by
 * the site. Every field documented here is documented in the README too.
 */
import { z } from 'zod';

/** How a claim is put: by whom, on whose authority, or as the outlet's own words. */
export const ClaimKind = z.enum([
  /** A sentence that is wholly or mainly a quotation of a named speaker. */
  'direct-quote',
  /** A few quoted words inside the outlet's own sentence. */
  'partial-quote',
  /** "X said that …", reported speech without quotation marks. */
  'indirect-statement',
  /** "… according to Y", or "Y has warned that …" with Y an institution. */
  'attributed-report',
  /** "analysts say", "people familiar with …", "an official who spoke on condition of anonymity". */
  'unnamed-source',
  /** The outlet's own judgement: hedged or evaluative, with no source given. */
  'unattributed-assessment',
  /** Plain narration of fact by the outlet. */
  'narration',
]);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** ISO calendar date, e.g. 2023-09-13. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date such as 2023-09-13');

/** A span of source text taken out of the article as boilerplate, kept verbatim. */
export const RemovedText = z.object({
  /** 1-based line in the source file where the removed text starts. */
  line: z.number().int().positive(),
  /** The removed text, exactly as in the source. */
  text: z.string(),
  /** Why it was removed, for readers. */
  reason: z.string(),
  /** The rule that matched: a built-in rule name or `content:<pattern id>`. */
  rule: z.string(),
});
export type RemovedText = z.infer<typeof RemovedText>;

/** One article as ingested. */
export const Source = z.object({
  /** Stable id: the article's file name without extension. */
  id: z.string().min(1),
  /** File name inside `articles/`. */
  file: z.string(),
  /** Headline from front matter or detected in the text; null when the text has none. */
  title: z.string().nullable(),
  /** Where `title` came from. */
  titleFrom: z.enum(['front-matter', 'text', 'none']),
  /** Outlet name, from front matter or an outlet signature in `content/outlets.yaml`. */
  outlet: z.string().nullable(),
  /** Publication date. */
  published: IsoDate.nullable(),
  url: z.url().nullable(),
  byline: z.string().nullable(),
  contributors: z.array(z.string()),
  /** sha256 of the raw file bytes, hex: the fixity of the source. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The article text after cleaning: story paragraphs joined by blank lines. Claim selectors point into it. */
  text: z.string(),
  /** Number of paragraphs of article text after cleaning. */
  paragraphs: z.number().int().nonnegative(),
  /** Number of words of article text after cleaning. */
  words: z.number().int().nonnegative(),
  /** Boilerplate removed from the text, in source order. */
  removed: z.array(RemovedText),
});
export type Source = z.infer<typeof Source>;

/** Why a claim belongs to a topic. */
export const TopicMatch = z.object({
  topic: z.string(),
  /** The topic terms or entities found in the claim. */
  terms: z.array(z.string()).min(1),
});
export type TopicMatch = z.infer<typeof TopicMatch>;

/** One sentence of an article, with who claims it. */
export const Claim = z.object({
  /** Stable, content-derived id: `<source id>-<hash of the sentence>`, unique in the briefing. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** Source id. */
  source: z.string(),
  /** 1-based paragraph of the cleaned article text. */
  paragraph: z.number().int().positive(),
  /** 1-based line of the source file where the sentence starts. */
  line: z.number().int().positive(),
  /** The sentence exactly as in the source. */
  text: z.string().min(1),
  kind: ClaimKind,
  /** Canonical name of who claims it; null when the outlet itself narrates. */
  speaker: z.string().nullable(),
  /** The speaker's role or title as the article gives it: "White House National Security Council spokesperson". */
  role: z.string().nullable(),
  /** The attribution cue as written: "told", "said", "according to". */
  cue: z.string().nullable(),
  /** The channel or authority as written: "according to South Korean and Japanese authorities". */
  attribution: z.string().nullable(),
  /** Quoted words in the sentence, exactly as written, without the quotation marks. */
  quotes: z.array(z.string()),
  /** Hedge words found: likely, could, may, expected to, reportedly, … */
  hedges: z.array(z.string()),
  /** Denials reported in the sentence, as written: "both countries have denied such intentions". */
  denials: z.array(z.string()),
  /** Entities in the chain of channels, in order: the Kremlin, then the Washington Post. */
  channels: z.array(z.string()),
  /**
   * Where the sentence is, W3C Web Annotation style: TextPosition offsets into the
   * source's cleaned text (`sources[].text`) and a TextQuote with some context, so
   * the claim can be found again if the source changes.
   */
  selector: z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  /** Canonical names of the entities the sentence mentions, in order of first mention. */
  entities: z.array(z.string()),
  topics: z.array(TopicMatch),
});
export type Claim = z.infer<typeof Claim>;

/** A quotation: one run of quoted words, which may span sentences. */
export const Quote = z.object({
  source: z.string(),
  /** 1-based paragraph of the cleaned article text where the quotation opens. */
  paragraph: z.number().int().positive(),
  /** The quoted words, without quotation marks or a trailing comma. */
  text: z.string().min(1),
  speaker: z.string().nullable(),
  /** A few quoted words inside the outlet's own sentence, rather than a quoted statement. */
  partial: z.boolean(),
  /** Ids of the claims (sentences) the quotation spans. */
  claims: z.array(z.string()).min(1),
});
export type Quote = z.infer<typeof Quote>;

/** A difference between two accounts of the same thing, as written in each. */
export const Discrepancy = z.object({
  /** What differs: a number, a time, or a detail such as a qualifier. */
  kind: z.enum(['number', 'time', 'detail']),
  /** The phrase in claim `a`. */
  a: z.string(),
  /** The phrase in claim `b`. */
  b: z.string(),
});
export type Discrepancy = z.infer<typeof Discrepancy>;

/** Two claims from different sources about the same thing. */
export const ClaimRelation = z.object({
  /** Claim ids; `a` sorts before `b`. */
  a: z.string(),
  b: z.string(),
  relation: z.enum(['corroborates', 'corroborates-with-discrepancy', 'contradicts']),
  /** Similarity, 0–1 (IDF-weighted term overlap). */
  score: z.number().min(0).max(1),
  /** Both quote the same speaker: the same remark, perhaps in another wording or translation. */
  sameRemark: z.boolean(),
  discrepancies: z.array(Discrepancy),
  /** The terms the two claims share (stemmed; entities as `@Name`). */
  terms: z.array(z.string()),
});
export type ClaimRelation = z.infer<typeof ClaimRelation>;

/** How an article describes an entity: "North Korean dictator Kim Jong Un", "Kim's regime". */
export const Framing = z.object({
  entity: z.string(),
  source: z.string(),
  /** The claim (sentence) the phrase is in. */
  claim: z.string(),
  /** The phrase as written. */
  phrase: z.string(),
});
export type Framing = z.infer<typeof Framing>;

/** A topic as defined in `content/topics/`, with the claims it gathered. */
export const TopicSummary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Claim ids, in briefing order. */
  claims: z.array(z.string()),
});
export type TopicSummary = z.infer<typeof TopicSummary>;

/** A canonical entity and where it speaks or is mentioned. */
export const EntitySummary = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organisation', 'place', 'country', 'group']),
  /** True when the entity is not in the entity list but was found as a speaker. */
  discovered: z.boolean(),
  /** Ids of claims it is the speaker of. */
  speaks: z.array(z.string()),
  /** Ids of claims that mention it. */
  mentioned: z.array(z.string()),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const Briefing = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  summary: z.string(),
  sources: z.array(Source),
  claims: z.array(Claim),
  quotes: z.array(Quote),
  relations: z.array(ClaimRelation),
  framing: z.array(Framing),
  topics: z.array(TopicSummary),
  entities: z.array(EntitySummary),
});
export type Briefing = z.infer<typeof Briefing>;
