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
  const rank = (entity: EntityView) => ENTITY_KINDS.findIndex((item) => item.kind === entity.kind);
  const weight = (entity: EntityView) => new Set([...entity.speaks, ...entity.mentioned]).size;
  return [...view.entities].sort((a, b) => rank(a) - rank(b) || weight(b) - weight(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
