/**
 * Claim kinds: the one list of them, with the words every reader sees — the
 * footnote's label, the legend's description, the marker glyph, the counts. The
 * manifest schema, the pipeline's footnotes and the site's badges and legend all
 * take their words from here, so one page never names a kind two ways.
 */

export interface KindWords {
  /** Short label, e.g. "Direct quote": the footnote starts with it, badges and the legend show it. */
  label: string;
  /** One sentence for the legend and the manifest schema. */
  description: string;
  /** Marker glyph drawn before the claim by CSS (never text inside the article); empty for plain narration. */
  glyph: string;
  /** Lower-case labels for a count: "1 direct quote", "6 sentences of narration". */
  one: string;
  many: string;
}

/** Every claim kind, in legend order. */
export const KINDS = {
  'direct-quote': {
    label: 'Direct quote',
    description: 'A sentence that is wholly or mainly a quotation of a named speaker.',
    glyph: '❝',
    one: 'direct quote',
    many: 'direct quotes',
  },
  'partial-quote': {
    label: 'Partial quote',
    description: "A few quoted words inside the outlet's own sentence.",
    glyph: '❛',
    one: 'partial quote',
    many: 'partial quotes',
  },
  'indirect-statement': {
    label: 'Indirect statement',
    description: 'Reported speech without quotation marks: "X said that …".',
    glyph: '↪',
    one: 'indirect statement',
    many: 'indirect statements',
  },
  'attributed-report': {
    label: 'Attributed report',
    description: 'Information credited to a source: "… according to Y", or "Y has warned that …" with Y an institution.',
    glyph: '§',
    one: 'attributed report',
    many: 'attributed reports',
  },
  'unnamed-source': {
    label: 'Unnamed source',
    description: 'Analysts, officials or people who are not named: "analysts say", "an official who spoke on condition of anonymity".',
    glyph: '?',
    one: 'claim from an unnamed source',
    many: 'claims from unnamed sources',
  },
  'unattributed-assessment': {
    label: 'Assessment by the outlet',
    description: "The outlet's own hedged or evaluative judgement, with no source given.",
    glyph: '≈',
    one: 'assessment by the outlet',
    many: 'assessments by the outlet',
  },
  narration: {
    label: 'Narration',
    description: 'Plain narration of fact by the outlet.',
    glyph: '',
    one: 'sentence of narration',
    many: 'sentences of narration',
  },
} as const satisfies Record<string, KindWords>;

/** How a claim is put: by whom, on whose authority, or as the outlet's own words. */
export type ClaimKind = keyof typeof KINDS;

/** The kinds in legend order (the order of `KINDS`), as a non-empty tuple for `z.enum`. */
export const CLAIM_KINDS = Object.keys(KINDS) as [ClaimKind, ...ClaimKind[]];

export const kindLabel = (kind: ClaimKind): string => KINDS[kind].label;

/** "1 direct quote", "3 direct quotes", "1 sentence of narration"… */
export const kindCount = (kind: ClaimKind, count: number): string => `${count} ${count === 1 ? KINDS[kind].one : KINDS[kind].many}`;
