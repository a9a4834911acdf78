/**
 * Footnote wording: what a careful editor would write under a claim — what kind
 * of claim it is, who makes it, on whose authority, how hedged, which topics.
 */
import type { PhrasingContent } from 'mdast';
import type { Claim, ClaimKind, ClaimRelation, Discrepancy } from '../schema/briefing.ts';

export const KIND_LABELS: Record<ClaimKind, string> = {
  'direct-quote': 'Direct quote',
  'partial-quote': 'Partial quote',
  'indirect-statement': 'Reported speech',
  'attributed-report': 'Attributed report',
  'unnamed-source': 'Unnamed source',
  'unattributed-assessment': 'Assessment by the outlet',
  narration: 'Narration',
};

/** A related claim in another source, seen from this claim. */
export interface CrossReference {
  claim: Claim;
  /** How to name it: "Reuters ¶4". */
  label: string;
  relation: ClaimRelation['relation'];
  sameRemark: boolean;
  /** The two sentences are identical. */
  sameWords: boolean;
  score: number;
  /** `a` is this claim's wording, `b` the other's. */
  discrepancies: Discrepancy[];
}

export interface FootnoteContext {
  outlet: string | null;
  /** URL of another claim relative to this article page. */
  claimHref: (claim: Claim) => string;
  crossReferences: readonly CrossReference[];
  /** With one source there is nothing to corroborate against: say nothing about it. */
  singleSourceBriefing: boolean;
  /** Topic titles by id. */
  topicTitles: ReadonlyMap<string, string>;
  /** URL of a topic page relative to the article page. */
  topicHref: (topic: string) => string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

export function footnoteFor(claim: Claim, context: FootnoteContext): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let who: string;
  if (claim.speaker === null) {
    who = claim.kind === 'narration' || claim.kind === 'unattributed-assessment' ? `${context.outlet ?? 'the outlet'}, in its own words` : 'speaker not named';
  } else {
    who = claim.speaker + (claim.role ? `, ${claim.role}` : '') + (claim.kind === 'unnamed-source' ? ' (not named)' : '');
  }
  let lead = `${KIND_LABELS[claim.kind]} — ${who}`;
  if (claim.cue && claim.cue !== 'according to') lead += ` (“${claim.cue}”)`;
  if (claim.attribution) lead += `, ${claim.attribution}`;
  parts.push(text(`${lead}.`));
  for (const reference of context.crossReferences) parts.push(text(' '), ...crossReference(reference, context));
  if (context.crossReferences.length === 0 && !context.singleSourceBriefing) parts.push(text(' No other outlet in this briefing carries it.'));
  if (claim.hedges.length > 0) parts.push(text(` Hedged: ${claim.hedges.map((hedge) => `“${hedge}”`).join(', ')}.`));
  if (claim.topics.length > 0) {
    parts.push(text(' Topics: '));
    claim.topics.forEach((match, index) => {
      if (index > 0) parts.push(text(', '));
      parts.push({ type: 'link', url: context.topicHref(match.topic), children: [text(context.topicTitles.get(match.topic) ?? match.topic)] });
    });
    parts.push(text('.'));
  }
  return parts;
}

const quoted = (phrase: string) => `‘${phrase}’`;

/** "Reuters ¶4 carries the same remark in other words." with the label linked to the claim. */
function crossReference(reference: CrossReference, context: FootnoteContext): PhrasingContent[] {
  const link: PhrasingContent = { type: 'link', url: context.claimHref(reference.claim), children: [text(reference.label)] };
  let rest: string;
  if (reference.relation === 'contradicts') rest = ' contradicts it.';
  else if (reference.sameRemark) rest = reference.sameWords ? ' carries the same remark in the same words.' : ' carries the same remark in other words (or another translation).';
  else if (reference.discrepancies.length > 0) {
    const differences = reference.discrepancies.map((d) => `${d.kind}: ${quoted(d.a)} here, ${quoted(d.b)} there`).join('; ');
    rest = ` reports it too, but differs — ${differences}.`;
  } else rest = ' reports the same.';
  return [link, text(rest)];
}
