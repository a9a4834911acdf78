/**
 * An article's corrections (front matter `corrections:`), tied to the claims they concern:
 * those whose sentence contains the correction's `sentence` words, or, without them, every
 * claim of the article. Words found in no sentence are a content mistake, with its line.
 */
import type { Correction } from '../schema/briefing.ts';
import type { CorrectionEntry } from '../schema/content.ts';
import { ContentError } from '../schema/content-error.ts';

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The 1-based line of the file on which `value` first appears, if it does. */
function lineOf(raw: string, value: string): number | undefined {
  const at = raw.indexOf(value);
  return at < 0 ? undefined : raw.slice(0, at).split('\n').length;
}

export function resolveCorrections(
  file: string,
  raw: string,
  entries: readonly CorrectionEntry[] | undefined,
  claims: readonly { id: string; text: string }[],
): Correction[] {
  return (entries ?? [])
    .map((entry): Correction => {
      if (entry.sentence === undefined) return { date: entry.date, text: entry.text, sentence: null, claims: claims.map((claim) => claim.id) };
      const words = spaced(entry.sentence);
      const hit = claims.filter((claim) => spaced(claim.text).includes(words));
      if (hit.length === 0) {
        throw new ContentError(
          file,
          lineOf(raw, entry.sentence),
          `corrections: Unexpected sentence "${entry.sentence}", expected words of a sentence of the article as it now reads`,
        );
      }
      return { date: entry.date, text: entry.text, sentence: entry.sentence, claims: hit.map((claim) => claim.id) };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
