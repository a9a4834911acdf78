/**
 * One article through the stages that need only itself:
 *
 *   headline → clean → attribution (segment, people, quotes, speakers,
 *   statements) → claims (stable ids, selectors, topics, framing) → corrections → coverage.
 *
 * What needs every article — stories, matching, support — is
 * `annotate-briefing.ts`'s.
 */
import { hash } from 'node:crypto';
import type { Claim, EntitySummary, Framing, Quote, Source } from '../schema/briefing.ts';
import type { OutletSignatures } from '../schema/content.ts';
import { analyseArticle, type ArticleAnalysis } from './attribution.ts';
import { cleanParagraphs, type BoilerplateRule, type StoryParagraph } from './clean.ts';
import { resolveCorrections } from './corrections.ts';
import { coverageProblems } from './coverage.ts';
import { datePhrases } from './dates.ts';
import type { EmitParagraph } from './emit.ts';
import type { EntityMatcher } from './entities.ts';
import type { FramingFinder } from './framing.ts';
import { detectDateline, detectHeadline } from './headline.ts';
import type { IngestedArticle } from './ingest.ts';
import type { MatchInput } from './match.ts';
import type { TopicMatcher } from './topics.ts';

/** What every article is read with: the briefing's definitions, compiled once. */
export interface ArticleContext {
  matcher: EntityMatcher;
  topicMatcher: TopicMatcher;
  framingFinder: FramingFinder;
  boilerplate: readonly BoilerplateRule[];
  outletSignals: readonly { name: string; signals: RegExp[] }[];
}

/** An article read: its manifest records, what matching needs, and what emitting needs. */
export interface ReadArticle {
  source: Source;
  claims: Claim[];
  quotes: Quote[];
  framing: Framing[];
  matchInputs: MatchInput[];
  /** Its paragraphs with their claims, for the MDX. */
  paragraphs: EmitParagraph[];
  /** Speakers found in the text and not in the entity list, with their kind. */
  discovered: Map<string, EntitySummary['kind']>;
}

/** Characters of context kept before and after a claim in its TextQuote selector. */
const SELECTOR_CONTEXT = 32;
/** One-shot hashing: a third of `createHash().update().digest()`'s time, the same digest. */
export const sha256 = (data: Uint8Array | string) => hash('sha256', data, 'hex');
/** Runs of white space as one space; most sentences have none to change, and testing is cheaper than replacing. */
const singleSpaced = (text: string) => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text);
const countNewlines = (text: string) => text.split('\n').length - 1;

/** Compiles the outlet signatures of `outlets.yaml`. */
export function compileOutletSignals(outlets: OutletSignatures): ArticleContext['outletSignals'] {
  return outlets.map((outlet) => ({ name: outlet.name, signals: outlet.signals.map((signal) => new RegExp(signal, 'iu')) }));
}

/** Reads one ingested article: every sentence a claim, every quotation with its speaker. */
export function readArticle(id: string, file: string, bytes: Uint8Array, article: IngestedArticle, context: ArticleContext): ReadArticle {
  const headline = detectHeadline(article.paragraphs, article.frontMatter);
  const story = article.paragraphs.filter((p) => p !== headline.titleParagraph && p !== headline.bylineParagraph);
  const cleaned = cleanParagraphs(story, context.boilerplate);
  const removed = [...cleaned.removed];
  if (headline.bylineParagraph)
    removed.unshift({ line: headline.bylineParagraph.line, text: headline.bylineParagraph.text, reason: 'byline: metadata, not a claim', rule: 'byline' });
  removed.sort((a, b) => a.line - b.line);
  const dateline = cleaned.kept[0] ? detectDateline(cleaned.kept[0].text) : null;
  const outlet =
    article.frontMatter.outlet ??
    context.outletSignals.find((outlet) => outlet.signals.some((signal) => signal.test(article.text)))?.name ??
    dateline?.agency ??
    null;

  const analysis = analyseArticle(cleaned.kept, context.matcher);
  // The cleaned text that selectors point into: story paragraphs joined by blank lines.
  const paragraphStarts: number[] = [];
  let cleanText = '';
  for (const p of cleaned.kept) {
    if (cleanText.length > 0) cleanText += '\n\n';
    paragraphStarts.push(cleanText.length);
    cleanText += p.text;
  }
  const published = article.frontMatter.published ?? null;
  const read = claimsOf(id, cleaned.kept, paragraphStarts, cleanText, published, analysis, context);
  const source: Source = {
    id,
    file,
    title: headline.title,
    titleFrom: headline.titleFrom,
    outlet,
    published,
    url: article.frontMatter.url ?? null,
    byline: headline.byline,
    contributors: [...new Set([...(article.frontMatter.contributors ?? []), ...cleaned.contributors])],
    sha256: sha256(bytes),
    dateline,
    text: cleanText,
    paragraphs: cleaned.kept.length,
    words: cleaned.kept.reduce((sum, p) => sum + (p.text.match(/\S+/g)?.length ?? 0), 0),
    removed,
    corrections: resolveCorrections(file, article.text, article.frontMatter.corrections, read.claims),
  };
  const problems = coverageProblems(article.text, source, read.claims);
  if (problems.length > 0)
    throw new Error(`Internal error: the annotations of ${file} lose or repeat text (a bug, not a content mistake):\n${problems.join('\n')}`);
  return { source, ...read };
}

/** The claims and quotes of an analysed article: ids from the sentences' words, selectors into the cleaned text, topics. */
function claimsOf(
  id: string,
  kept: readonly StoryParagraph[],
  paragraphStarts: readonly number[],
  cleanText: string,
  published: string | null,
  analysis: ArticleAnalysis,
  context: ArticleContext,
): Omit<ReadArticle, 'source'> {
  const { matcher, topicMatcher, framingFinder } = context;
  const admitted = topicMatcher.admits(cleanText, [...new Set(analysis.sentences.flatMap((sentence) => sentence.entities))]);
  const claims: Claim[] = [];
  const framing: Framing[] = [];
  const matchInputs: MatchInput[] = [];
  const discovered = new Map<string, EntitySummary['kind']>();
  const sentenceIds: string[] = [];
  const used = new Set<string>();
  const paragraphs: EmitParagraph[] = kept.map((p) => ({ text: p.text, claims: [] }));
  for (const sentence of analysis.sentences) {
    const paragraph = kept[sentence.paragraph]!;
    // Stable while the sentence is unchanged: its own words, not its place, make its id.
    const base = `${id}-${sha256(singleSpaced(sentence.text)).slice(0, 8)}`;
    let claimId = base;
    for (let n = 2; used.has(claimId); n++) claimId = `${base}-${n}`;
    used.add(claimId);
    sentenceIds.push(claimId);
    if (sentence.speaker?.discovered) discovered.set(sentence.speaker.name, sentence.speaker.kind ?? 'person');
    const start = paragraphStarts[sentence.paragraph]! + sentence.range.start;
    const end = paragraphStarts[sentence.paragraph]! + sentence.range.end;
    const mentions = sentence.mentions;
    const claim: Claim = {
      id: claimId,
      source: id,
      paragraph: sentence.paragraph + 1,
      line: paragraph.line + countNewlines(paragraph.text.slice(0, sentence.range.start)),
      text: sentence.text,
      kind: sentence.kind,
      speaker: sentence.speaker?.name ?? null,
      role: sentence.speaker?.role ?? null,
      speakerPass: sentence.speaker ? sentence.pass : null,
      cue: sentence.cue,
      attribution: sentence.attribution,
      quotes: sentence.quotes,
      hedges: sentence.hedges,
      denials: sentence.denials,
      channels: sentence.attribution && sentence.cue !== 'according to' ? [...new Set(matcher.find(sentence.attribution).map((m) => m.name))] : [],
      selector: {
        start,
        end,
        prefix: cleanText.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
        suffix: cleanText.slice(end, end + SELECTOR_CONTEXT),
      },
      entities: sentence.entities,
      topics: topicMatcher.match(sentence.text, sentence.entities, admitted),
      dates: datePhrases(sentence.text, published).map(({ phrase, date }) => ({ phrase, date })),
      // Set once every article is read and matched.
      support: 'single-source',
    };
    claims.push(claim);
    matchInputs.push({ id: claimId, source: id, text: sentence.text, kind: sentence.kind, speaker: claim.speaker, quotes: sentence.quotes, mentions });
    for (const found of framingFinder.find(sentence.text, mentions)) framing.push({ entity: found.entity, source: id, claim: claimId, phrase: found.phrase });
    paragraphs[sentence.paragraph]!.claims.push({ claim, start: sentence.range.start, end: sentence.range.end });
  }
  const quotes: Quote[] = analysis.quotes.map((quote) => ({
    source: id,
    paragraph: quote.paragraph + 1,
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    speakerPass: quote.speaker ? quote.pass : null,
    partial: quote.partial,
    claims: quote.sentences.map((index) => sentenceIds[index]!),
  }));
  return { claims, quotes, framing, matchInputs, paragraphs, discovered };
}
