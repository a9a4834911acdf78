/**
 * How two claims of different outlets relate: the relation names, the support each
 * gives a claim, the words a reader sees for each, and the one order in which a
 * claim's related claims are listed — in its footnote and in "In other outlets".
 */

/** Every relation, strongest first (the order related claims are listed in). */
export const RELATIONS = {
  contradicts: { phrase: 'contradicts it', support: 'contradicted' },
  'corroborates-with-discrepancy': { phrase: 'reports it differently', support: 'discrepant' },
  corroborates: { phrase: 'reports the same', support: 'corroborated' },
} as const satisfies Record<string, { phrase: string; support: string }>;

export type RelationName = keyof typeof RELATIONS;

/** The relation names in the manifest schema's order, for `z.enum`. */
export const RELATION_NAMES = ['corroborates', 'corroborates-with-discrepancy', 'contradicts'] as const satisfies readonly RelationName[];

/** What other outlets make of a claim, weakest first: a claim's support is the strongest its relations give it. */
export const SUPPORT_LEVELS = ['single-source', 'corroborated', 'discrepant', 'contradicted'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** The words for a relation that quotes one speaker's remark both times. */
export const SAME_REMARK = 'carries the same remark';

const STRENGTH = Object.fromEntries(Object.keys(RELATIONS).map((name, index) => [name, index])) as Record<RelationName, number>;

/** A related claim as either list sees it: the relation, its score and the other claim's id. */
export interface RankedRelation {
  relation: RelationName;
  score: number;
  other: { id: string };
}

/**
 * The order of a claim's related claims, everywhere they are listed: contradictions
 * first, then discrepancies, then plain corroboration; the closest (highest score)
 * first within each; then by claim id, so the order never depends on input order.
 */
export function byRelationStrength(x: RankedRelation, y: RankedRelation): number {
  return STRENGTH[x.relation] - STRENGTH[y.relation] || y.score - x.score || (x.other.id < y.other.id ? -1 : x.other.id > y.other.id ? 1 : 0);
}
