/** Labels and order of entity kinds, and an entity's claims in page order. Pure. */
import type { Claim, EntitySummary } from '../schema/briefing.ts';
import type { BriefingView, EntityView } from './view.ts';

type Kind = EntitySummary['kind'];

/** Kinds in the order the people index lists them, with singular and plural labels. */
export const ENTITY_KINDS: { kind: Kind; one: string; many: string }[] = [
  { kind: 'person', one: 'Person', many: 'People' },
  { kind: 'organisation', one: 'Organisation', many: 'Organisations' },
  { kind: 'group', one: 'Group', many: 'Groups' },
  { kind: 'country', one: 'Country', many: 'Countries' },
  { kind: 'place', one: 'Place', many: 'Places' },
];

export const kindLabel = (kind: Kind): string => ENTITY_KINDS.find((item) => item.kind === kind)?.one ?? kind;

/** Entities for the index: by kind, then those in the most claims first, then by name. */
export function entityIndexOrder(view: BriefingView): EntityView[] {
  // Each entity's rank and weight worked out once, not at every comparison of the sort.
  const keyed = view.entities.map((entity) => ({
    entity,
    rank: ENTITY_KINDS.findIndex((item) => item.kind === entity.kind),
    weight: new Set([...entity.speaks, ...entity.mentioned]).size,
  }));
  keyed.sort((a, b) => a.rank - b.rank || b.weight - a.weight || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
  return keyed.map(({ entity }) => entity);
}

/** An entity's claims: those it speaks, then those that only mention it, each in briefing order. */
export function entityClaims(view: BriefingView, entity: EntityView): { claim: Claim; speaks: boolean }[] {
  const speaks = new Set(entity.speaks);
  const byPosition = (ids: Iterable<string>) =>
    [...ids].flatMap((id) => view.claimById.get(id) ?? []).sort((a, b) => view.claimPosition.get(a.id)! - view.claimPosition.get(b.id)!);
  return [
    ...byPosition(speaks).map((claim) => ({ claim, speaks: true })),
    ...byPosition(new Set(entity.mentioned.filter((id) => !speaks.has(id)))).map((claim) => ({ claim, speaks: false })),
  ];
}
