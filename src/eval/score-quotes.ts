/**
 * Scores direct-quote speakers against a real corpus's annotations, by the
 * rules of `../shared/corpora/README.md` ("How the project is scored on them"),
 * so that `npm run eval` and the held-out measurement mean the same thing.
 */
import { z } from 'zod';
import type { Briefing } from '../schema/briefing.ts';

/** One annotated content span of `gold.json` (PolNeAR or the Gender Gap Tracker). */
export const GoldRow = z.object({
  article: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  /** GGT only: the annotators' canonical person. */
  reference: z.string().nullable().optional(),
  cue: z.string().nullable().optional(),
  start: z.number().int(),
  end: z.number().int(),
  direct: z.boolean(),
  group: z.string().optional(),
});
export type GoldRow = z.infer<typeof GoldRow>;
export const GoldRows = z.array(GoldRow);

/** Titles, roles and articles: not words of a name. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sen senator rep representative gov governor president prime minister secretary lord lady sir dame ' +
    'mayor premier chief leader general gen judge justice former vice deputy spokesman spokeswoman spokesperson the a an ' +
    'chairman chairwoman chair director minister ambassador councillor councilor commissioner attorney candidate nominee ' +
    'press officer official head executive col lt sgt capt cmdr adm king queen prince princess pope rev hon mp mpp mla'
  ).split(' '),
);
const PRONOUNS = new Set('he she they it i we you him her them his hers their who which this that these those'.split(' '));
const FUNCTION_WORDS = new Set('of and for in on at to by with from de la le van von der du da di al bin s'.split(' '));

/** NFKC, lower case, no quote marks, single spaces, no clause punctuation at the ends. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["“”‘’'`«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,.;:\-—\s]+|[,.;:\-—\s]+$/g, '');
}

/** The words of a name: letters and hyphens, possessive dropped, without titles and roles. */
export function nameWords(name: string): string[] {
  return (name.normalize('NFKC').match(/[\p{L}’'-]+/gu) ?? [])
    .map((word) =>
      word
        .replace(/['’]s$/u, '')
        .replace(/['’]/g, '')
        .toLowerCase(),
    )
    .filter((word) => /\p{L}/u.test(word) && !TITLES.has(word));
}

/** A gold speaker that names someone: not a pronoun, with a capitalised word that is no title or article. */
export function isNamedSpeaker(name: string | null | undefined): name is string {
  if (!name) return false;
  const trimmed = name.trim();
  if (PRONOUNS.has(trimmed.toLowerCase())) return false;
  return (trimmed.match(/[\p{L}’'-]+/gu) ?? []).some((word) => /^\p{Lu}/u.test(word) && !TITLES.has(word.replace(/['’]s$/u, '').toLowerCase()));
}

/** The README's rule: the last word of one is among the other's words, or they share a content word. */
export function sameName(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  const a = nameWords(ours);
  const b = nameWords(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (b.includes(a.at(-1)!) || a.includes(b.at(-1)!)) return true;
  return a.some((word) => !FUNCTION_WORDS.has(word) && b.includes(word));
}

export interface QuoteOutcome {
  row: GoldRow;
  gold: string;
  found: 'quote' | 'claim' | null;
  ours: string | null;
  right: boolean;
  /** The attribution pass that chose our speaker, when the pipeline records it. */
  pass: string | null;
}

export interface QuoteScore {
  /** Gold direct quotes with a named speaker. */
  named: number;
  found: number;
  right: number;
  outcomes: QuoteOutcome[];
}

const PREFIX = 30;

/** Scores the direct quotes of `rows` against `briefing`; `sourceOf` maps a gold article file to our source id. */
export function scoreQuotes(briefing: Briefing, rows: readonly GoldRow[], sourceOf: (article: string) => string): QuoteScore {
  const quotesBySource = new Map<string, { text: string; speaker: string | null; pass: string | null }[]>();
  for (const quote of briefing.quotes) {
    const list = quotesBySource.get(quote.source) ?? [];
    list.push({ text: normaliseQuote(quote.text), speaker: quote.speaker, pass: quote.speakerPass ?? null });
    quotesBySource.set(quote.source, list);
  }
  const claimsBySource = new Map<string, { text: string; speaker: string | null; pass: string | null }[]>();
  for (const claim of briefing.claims) {
    const list = claimsBySource.get(claim.source) ?? [];
    list.push({ text: normaliseQuote(claim.text), speaker: claim.speaker, pass: claim.speakerPass ?? null });
    claimsBySource.set(claim.source, list);
  }
  const outcomes: QuoteOutcome[] = [];
  for (const row of rows) {
    if (!row.direct) continue;
    const gold = row.reference ?? row.speaker;
    if (!isNamedSpeaker(gold)) continue;
    const source = sourceOf(row.article);
    const text = normaliseQuote(row.text);
    const head = text.slice(0, PREFIX);
    const quote = (quotesBySource.get(source) ?? []).find(
      (ours) => ours.text.includes(head) || (ours.text.length >= 12 && text.includes(ours.text.slice(0, PREFIX))),
    );
    const claim = quote ? undefined : (claimsBySource.get(source) ?? []).find((ours) => ours.text.includes(head));
    const match = quote ?? claim;
    outcomes.push({
      row,
      gold,
      found: quote ? 'quote' : claim ? 'claim' : null,
      ours: match?.speaker ?? null,
      right: match ? sameName(match.speaker, gold) : false,
      pass: match?.pass ?? null,
    });
  }
  return {
    named: outcomes.length,
    found: outcomes.filter((outcome) => outcome.found).length,
    right: outcomes.filter((outcome) => outcome.right).length,
    outcomes,
  };
}
