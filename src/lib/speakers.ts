/** "Who said what": quotations and reported statements grouped by speaker. Pure. */
import type { Claim, Quote } from '../schema/briefing.ts';
import { byString, type BriefingView, type EntityView } from './view.ts';

export interface SpeakerGroup {
  /** Canonical name; null gathers the quotations whose speaker is not known. */
  speaker: string | null;
  /** Roles the articles give the speaker, as written, in order of first use. */
  roles: string[];
  entity: EntityView | undefined;
  /** Quotations, in briefing order. */
  quotes: Quote[];
  /** Claims with this speaker that quote no words: reported speech, attributed reports. */
  statements: Claim[];
}

/**
 * The quotations that span any of `claims`, and those claims' other statements, grouped
 * by speaker: most quotations and statements first, then by name; unknown speakers last.
 */
export function whoSaidWhat(view: BriefingView, claims: readonly Claim[]): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  const group = (speaker: string | null) => {
    let found = groups.get(speaker);
    if (!found) {
      found = { speaker, roles: [], entity: speaker === null ? undefined : view.entityByName.get(speaker), quotes: [], statements: [] };
      groups.set(speaker, found);
    }
    return found;
  };
  const seen = new Set<Quote>();
  const ordered = [...claims].sort((a, b) => view.claimPosition.get(a.id)! - view.claimPosition.get(b.id)!);
  for (const claim of ordered) {
    const quotes = view.quotesByClaim.get(claim.id) ?? [];
    for (const quote of quotes) {
      if (seen.has(quote)) continue;
      seen.add(quote);
      group(quote.speaker).quotes.push(quote);
    }
    if (quotes.length === 0 && claim.speaker !== null && claim.kind !== 'narration') group(claim.speaker).statements.push(claim);
  }
  for (const claim of ordered) {
    if (claim.speaker && claim.role) {
      const found = groups.get(claim.speaker);
      if (found && !found.roles.includes(claim.role)) found.roles.push(claim.role);
    }
  }
  const size = (g: SpeakerGroup) => g.quotes.length + g.statements.length;
  return [...groups.values()].sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || size(b) - size(a) || byString(a.speaker ?? '', b.speaker ?? ''),
  );
}
