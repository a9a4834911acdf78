/**
 * Footnote wording: what a careful editor would write under a claim — what kind
 * of claim it is, who makes it, on whose authority, how hedged, which topics.
 */
import type { PhrasingContent } from 'mdast';
import type { Claim, ClaimRelation, Discrepancy, RelationEvidence } from '../schema/briefing.ts';
import { KINDS } from '../vocabulary/kinds.ts';
import { RELATIONS, SAME_REMARK } from '../vocabulary/relations.ts';

/** A related claim in another source, seen from this claim. */
export interface CrossReference {
  /** The other claim: only what a link to it needs, so that nothing else of it can change the footnote (the emission cache's key holds this). */
  other: Pick<Claim, 'id' | 'source'>;
  /** How to name it: "Reuters ¶4". */
  label: string;
  relation: ClaimRelation['relation'];
  sameRemark: boolean;
  /** The two sentences are identical. */
  sameWords: boolean;
  score: number;
  /** `a` is this claim's wording, `b` the other's. */
  discrepancies: Discrepancy[];
  /** What the relation rests on; `a` is this claim's wording, `b` the other's. */
  evidence: RelationEvidence;
}

export interface FootnoteContext {
  outlet: string | null;
  /** URL of another claim relative to this article page. */
  claimHref: (claim: CrossReference['other']) => string;
  /**
   * The cross-references written out: the strongest, at most `MAX_CROSS_REFERENCES`,
   * without the score that ordered them. Exactly what the footnote shows, no more, so the
   * emission cache's key can hold it (`annotate-briefing.ts`).
   */
  crossReferences: readonly Omit<CrossReference, 'score'>[];
  /** How many cross-references the claim has in all; those past the written ones are counted. */
  crossReferenceCount: number;
  /** With one source there is nothing to corroborate against: say nothing about it. */
  singleSourceBriefing: boolean;
  /** Topic titles by id. */
  topicTitles: ReadonlyMap<string, string>;
  /** URL of a topic page relative to the article page. */
  topicHref: (topic: string) => string;
}

/** Cross-references written out in a footnote; the rest are counted. */
export const MAX_CROSS_REFERENCES = 3;

/**
 * Builds phrasing content, merging adjacent text: each text node costs the
 * serialiser a full escaping pass, so fewer nodes make emitting much faster.
 */
class Phrasing {
  readonly nodes: PhrasingContent[] = [];
  text(value: string): this {
    const last = this.nodes.at(-1);
    if (last?.type === 'text') last.value += value;
    else this.nodes.push({ type: 'text', value });
    return this;
  }
  link(url: string, label: string): this {
    this.nodes.push({ type: 'link', url, children: [{ type: 'text', value: label }] });
    return this;
  }
}

export function footnoteFor(claim: Claim, context: FootnoteContext): PhrasingContent[] {
  const out = new Phrasing();
  let who: string;
  if (claim.speaker === null) {
    who = claim.kind === 'narration' || claim.kind === 'unattributed-assessment' ? `${context.outlet ?? 'the outlet'}, in its own words` : 'speaker not named';
  } else {
    who = claim.speaker + (claim.role ? `, ${claim.role}` : '') + (claim.kind === 'unnamed-source' ? ' (not named)' : '');
  }
  out.text(`${KINDS[claim.kind].label} — ${who}`);
  if (claim.cue && claim.cue !== 'according to') out.text(` (“${claim.cue}”)`);
  if (claim.attribution) out.text(`, ${claim.attribution}`);
  out.text('.');
  const references = context.crossReferences.slice(0, MAX_CROSS_REFERENCES);
  for (const reference of references) {
    out.text(' ').link(context.claimHref(reference.other), reference.label).text(relationText(reference));
  }
  const more = context.crossReferenceCount - references.length;
  if (more > 0) out.text(` ${more} more ${more === 1 ? 'claim' : 'claims'} in other outlets relate to it.`);
  if (context.crossReferenceCount === 0 && !context.singleSourceBriefing) out.text(' No other outlet in this briefing carries it.');
  if (claim.denials.length > 0) out.text(` Denied: ${claim.denials.map((denial) => `“${denial}”`).join('; ')}.`);
  if (claim.hedges.length > 0) out.text(` Hedged: ${claim.hedges.map((hedge) => `“${hedge}”`).join(', ')}.`);
  if (claim.topics.length > 0) {
    out.text(' Topics: ');
    claim.topics.forEach((match, index) => {
      if (index > 0) out.text(', ');
      out.link(context.topicHref(match.topic), context.topicTitles.get(match.topic) ?? match.topic);
    });
    out.text('.');
  }
  return out.nodes;
}

const quoted = (phrase: string) => `‘${phrase}’`;

/** What a related claim does, after its linked label: " carries the same remark in other words." */
function relationText(reference: Omit<CrossReference, 'score'>): string {
  const { evidence } = reference;
  const phrase = RELATIONS[reference.relation].phrase;
  if (reference.relation === 'contradicts') {
    return evidence.negation ? ` ${phrase} — ${quoted(evidence.negation.phrase)} ${evidence.negation.in === 'a' ? 'here' : 'there'}.` : ` ${phrase}.`;
  }
  if (reference.sameRemark) return reference.sameWords ? ` ${SAME_REMARK} in the same words.` : ` ${SAME_REMARK} in other words (or another translation).`;
  if (reference.discrepancies.length > 0) {
    const differences = reference.discrepancies.map((d) => `${d.kind}: ${quoted(d.a)} here, ${quoted(d.b)} there`).join('; ');
    return ` ${RELATIONS['corroborates-with-discrepancy'].phrase} — ${differences}.`;
  }
  const shared = evidence.aligned.filter((phrase) => /\s/.test(phrase.b)).slice(0, 2);
  return shared.length > 0
    ? ` ${RELATIONS.corroborates.phrase}: ${shared.map((phrase) => quoted(phrase.b)).join(' … ')}.`
    : ` ${RELATIONS.corroborates.phrase}.`;
}
