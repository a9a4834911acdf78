/**
 * The briefing for the pages: the manifest read and validated once per build (again in
 * `astro dev` when it changed, so an edit shows at once; `manifest-fs.ts`) and turned into
 * the view of `view.ts`. Also the selections the pages share.
 */
import type { Claim, TopicSummary } from '../schema/briefing.ts';
import { readManifest } from './manifest-fs.ts';
import { untilParentReady } from '../build/in-child.ts';
import { createView, groupBy, outletName, type BriefingView } from './view.ts';

export type { BriefingView } from './view.ts';
export { groupBy, outletName } from './view.ts';
export { formatDate, listText, plural, sourceLine, sourceTitle, weekdayOf } from './format.ts';

let cached: { briefing: unknown; view: BriefingView } | undefined;

/** Loads the briefing: one view per manifest read. Throws an AstroError when there is no valid manifest. */
export async function loadBriefing(): Promise<BriefingView> {
  // In `npm run build`, Astro starts while the articles are annotated: wait for the manifest.
  await untilParentReady();
  const read = readManifest();
  if (cached?.briefing !== read) {
    const { schemaVersion: _, ...briefing } = read;
    cached = { briefing: read, view: createView(briefing) };
  }
  return cached.view;
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
