/**
 * Footnote wording: what a careful editor would write under a claim — what kind
 * of claim it is, who makes it, on whose authority, how hedged, which topics.
 */
import type { PhrasingContent } from 'mdast';
import type { Claim, ClaimKind } from '../schema/briefing.ts';

export const KIND_LABELS: Record<ClaimKind, string> = {
  'direct-quote': 'Direct quote',
  'partial-quote': 'Partial quote',
  'indirect-statement': 'Reported speech',
  'attributed-report': 'Attributed report',
  'unnamed-source': 'Unnamed source',
  'unattributed-assessment': 'Assessment by the outlet',
  narration: 'Narration',
};

export interface FootnoteContext {
  outlet: string | null;
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
