/**
 * How claim kinds are shown: a label, a one-line explanation, and a marker glyph.
 * The glyph is drawn by CSS (`::before`), never as text inside the article.
 */
import type { ClaimKind } from '../schema/briefing.ts';

export interface KindView {
  /** Short label, e.g. "Direct quote". */
  label: string;
  /** One sentence for the legend. */
  description: string;
  /** Marker glyph drawn before the claim; empty for plain narration. */
  glyph: string;
}

export const KINDS: Record<ClaimKind, KindView> = {
  'direct-quote': { label: 'Direct quote', description: 'A sentence that is wholly or mainly a quotation of a named speaker.', glyph: '❝' },
  'partial-quote': { label: 'Partial quote', description: "A few quoted words inside the outlet's own sentence.", glyph: '❛' },
  'indirect-statement': { label: 'Indirect statement', description: 'Reported speech without quotation marks: "X said that …".', glyph: '↪' },
  'attributed-report': { label: 'Attributed report', description: 'Information credited to a source: "… according to Y".', glyph: '§' },
  'unnamed-source': { label: 'Unnamed source', description: 'Analysts, officials or people who are not named.', glyph: '?' },
  'unattributed-assessment': { label: 'Assessment by the outlet', description: "The outlet's own hedged or evaluative judgement, with no source given.", glyph: '≈' },
  narration: { label: 'Narration', description: 'Plain narration of fact by the outlet.', glyph: '' },
};

/** Kinds in legend order. */
export const KIND_ORDER = Object.keys(KINDS) as ClaimKind[];

export const kindLabel = (kind: ClaimKind): string => KINDS[kind].label;
