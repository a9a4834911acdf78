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
  /** Lower-case labels for a count: "1 direct quote", "6 sentences of narration". */
  one: string;
  many: string;
}

export const KINDS: Record<ClaimKind, KindView> = {
  'direct-quote': { label: 'Direct quote', description: 'A sentence that is wholly or mainly a quotation of a named speaker.', glyph: '❝', one: 'direct quote', many: 'direct quotes' },
  'partial-quote': { label: 'Partial quote', description: "A few quoted words inside the outlet's own sentence.", glyph: '❛', one: 'partial quote', many: 'partial quotes' },
  'indirect-statement': { label: 'Indirect statement', description: 'Reported speech without quotation marks: "X said that …".', glyph: '↪', one: 'indirect statement', many: 'indirect statements' },
  'attributed-report': { label: 'Attributed report', description: 'Information credited to a source: "… according to Y".', glyph: '§', one: 'attributed report', many: 'attributed reports' },
  'unnamed-source': { label: 'Unnamed source', description: 'Analysts, officials or people who are not named.', glyph: '?', one: 'claim from an unnamed source', many: 'claims from unnamed sources' },
  'unattributed-assessment': { label: 'Assessment by the outlet', description: "The outlet's own hedged or evaluative judgement, with no source given.", glyph: '≈', one: 'assessment by the outlet', many: 'assessments by the outlet' },
  narration: { label: 'Narration', description: 'Plain narration of fact by the outlet.', glyph: '', one: 'sentence of narration', many: 'sentences of narration' },
};

/** Kinds in legend order. */
export const KIND_ORDER = Object.keys(KINDS) as ClaimKind[];

export const kindLabel = (kind: ClaimKind): string => KINDS[kind].label;

/** "1 direct quote", "3 direct quotes", "1 sentence of narration"… */
export const kindCount = (kind: ClaimKind, count: number): string => `${count} ${count === 1 ? KINDS[kind].one : KINDS[kind].many}`;
