/**
 * The whole pipeline as one pure function: article texts and the briefing's
 * definitions in; the manifest and one annotated MDX text per article out.
 * ingest → each article (`article.ts`) → stories → match → support → emit (MDX and HTML).
 */
import type { Root } from 'mdast';
import type { Briefing, Claim, ClaimRelation, EntitySummary, Source } from '../schema/briefing.ts';
import type { BriefingMeta, EntityList, OutletSignatures } from '../schema/content.ts';
import { collectContentError, ContentError, ContentErrors } from '../schema/content-error.ts';
import { compileOutletSignals, readArticle, sha256, type ArticleContext, type ReadArticle } from './article.ts';
import type { BoilerplateRule } from './clean.ts';
import { decodeText } from './decode.ts';
import { annotatedTree, toMdx, type EmitInput, type EmitParagraph } from './emit.ts';
import { createEntityMatcher } from './entities.ts';
import { footnoteFor, MAX_CROSS_REFERENCES, type CrossReference, type FootnoteContext } from './footnote.ts';
import { createFramingFinder } from './framing.ts';
import { ingestArticle, type IngestedArticle } from './ingest.ts';
import { matchClaims } from './match.ts';
import { renderArticleHtml } from './render-html.ts';
import { byRelationStrength, RELATIONS, SUPPORT_LEVELS } from '../vocabulary/relations.ts';
import { claimAnchor, relativeRoute, routes } from '../vocabulary/routes.ts';
import { describeBriefing, describeStories, groupStories } from './stories.ts';
import { createTopicMatcher, sortTopics, type Topic } from './topics.ts';

export interface ArticleFile {
  /** File name inside `articles/`. */
  file: string;
  /** Raw bytes of the file. */
  bytes: Uint8Array;
}

export interface BriefingDefinitions {
  /** Title and summary (`briefing.yaml`); null when the folder has none: the stories describe the briefing. */
  meta: BriefingMeta | null;
  topics: Topic[];
  entities: EntityList;
  outlets: OutletSignatures;
  boilerplate: BoilerplateRule[];
  /** Words that frame an entity (`framing.yaml`). */
  framing: string[];
}

/** The analysis of a briefing, before any MDX is written. */
export interface AnalysedBriefing {
  briefing: Briefing;
  /** Per article, in source order: its outlet and its paragraphs with their claims, for emitting. */
  articles: { id: string; outlet: string | null; paragraphs: EmitParagraph[] }[];
}

export interface AnnotatedBriefing {
  briefing: Briefing;
  /** Annotated MDX by source id. */
  mdx: Map<string, string>;
  /** The HTML of each article's body, rendered from the same tree as its MDX, by source id. */
  html: Map<string, string>;
}

/**
 * Results of earlier builds, by a key that digests everything a result is computed from
 * (`cacheKey`): an article read (its file's name and bytes, and the definitions), and an
 * article emitted (its paragraphs, claims and cross-references). The code that computes
 * them is not in the key: a cache is only ever opened for one version of the pipeline
 * (`src/content-fs/annotation-cache.ts`). `get` returns a fresh copy, or undefined.
 */
export interface AnnotationCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** What a cache entry holds: an article read (`read-…`), or its MDX and HTML (`emit-…`). */
export const CACHE_KINDS = ['read', 'emit'] as const;

/**
 * A cache key: the kind of result, then the SHA-256 of the inputs written out as JSON, with
 * Maps, Sets, patterns and bytes spelled out. Not `v8.serialize`: it writes the same number
 * as an integer or as a double depending on how it was made, so equal inputs could differ.
 */
const cacheKey = (kind: (typeof CACHE_KINDS)[number], inputs: unknown): string =>
  `${kind}-${sha256(
    JSON.stringify(inputs, (_key, value: unknown) =>
      value instanceof Map
        ? ['Map', [...value]]
        : value instanceof Set
          ? ['Set', [...value]]
          : value instanceof RegExp
            ? ['RegExp', value.source, value.flags]
            : value instanceof Uint8Array
              ? ['bytes', sha256(value)]
              : value,
    ),
  )}`;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A source id from a file name: lower case, letters, digits, `_` and `-`. */
export function sourceIdFor(file: string): string {
  return file
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
}

/** An article file decoded and ingested. */
export interface IngestedFile extends ArticleFile {
  article: IngestedArticle;
}

/**
 * Decodes and ingests every article, in file-name order, checking names, ids,
 * encodings and front matter. Throws ContentErrors listing every mistake of
 * every file, so that all can be fixed in one go. Files that `known` says were read
 * before, unchanged, have their names checked only (`article` is then null).
 */
export function ingestArticles(files: readonly ArticleFile[]): IngestedFile[];
export function ingestArticles(files: readonly ArticleFile[], known: (file: ArticleFile) => boolean): (ArticleFile & { article: IngestedArticle | null })[];
export function ingestArticles(
  files: readonly ArticleFile[],
  known: (file: ArticleFile) => boolean = () => false,
): (ArticleFile & { article: IngestedArticle | null })[] {
  const errors: ContentError[] = [];
  const ingested: (ArticleFile & { article: IngestedArticle | null })[] = [];
  const seenIds = new Map<string, string>();
  for (const entry of [...files].sort((a, b) => byString(a.file, b.file))) {
    const { file, bytes } = entry;
    try {
      const id = sourceIdFor(file);
      if (id === '') throw new ContentError(file, undefined, 'Unexpected file name: expected letters or digits to make an id from');
      const clash = seenIds.get(id);
      if (clash) throw new ContentError(file, undefined, `Unexpected duplicate article id "${id}": ${clash} has the same id; rename one of them`);
      seenIds.set(id, file);
      ingested.push({ file, bytes, article: known(entry) ? null : ingestArticle(file, decodeText(file, bytes)) });
    } catch (error) {
      collectContentError(error, errors);
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return ingested;
}

/** The whole pipeline: analysis, then one annotated MDX per article. */
export function annotateBriefing(files: readonly ArticleFile[], definitions: BriefingDefinitions): AnnotatedBriefing {
  const analysed = analyseBriefing(files, definitions);
  return { briefing: analysed.briefing, ...emitBriefing(analysed) };
}

/**
 * Every claim of every article, as data: each article through its own stages
 * (`article.ts`: headline → clean → attribution → claims), then what needs
 * them all — stories, then relations within each story, then each claim's
 * support, the entities and the topics.
 */
export function analyseBriefing(files: readonly ArticleFile[], definitions: BriefingDefinitions, cache?: AnnotationCache): AnalysedBriefing {
  const topics = sortTopics(definitions.topics);
  const context: ArticleContext = {
    matcher: createEntityMatcher(definitions.entities),
    topicMatcher: createTopicMatcher(topics),
    framingFinder: createFramingFinder(definitions.framing),
    boilerplate: definitions.boilerplate,
    outletSignals: compileOutletSignals(definitions.outlets),
  };
  // An article read before, from the same bytes under the same name and definitions, comes
  // from the cache (by file name: names are unique in a folder).
  const definitionsKey = cache ? cacheKey('read', definitions) : '';
  const hits = new Map<string, ReadArticle>();
  const keys = new Map<string, string>();
  for (const { file, bytes } of cache ? files : []) {
    const key = cacheKey('read', [definitionsKey, file, sha256(bytes)]);
    keys.set(file, key);
    const hit = cache!.get(key) as ReadArticle | undefined;
    if (hit) hits.set(file, hit);
  }
  const read = ingestArticles(files, ({ file }) => hits.has(file)).map(({ file, bytes, article }) => {
    if (article === null) return hits.get(file)!;
    const fresh = readArticle(sourceIdFor(file), file, bytes, article, context);
    const key = keys.get(file);
    if (key) cache!.set(key, fresh);
    return fresh;
  });
  const sources = read.map((article) => article.source);
  const claims = read.flatMap((article) => article.claims);
  const quotes = read.flatMap((article) => article.quotes);
  const framing = read.flatMap((article) => article.framing);
  const articles = read.map((article) => ({ id: article.source.id, outlet: article.source.outlet, paragraphs: article.paragraphs }));
  const discovered = new Map(read.flatMap((article) => [...article.discovered]));

  const grouped = groupStories(sources.map((source) => ({ id: source.id, published: source.published, title: source.title, text: source.text })));
  const storyOf = new Map<string, number>();
  for (const [index, story] of grouped.entries()) for (const source of story.sources) storyOf.set(source, index);
  const relations = matchClaims(read.flatMap((article) => article.matchInputs.map((input) => ({ ...input, story: storyOf.get(input.source)! }))));
  setSupport(claims, relations);
  const entities = summariseEntities(claims, definitions.entities, discovered);
  const sourceOfClaim = new Map(claims.map((claim) => [claim.id, claim.source]));
  const relationsByStory = new Map<number, number>();
  for (const relation of relations) {
    const story = storyOf.get(sourceOfClaim.get(relation.a)!)!;
    relationsByStory.set(story, (relationsByStory.get(story) ?? 0) + 1);
  }
  const stories = describeStories(grouped, sources, (members) => relationsByStory.get(storyOf.get(members[0]!)!) ?? 0);
  const meta = definitions.meta ?? describeBriefing(stories, sources);
  const briefing: Briefing = {
    schemaVersion: 2,
    title: meta.title,
    summary: meta.summary,
    sources,
    claims,
    quotes,
    stories,
    relations,
    framing,
    topics: topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      summary: topic.summary,
      claims: claims.filter((claim) => claim.topics.some((match) => match.topic === topic.id)).map((claim) => claim.id),
    })),
    entities,
  };
  return { briefing, articles };
}

/** Each claim's support: the strongest relation it takes part in (a contradiction outranks a discrepancy, which outranks corroboration). */
function setSupport(claims: readonly Claim[], relations: readonly ClaimRelation[]): void {
  const support = new Map<string, Claim['support']>();
  const order: readonly Claim['support'][] = SUPPORT_LEVELS;
  for (const relation of relations) {
    const level: Claim['support'] = RELATIONS[relation.relation].support;
    for (const id of [relation.a, relation.b]) {
      if (order.indexOf(level) > order.indexOf(support.get(id) ?? 'single-source')) support.set(id, level);
    }
  }
  for (const claim of claims) claim.support = support.get(claim.id) ?? 'single-source';
}

/** One annotated MDX text per article, its footnotes linking related claims and topics, and the HTML it renders to. */
export function emitBriefing(analysed: AnalysedBriefing): Pick<AnnotatedBriefing, 'mdx' | 'html'> {
  const mdx = new Map<string, string>();
  const html = new Map<string, string>();
  for (const article of emitArticles(analysed)) {
    mdx.set(article.id, article.mdx);
    html.set(article.id, article.html);
  }
  return { mdx, html };
}

/** An article's outputs: its annotated MDX and the HTML of its body, from the same tree. */
export interface EmittedArticle {
  id: string;
  mdx: string;
  html: string;
}

/**
 * `emitBriefing` one article at a time, in source order, so that a caller can write each
 * and let it go: at 10,000 articles the texts together are ~0.8 GB. With a cache, an
 * article whose paragraphs, claims and cross-references are those of an earlier build
 * is not emitted again.
 */
export function* emitArticles(analysed: AnalysedBriefing, cache?: AnnotationCache): Generator<EmittedArticle> {
  for (const { id, inputs, tree } of articleEmissions(analysed)) {
    const key = cache ? cacheKey('emit', inputs) : undefined;
    const hit = key ? (cache!.get(key) as Omit<EmittedArticle, 'id'> | undefined) : undefined;
    if (hit) {
      yield { id, mdx: hit.mdx, html: hit.html };
      continue;
    }
    const built = tree();
    const emitted = { mdx: toMdx(built), html: renderArticleHtml(built) };
    if (key) cache!.set(key, emitted);
    yield { id, ...emitted };
  }
}

/** Each article's annotated tree, which its MDX and its HTML are written from. */
export function* articleTrees(analysed: AnalysedBriefing): Generator<{ id: string; tree: Root }> {
  for (const { id, tree } of articleEmissions(analysed)) yield { id, tree: tree() };
}

/**
 * Per article: everything its tree is made from, as data (`inputs`: what an emission
 * cache key digests), and the tree, made on demand.
 */
function* articleEmissions({ briefing, articles }: AnalysedBriefing): Generator<{ id: string; inputs: unknown; tree: () => Root }> {
  const topicTitles = new Map(briefing.topics.map((topic) => [topic.id, topic.title]));
  const crossReferences = crossReferencesOf(briefing.relations, briefing.claims, briefing.sources);
  const singleSourceBriefing = briefing.sources.length < 2;
  for (const article of articles) {
    const page = routes.article(article.id);
    // What each claim's footnote shows of its cross-references (`FootnoteContext`): the
    // strongest few, without their scores, and how many there are. The emission key holds
    // this, so a score or a weaker reference that changes elsewhere does not emit it again.
    const shown = new Map<Claim, Pick<FootnoteContext, 'crossReferences' | 'crossReferenceCount'>>();
    for (const paragraph of article.paragraphs) {
      for (const { claim } of paragraph.claims) {
        const all = crossReferences.get(claim) ?? [];
        shown.set(claim, { crossReferences: all.slice(0, MAX_CROSS_REFERENCES).map(({ score: _score, ...rest }) => rest), crossReferenceCount: all.length });
      }
    }
    const input: EmitInput = {
      sourceId: article.id,
      paragraphs: article.paragraphs,
      footnote: (claim) =>
        footnoteFor(claim, {
          outlet: article.outlet,
          topicTitles,
          topicHref: (topic) => relativeRoute(page, routes.topic(topic)),
          claimHref: (other) => relativeRoute(page, routes.article(other.source), claimAnchor(other.id)),
          ...shown.get(claim)!,
          singleSourceBriefing,
        }),
    };
    yield {
      id: article.id,
      inputs: [article.id, article.outlet, article.paragraphs, [...shown.values()], topicTitles, singleSourceBriefing],
      tree: () => annotatedTree(input),
    };
  }
}

/** For each claim, the claims of other sources related to it, in the order the site lists them too (`byRelationStrength`). */
function crossReferencesOf(relations: readonly ClaimRelation[], claims: readonly Claim[], sources: readonly Source[]): Map<Claim, CrossReference[]> {
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  // Keyed by the claim object: looked up once per claim while emitting, and
  // identity lookups cost a fraction of hashing ids in a heap this size.
  const references = new Map<Claim, CrossReference[]>();
  const add = (fromId: string, to: string, relation: ClaimRelation, flip: boolean) => {
    const from = claimById.get(fromId)!;
    const other = claimById.get(to)!;
    const source = sourceById.get(other.source)!;
    const list = references.get(from) ?? [];
    list.push({
      other: { id: other.id, source: other.source },
      label: `${source.outlet ?? source.title ?? source.id} ¶${other.paragraph}`,
      relation: relation.relation,
      sameRemark: relation.sameRemark,
      sameWords: from.text === other.text,
      score: relation.score,
      discrepancies: relation.discrepancies.map((d) => (flip ? { kind: d.kind, a: d.b, b: d.a } : d)),
      evidence: flip
        ? {
            aligned: relation.evidence.aligned.map((phrase) => ({ a: phrase.b, b: phrase.a })),
            sameWords: relation.evidence.sameWords,
            negation: relation.evidence.negation && { in: relation.evidence.negation.in === 'a' ? 'b' : 'a', phrase: relation.evidence.negation.phrase },
          }
        : relation.evidence,
    });
    references.set(from, list);
  };
  for (const relation of relations) {
    add(relation.a, relation.b, relation, false);
    add(relation.b, relation.a, relation, true);
  }
  for (const list of references.values()) list.sort(byRelationStrength);
  return references;
}

/** Every listed entity that speaks or is mentioned, plus discovered speakers, by name. */
function summariseEntities(claims: readonly Claim[], listed: EntityList, discovered: ReadonlyMap<string, EntitySummary['kind']>): EntitySummary[] {
  const summaries = new Map<string, EntitySummary>();
  const entry = (name: string, kind: EntitySummary['kind'], isDiscovered: boolean) => {
    let summary = summaries.get(name);
    if (!summary) summaries.set(name, (summary = { name, kind, discovered: isDiscovered, speaks: [], mentioned: [] }));
    return summary;
  };
  const kinds = new Map(listed.map((entity) => [entity.name, entity.kind]));
  for (const claim of claims) {
    for (const name of claim.entities) {
      const kind = kinds.get(name);
      if (kind) entry(name, kind, false).mentioned.push(claim.id);
    }
    if (claim.speaker === null) continue;
    const kind = kinds.get(claim.speaker) ?? discovered.get(claim.speaker);
    if (kind) entry(claim.speaker, kind, !kinds.has(claim.speaker)).speaks.push(claim.id);
  }
  return [...summaries.values()].sort((a, b) => byString(a.name, b.name));
}
