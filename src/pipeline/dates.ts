/**
 * Date phrases: calendar dates and weekday phrases found in a claim's text, resolved
 * against its article's publication date (the manifest's `claims[].dates`, which the
 * site's timeline shows).
 *
 * Rules, as newsrooms write dates: a bare weekday ("on Wednesday", "said Tuesday") is
 * the most recent such day on or before publication; "last Monday" is the one in the
 * week before, "next Monday" the one in the week after; "yesterday" and "tomorrow" are
 * relative to publication; "13 September", "September 13" and "Sept. 13" take the
 * publication's year unless they give one. Without a publication date only full dates
 * (with a year) count. Pure: no clock, no locale data.
 */
/** A date phrase in a text and the day it names. */
export interface DatePhrase {
  /** The phrase as written, e.g. "on Wednesday", "September 13, 2023". */
  phrase: string;
  /** ISO date. */
  date: string;
  /** Offset of the phrase in the text. */
  start: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

const PATTERNS: { regex: RegExp; resolve: (match: RegExpExecArray, published: string | null) => string | null }[] = [
  // 13 September 2023, 13 September
  {
    regex: new RegExp(`\\b${DAY} ${MONTH}(?:,? ${YEAR})?(?![\\w-])`, 'g'),
    resolve: (m, published) => calendar(m[3], m[2]!, m[1]!, published),
  },
  // September 13, 2023, September 13, Sept. 13
  {
    regex: new RegExp(`\\b${MONTH} ${DAY}(?:,? ${YEAR})?(?![\\w-])`, 'g'),
    resolve: (m, published) => calendar(m[3], m[1]!, m[2]!, published),
  },
  // last Monday, next Monday, on Monday, Monday's
  {
    regex: /\b(?:(last|next|on|this) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?\b/g,
    resolve: (m, published) => (published ? weekday(published, WEEKDAYS.indexOf(m[2]!), m[1] ?? '') : null),
  },
  {
    regex: /\b(yesterday|tomorrow)\b/gi,
    resolve: (m, published) => (published ? addDays(published, m[1]!.toLowerCase() === 'yesterday' ? -1 : 1) : null),
  },
];

/** Date phrases in `text`, in text order, resolved against `published`; overlapping matches keep the first pattern's. */
export function datePhrases(text: string, published: string | null): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const { regex, resolve } of PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((known) => start < known.start + known.phrase.length && end > known.start)) continue;
      const date = resolve(match, published);
      if (date) found.push({ phrase: match[0], date, start });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function calendar(yearText: string | undefined, monthText: string, dayText: string, published: string | null): string | null {
  const month = MONTHS[monthText.replace('.', '').toLowerCase()];
  const year = yearText ? Number(yearText) : published ? Number(published.slice(0, 4)) : undefined;
  const day = Number(dayText);
  if (!month || year === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 February
  return iso(date);
}

/** The `target` weekday (0 = Sunday) nearest to `published` by the rule of `modifier`. */
function weekday(published: string, target: number, modifier: string): string {
  const day = parse(published).getUTCDay();
  const back = (day - target + 7) % 7; // 0 … 6 days before
  if (modifier === 'next') return addDays(published, (target - day + 7) % 7 || 7);
  if (modifier === 'last') return addDays(published, -(back || 7));
  return addDays(published, -back);
}

const parse = (isoDate: string): Date => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
};
const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** `2023-09-13` + 1 → `2023-09-14`. */
export function addDays(isoDate: string, days: number): string {
  const date = parse(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}
