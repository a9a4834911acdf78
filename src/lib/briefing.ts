/**
 * The briefing for the pages: the manifest's collections loaded once per build (on
 * every request in `astro dev`, so an edit shows at once) and turned into the view of
 * `view.ts`. Also the selections the pages share.
 */
import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import type { Claim, TopicSummary } from '../schema/briefing.ts';
import { createView, groupBy, outletName, type BriefingView } from './view.ts';

export type { BriefingView } from './view.ts';
export { groupBy, outletName } from './view.ts';
export { formatDate, listText, plural, sourceLine, sourceTitle, weekdayOf } from './format.ts';

let cached: Promise<BriefingView> | undefined;

/** Loads the briefing. Throws an AstroError when there is no manifest. */
export function loadBriefing(): Promise<BriefingView> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Collection entries in the order of the manifest's array, without their `id` and `position`. */
function inManifestOrder<T extends { position: number }>(entries: readonly { data: T }[]): Omit<T, 'position'>[] {
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...data }) => data);
}

async function load(): Promise<BriefingView> {
  const [meta, sources, claims, quotes, stories, relations, framing, topics, entities] = await Promise.all([
    getCollection('briefing'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('quotes'),
    getCollection('stories'),
    getCollection('relations'),
    getCollection('framing'),
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
  return createView({
    title: head.title,
    summary: head.summary,
    sources: inManifestOrder(sources),
    claims: inManifestOrder(claims),
    quotes: inManifestOrder(quotes),
    stories: inManifestOrder(stories),
    relations: inManifestOrder(relations),
    framing: inManifestOrder(framing),
    topics: inManifestOrder(topics),
    entities: inManifestOrder(entities),
  });
}

/** Distinct outlets of some claims' sources, sorted by name. */
export function outletsOf(claims: readonly Claim[], view: BriefingView): string[] {
  const outlets = new Set<string>();
  for (const claim of claims) {
    const source = view.sourceById.get(claim.source);
    if (source) outlets.add(outletName(source));
  }
  return [...outlets].sort();
}

/** The claims of a topic, in briefing order, skipping ids the manifest does not define. */
export function claimsOfTopic(topic: TopicSummary, view: BriefingView): Claim[] {
  return topic.claims.flatMap((id) => view.claimById.get(id) ?? []);
}

/**
 * A few claims worth reading first: direct quotes with a named speaker, those in the most
 * topics first, taken in turn from each source so that no outlet crowds out the others.
 */
export function keyClaims(view: BriefingView, count = 6): Claim[] {
  const position = view.claimPosition;
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
