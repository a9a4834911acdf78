/**
 * The briefing as the views need it, made from the manifest's data alone (no Astro, no
 * files), so it can be tested directly: indexes by id, deterministic orders, URL slugs,
 * relations seen from either claim, and groups of claims that corroborate each other.
 * No analysis happens here — only look-ups and grouping of what the pipeline found.
 */
import type { Briefing, Claim, ClaimRelation, EntitySummary, Framing, Quote, Source, Story, TopicSummary } from '../schema/briefing.ts';
import { byRelationStrength } from '../vocabulary/relations.ts';
import { slugify } from './slug.ts';

/** The manifest's content, as the site reads it. */
export type BriefingData = Omit<Briefing, 'schemaVersion'>;

/** A relation seen from one of its claims: `here` is that claim's wording, `there` the other's. */
export interface Related {
  other: Claim;
  relation: ClaimRelation['relation'];
  sameRemark: boolean;
  score: number;
  discrepancies: { kind: 'number' | 'time' | 'detail'; here: string; there: string }[];
  /** The phrases the relation rests on, as written in this claim (its evidence). */
  shared: string[];
}

/**
 * Claims that corroborate each other (directly or through a chain), across outlets: one
 * thing reported by several sources. Contradictions do not join groups.
 */
export interface Agreement {
  /** Claims in briefing order. */
  claims: Claim[];
  /** Distinct outlets, sorted by name. */
  outlets: string[];
  /** Every link in the group quotes the same speaker's remark. */
  sameRemark: boolean;
  /** Some link reports the same thing with a different number, time or detail. */
  differs: boolean;
}

export interface EntityView extends EntitySummary {
  /** URL segment, unique in the briefing. */
  slug: string;
}

export interface OutletView {
  name: string;
  slug: string;
  /** Its sources, newest first. */
  sources: Source[];
  /** Its sources' claims, in that order, each source's in article order. */
  claims: Claim[];
}

export interface BriefingView extends BriefingData {
  /** Sources newest first (undated last, then by id). */
  recentSources: Source[];
  sourceById: Map<string, Source>;
  claimById: Map<string, Claim>;
  /** Position of each claim in briefing order. */
  claimPosition: Map<string, number>;
  /** Claims of each source, in article order. */
  claimsBySource: Map<string, Claim[]>;
  topicById: Map<string, TopicSummary>;
  storyById: Map<string, Story>;
  /** The story of each source. */
  storyBySource: Map<string, Story>;
  /** Entities sorted by name, with unique slugs. */
  entities: EntityView[];
  entityByName: Map<string, EntityView>;
  entityBySlug: Map<string, EntityView>;
  /** Outlets sorted by name. */
  outlets: OutletView[];
  outletBySlug: Map<string, OutletView>;
  /** Claims no other outlet carries (no relation to another outlet's claim), by outlet name, in briefing order. */
  claimsOnlyIn: Map<string, Claim[]>;
  /** Relations of each claim, in the footnotes' order (`byRelationStrength`): contradictions, discrepancies, corroboration, closest first. */
  relationsByClaim: Map<string, Related[]>;
  /** Groups of claims carried by more than one source, in briefing order of their first claim. */
  agreements: Agreement[];
  agreementByClaim: Map<string, Agreement>;
  /** Quotes that span each claim. */
  quotesByClaim: Map<string, Quote[]>;
  framingByEntity: Map<string, Framing[]>;
  /** Dates of the sources: the earliest and the latest, or null. */
  dates: { first: string | null; last: string | null };
}

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The outlet's name, or a stand-in when it is unknown. */
export const outletName = (source: Source): string => source.outlet ?? 'Unknown outlet';

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

/**
 * Gives each name a slug, adding `-2`, `-3` … when two names make the same one. A slug of
 * digits alone gets a prefix, so that it never clashes with a list's page numbers (`/people/2/`).
 */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of names) {
    const plain = slugify(name);
    const base = /^\d+$/.test(plain) ? `n-${plain}` : plain;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}

/** Builds the view of a briefing. */
export function createView(data: BriefingData): BriefingView {
  const sourceById = new Map(data.sources.map((source) => [source.id, source]));
  const claimById = new Map(data.claims.map((claim) => [claim.id, claim]));
  const claimPosition = new Map(data.claims.map((claim, index) => [claim.id, index]));
  const claimsBySource = new Map<string, Claim[]>(data.sources.map((source) => [source.id, []]));
  for (const claim of data.claims) claimsBySource.get(claim.source)?.push(claim);
  const recentSources = [...data.sources].sort((a, b) => byString(b.published ?? '', a.published ?? '') || byString(a.id, b.id));

  const sortedEntities = [...data.entities].sort((a, b) => byString(a.name, b.name));
  const entitySlugs = uniqueSlugs(sortedEntities.map((entity) => entity.name));
  const entities = sortedEntities.map((entity) => ({ ...entity, slug: entitySlugs.get(entity.name)! }));

  const outletNames = [...new Set(data.sources.map(outletName))].sort(byString);
  const outletSlugs = uniqueSlugs(outletNames);
  const sourcesByOutlet = groupBy(recentSources, outletName);
  const outlets = outletNames.map((name) => {
    const sources = sourcesByOutlet.get(name)!;
    return { name, slug: outletSlugs.get(name)!, sources, claims: sources.flatMap((source) => claimsBySource.get(source.id) ?? []) };
  });

  const relationsByClaim = new Map<string, Related[]>();
  const add = (id: string, related: Related) => {
    const list = relationsByClaim.get(id);
    if (list) list.push(related);
    else relationsByClaim.set(id, [related]);
  };
  for (const relation of data.relations) {
    const a = claimById.get(relation.a);
    const b = claimById.get(relation.b);
    if (!a || !b) continue;
    const common = { relation: relation.relation, sameRemark: relation.sameRemark, score: relation.score };
    add(a.id, {
      ...common,
      other: b,
      discrepancies: relation.discrepancies.map((d) => ({ kind: d.kind, here: d.a, there: d.b })),
      shared: relation.evidence.aligned.map((phrase) => phrase.a),
    });
    add(b.id, {
      ...common,
      other: a,
      discrepancies: relation.discrepancies.map((d) => ({ kind: d.kind, here: d.b, there: d.a })),
      shared: relation.evidence.aligned.map((phrase) => phrase.b),
    });
  }
  for (const list of relationsByClaim.values()) list.sort(byRelationStrength);

  // In one pass: asked outlet by outlet, every claim was looked at once per outlet.
  const claimsOnlyIn = new Map<string, Claim[]>(outletNames.map((name) => [name, []]));
  for (const claim of data.claims) {
    const source = sourceById.get(claim.source);
    if (!source) continue;
    const outlet = outletName(source);
    const elsewhere = (relationsByClaim.get(claim.id) ?? []).some((related) => {
      const other = sourceById.get(related.other.source);
      return other !== undefined && outletName(other) !== outlet;
    });
    if (!elsewhere) claimsOnlyIn.get(outlet)!.push(claim);
  }

  const { agreements, agreementByClaim } = groupAgreements(data, claimById, claimPosition, sourceById);

  const quotesByClaim = new Map<string, Quote[]>();
  for (const quote of data.quotes) {
    for (const id of quote.claims) quotesByClaim.set(id, [...(quotesByClaim.get(id) ?? []), quote]);
  }
  const dated = data.sources.flatMap((source) => (source.published ? [source.published] : [])).sort(byString);

  return {
    ...data,
    recentSources,
    sourceById,
    claimById,
    claimPosition,
    claimsBySource,
    topicById: new Map(data.topics.map((topic) => [topic.id, topic])),
    storyById: new Map(data.stories.map((story) => [story.id, story])),
    storyBySource: new Map(data.stories.flatMap((story) => story.sources.map((source) => [source, story] as const))),
    entities,
    entityByName: new Map(entities.map((entity) => [entity.name, entity])),
    entityBySlug: new Map(entities.map((entity) => [entity.slug, entity])),
    outlets,
    outletBySlug: new Map(outlets.map((outlet) => [outlet.slug, outlet])),
    claimsOnlyIn,
    relationsByClaim,
    agreements,
    agreementByClaim,
    quotesByClaim,
    framingByEntity: groupBy(data.framing, (framing) => framing.entity),
    dates: { first: dated[0] ?? null, last: dated.at(-1) ?? null },
  };
}

/** Union-find over corroborating relations between claims of different outlets. */
function groupAgreements(
  data: BriefingData,
  claimById: Map<string, Claim>,
  claimPosition: Map<string, number>,
  sourceById: Map<string, Source>,
): { agreements: Agreement[]; agreementByClaim: Map<string, Agreement> } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const links = data.relations.filter((relation) => relation.relation !== 'contradicts' && claimById.has(relation.a) && claimById.has(relation.b));
  for (const { a, b } of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    // The root is the earlier claim, so groups come out the same whatever the relation order.
    if (ra !== rb) claimPosition.get(ra)! < claimPosition.get(rb)! ? parent.set(rb, ra) : parent.set(ra, rb);
  }
  const members = groupBy([...parent.keys()], find);
  const linksByRoot = groupBy(links, (relation) => find(relation.a));
  const outletOf = (claim: Claim) => {
    const source = sourceById.get(claim.source);
    return source ? outletName(source) : 'Unknown outlet';
  };
  const agreements: Agreement[] = [];
  const agreementByClaim = new Map<string, Agreement>();
  for (const [root, ids] of members) {
    const claims = ids.map((id) => claimById.get(id)!).sort((x, y) => claimPosition.get(x.id)! - claimPosition.get(y.id)!);
    const outlets = [...new Set(claims.map(outletOf))].sort(byString);
    if (outlets.length < 2) continue;
    const own = linksByRoot.get(root) ?? [];
    const agreement: Agreement = {
      claims,
      outlets,
      sameRemark: own.length > 0 && own.every((relation) => relation.sameRemark),
      differs: own.some((relation) => relation.relation === 'corroborates-with-discrepancy' || relation.discrepancies.length > 0),
    };
    agreements.push(agreement);
    for (const claim of claims) agreementByClaim.set(claim.id, agreement);
  }
  agreements.sort((x, y) => claimPosition.get(x.claims[0]!.id)! - claimPosition.get(y.claims[0]!.id)!);
  return { agreements, agreementByClaim };
}
