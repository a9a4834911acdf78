/** Corrections that concern some of the given claims, with their articles, by article then date. */
import type { Claim, Correction, Source } from '../schema/briefing.ts';
import type { BriefingView } from './view.ts';

export interface CorrectionItem {
  source: Source;
  correction: Correction;
}

export function correctionsConcerning(view: BriefingView, claims: readonly Claim[]): CorrectionItem[] {
  const ids = new Set(claims.map((claim) => claim.id));
  return [...new Set(claims.map((claim) => claim.source))].sort().flatMap((id) => {
    const source = view.sourceById.get(id)!;
    return source.corrections.filter((correction) => correction.claims.some((claim) => ids.has(claim))).map((correction) => ({ source, correction }));
  });
}
