/**
 * Selections that compare outlets: what several of them agree on, where their accounts
 * differ, what only one carries, and who covers which topic. Pure functions of the view.
 */
import type { Claim, ClaimKind } from '../schema/briefing.ts';
import { byString, outletName, type Agreement, type BriefingView, type Related } from './view.ts';

/** Kinds that tell what happened, before quotations of what was said. */
const EVENT_FIRST: Record<ClaimKind, number> = {
  narration: 0,
  'attributed-report': 0,
  'partial-quote': 0,
  'indirect-statement': 1,
  'unnamed-source': 1,
  'unattributed-assessment': 2,
  'direct-quote': 2,
};

/**
 * "What happened", in a few lines: the groups of claims carried by the most outlets —
 * accounts of events before quotations — shown in the order the story is told.
 */
export function whatHappened(view: BriefingView, count = 5): Agreement[] {
  const position = (agreement: Agreement) => view.claimPosition.get(agreement.claims[0]!.id)!;
  return [...view.agreements]
    .sort(
      (a, b) =>
        b.outlets.length - a.outlets.length ||
        EVENT_FIRST[a.claims[0]!.kind] - EVENT_FIRST[b.claims[0]!.kind] ||
        b.claims.length - a.claims.length ||
        position(a) - position(b),
    )
    .slice(0, count)
    .sort((a, b) => position(a) - position(b));
}

/** Agreements with at least one claim among `claims`, in briefing order. */
export function agreementsAmong(view: BriefingView, claims: readonly Claim[]): Agreement[] {
  const found = new Set<Agreement>();
  for (const claim of claims) {
    const agreement = view.agreementByClaim.get(claim.id);
    if (agreement) found.add(agreement);
  }
  // The view's order (by first claim), without a pass over every agreement for each page that asks.
  const first = (agreement: Agreement) => view.claimPosition.get(agreement.claims[0]!.id)!;
  return [...found].sort((a, b) => first(a) - first(b));
}

/** Two accounts that differ: `claim` (one of those asked about) against `related.other`. */
export interface Difference {
  claim: Claim;
  related: Related;
}

/**
 * Where accounts differ: contradictions, and corroborations with a different number,
 * time or detail, for the claims given; each pair once, the earlier claim first.
 */
export function differencesAmong(view: BriefingView, claims: readonly Claim[]): Difference[] {
  const seen = new Set<string>();
  const differences: Difference[] = [];
  const ordered = [...claims].sort((a, b) => view.claimPosition.get(a.id)! - view.claimPosition.get(b.id)!);
  for (const claim of ordered) {
    for (const related of view.relationsByClaim.get(claim.id) ?? []) {
      if (related.relation === 'corroborates' && related.discrepancies.length === 0) continue;
      const key = [claim.id, related.other.id].sort(byString).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      differences.push({ claim, related });
    }
  }
  return differences;
}

/** A piece of text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `text` so that the first occurrence of each phrase is marked (for `<mark>`). */
export function highlight(text: string, phrases: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    if (phrase === '') continue;
    const start = text.indexOf(phrase);
    if (start < 0) continue;
    const end = start + phrase.length;
    if (ranges.some(([s, e]) => start < e && end > s)) continue;
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** Claims of one outlet that no other outlet carries (no relation to another outlet's claim), in briefing order. */
export function uniqueClaims(view: BriefingView, outlet: string): Claim[] {
  return view.claimsOnlyIn.get(outlet) ?? [];
}

/** One outlet's row of the coverage table. */
export interface CoverageRow {
  outlet: string;
  slug: string;
  articles: number;
  claims: number;
  /** Claims no other outlet carries. */
  unique: number;
  /** Per topic, in the view's topic order: the outlet's claims and articles on it. */
  topics: { claims: number; articles: number }[];
}

/** Outlet × topic coverage: how many claims (and articles) each outlet has on each topic. */
export function coverage(view: BriefingView): CoverageRow[] {
  return view.outlets.map((outlet) => {
    // Counted, so in any order: the outlet's own articles' claims, not a pass over every claim for each outlet.
    const { claims } = outlet;
    return {
      outlet: outlet.name,
      slug: outlet.slug,
      articles: outlet.sources.length,
      claims: claims.length,
      unique: uniqueClaims(view, outlet.name).length,
      topics: view.topics.map((topic) => {
        const onTopic = claims.filter((claim) => claim.topics.some((match) => match.topic === topic.id));
        return { claims: onTopic.length, articles: new Set(onTopic.map((claim) => claim.source)).size };
      }),
    };
  });
}

/** How each outlet describes an entity: its distinct phrases per outlet, in briefing order. */
export function framingByOutlet(view: BriefingView, entity: string): { outlet: string; phrases: { phrase: string; claim: Claim }[] }[] {
  const rows = new Map<string, { phrase: string; claim: Claim }[]>();
  for (const framing of view.framingByEntity.get(entity) ?? []) {
    const claim = view.claimById.get(framing.claim);
    const source = view.sourceById.get(framing.source);
    if (!claim || !source) continue;
    const outlet = outletName(source);
    const phrases = rows.get(outlet) ?? [];
    if (!phrases.some((known) => known.phrase.toLowerCase() === framing.phrase.toLowerCase())) phrases.push({ phrase: framing.phrase, claim });
    rows.set(outlet, phrases);
  }
  return [...rows].sort(([a], [b]) => byString(a, b)).map(([outlet, phrases]) => ({ outlet, phrases }));
}
