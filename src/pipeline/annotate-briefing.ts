/**
 * The whole pipeline as one pure function: article texts and the briefing's
 * definitions in; the manifest and one annotated MDX text per article out.
 * ingest → each article (`article.ts`) → stories → match → support → emit (MDX and HTML).
 */
import type { Briefing, Claim, ClaimRelation, EntitySummary, Source } from '../schema/briefing.ts';
import type { BriefingMeta, EntityList, OutletSignatures } from '../schema/content.ts';
import { collectContentError, ContentError, ContentErrors } from '../schema/content-error.ts';
import { compileOutletSignals, readArticle, type ArticleContext } from './article.ts';
import type { BoilerplateRule } from './clean.ts';
import { decodeText } from './decode.ts';
import { annotatedTree, toMdx, type EmitParagraph } from './emit.ts';
import { createEntityMatcher } from './entities.ts';
import { footnoteFor, type CrossReference } from './footnote.ts';
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
 * every file, so that all can be fixed in one go.
 */
export function ingestArticles(files: readonly ArticleFile[]): IngestedFile[] {
  const errors: ContentError[] = [];
  const ingested: IngestedFile[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, bytes } of [...files].sort((a, b) => byString(a.file, b.file))) {
    try {
      const id = sourceIdFor(file);
      if (id === '') throw new ContentError(file, undefined, 'Unexpected file name: expected letters or digits to make an id from');
      const clash = seenIds.get(id);
      if (clash) throw new ContentError(file, undefined, `Unexpected duplicate article id "${id}": ${clash} has the same id; rename one of them`);
      seenIds.set(id, file);
      ingested.push({ file, bytes, article: ingestArticle(file, decodeText(file, bytes)) });
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
export function analyseBriefing(files: readonly ArticleFile[], definitions: BriefingDefinitions): AnalysedBriefing {
  const topics = sortTopics(definitions.topics);
  const context: ArticleContext = {
    matcher: createEntityMatcher(definitions.entities),
    topicMatcher: createTopicMatcher(topics),
    framingFinder: createFramingFinder(definitions.framing),
    boilerplate: definitions.boilerplate,
    outletSignals: compileOutletSignals(definitions.outlets),
  };
  const read = ingestArticles(files).map(({ file, bytes, article }) => readArticle(sourceIdFor(file), file, bytes, article, context));
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
 * and let it go: at 10,000 articles the texts together are ~0.8 GB.
 */
export function* emitArticles({ briefing, articles }: AnalysedBriefing): Generator<EmittedArticle> {
  const topicTitles = new Map(briefing.topics.map((topic) => [topic.id, topic.title]));
  const crossReferences = crossReferencesOf(briefing.relations, briefing.claims, briefing.sources);
  for (const article of articles) {
    const page = routes.article(article.id);
    const tree = annotatedTree({
      sourceId: article.id,
      paragraphs: article.paragraphs,
      footnote: (claim) =>
        footnoteFor(claim, {
          outlet: article.outlet,
          topicTitles,
          topicHref: (topic) => relativeRoute(page, routes.topic(topic)),
          claimHref: (other) => relativeRoute(page, routes.article(other.source), claimAnchor(other.id)),
          crossReferences: crossReferences.get(claim) ?? [],
          singleSourceBriefing: briefing.sources.length < 2,
        }),
    });
    yield { id: article.id, mdx: toMdx(tree), html: renderArticleHtml(tree) };
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
      other,
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
