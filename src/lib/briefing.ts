/**
 * The briefing as the views need it: the manifest's collections loaded once,
 * indexed by id, in a deterministic order. No analysis happens here — only
 * look-ups, grouping and labels.
 */
import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import type { Claim, EntitySummary, Source, TopicSummary } from '../schema/briefing.ts';

export interface BriefingView {
  title: string;
  summary: string;
  /** Sources in manifest order. */
  sources: Source[];
  /** Sources newest first (undated last, then by id). */
  recentSources: Source[];
  sourceById: Map<string, Source>;
  /** Claims in briefing order. */
  claims: Claim[];
  claimById: Map<string, Claim>;
  /** Claims of each source, in article order. */
  claimsBySource: Map<string, Claim[]>;
  /** Topics in navigation order (as in the manifest). */
  topics: TopicSummary[];
  topicById: Map<string, TopicSummary>;
  /** Entities with their URL slug, sorted by name. */
  entities: (EntitySummary & { slug: string })[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let cached: Promise<BriefingView> | undefined;

/** Loads the briefing once per build. Throws an AstroError when there is no manifest. */
export function loadBriefing(): Promise<BriefingView> {
  cached ??= load();
  return cached;
}

async function load(): Promise<BriefingView> {
  const [meta, sourceEntries, claimEntries, topicEntries, entityEntries] = await Promise.all([
    getCollection('briefing'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('topics'),
    getCollection('entities'),
  ]);
  const head = meta[0]?.data;
  if (!head) {
    throw new AstroError(
      'No briefing manifest was found, or it could not be read.',
      'Run `npm run annotate` to write `briefing.json` into the content folder (or set BRIEFING_CONTENT to a folder that has one). See the build log above for the loader’s message.',
    );
  }
  const sources: Source[] = inManifestOrder(sourceEntries);
  const claims: Claim[] = inManifestOrder(claimEntries);
  const topics: TopicSummary[] = inManifestOrder(topicEntries);
  const claimsBySource = new Map<string, Claim[]>(sources.map((source) => [source.id, []]));
  for (const claim of claims) claimsBySource.get(claim.source)?.push(claim);
  const recentSources = [...sources].sort(
    (a, b) => byString(b.published ?? '', a.published ?? '') || byString(a.id, b.id),
  );
  return {
    title: head.title,
    summary: head.summary,
    sources,
    recentSources,
    sourceById: new Map(sources.map((source) => [source.id, source])),
    claims,
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    claimsBySource,
    topics,
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
    entities: entityEntries
      .map(({ id, data: { position: _, ...entity } }) => ({ ...entity, slug: id }))
      .sort((a, b) => byString(a.name, b.name)),
  };
}

/** Collection entries in the order of the manifest's array, without their `position`. */
function inManifestOrder<T extends { position: number }>(entries: readonly { data: T }[]): Omit<T, 'position'>[] {
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...data }) => data);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2023-09-13` → `13 September 2023`, without the clock or the runtime's locale data. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** The outlet's name, or a stand-in when it is unknown. */
export const outletName = (source: Source): string => source.outlet ?? 'Unknown outlet';

/** A source's page title: its headline, or "<Outlet>, <date>" when it has none. */
export function sourceTitle(source: Source): string {
  return source.title ?? `${outletName(source)}, ${formatDate(source.published) ?? 'undated'}`;
}

/** Distinct outlets of some claims' sources, sorted by name. */
export function outletsOf(claims: readonly Claim[], view: BriefingView): string[] {
  const outlets = new Set<string>();
  for (const claim of claims) {
    const source = view.sourceById.get(claim.source);
    if (source) outlets.add(outletName(source));
  }
  return [...outlets].sort(byString);
}

/** The claims of a topic, in briefing order, skipping ids the manifest does not define. */
export function claimsOfTopic(topic: TopicSummary, view: BriefingView): Claim[] {
  return topic.claims.flatMap((id) => view.claimById.get(id) ?? []);
}

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
 * A few claims worth reading first: direct quotes with a named speaker, those in the most
 * topics first, taken in turn from each source so that no outlet crowds out the others.
 */
export function keyClaims(view: BriefingView, count = 6): Claim[] {
  const position = new Map(view.claims.map((claim, index) => [claim.id, index]));
  const candidates = view.claims
    .filter((claim) => claim.kind === 'direct-quote' && claim.speaker !== null)
    .sort((a, b) => b.topics.length - a.topics.length || position.get(a.id)! - position.get(b.id)!);
  const queues = [...groupBy(candidates, (claim) => claim.source).values()];
  const picked: Claim[] = [];
  for (let round = 0; picked.length < count && queues.some((queue) => queue.length > round); round++) {
    for (const queue of queues) {
      const claim = queue[round];
      if (claim && picked.length < count) picked.push(claim);
    }
  }
  return picked.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** "1 claim", "2 claims". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
