/**
 * Terms: the content words of a sentence, lower-cased and lightly stemmed, for
 * comparing what two sentences talk about. Deliberately simple (no dictionary):
 * it only has to make "launched"/"launching" and "missile"/"missiles" meet.
 */
import { matchesOf } from './matches.ts';

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each even few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just may me might more most my myself no nor not now of off on once only or ' +
    'other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself said says say told tell also meanwhile however earlier later quote per one'
  ).split(' '),
);

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twice: '2',
  dozen: '12',
};

/** A light suffix stripper: plural, -ing, -ed. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A word: a number with its separators ("3,000", "2.5"), or letters and digits joined by apostrophes and hyphens. */
export const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return matchesOf(WORD, text).map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * Terms already computed, by word. News vocabulary repeats, so most lookups hit;
 * the cache is cleared when it grows past a bound. A pure function's memo: the
 * result never depends on what is cached.
 */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/** Normalises one word for comparison: lower case, no possessive, numbers as digits, stemmed. */
export function term(word: string): string | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = computeTerm(word);
  cache.set(word, result);
  return result;
}

function computeTerm(word: string): string | null {
  const lower = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/’/g, "'");
  if (STOPWORDS.has(lower)) return null;
  const number = NUMBER_WORDS[lower];
  if (number) return number;
  if (/^\d/.test(lower)) return lower.replace(/,/g, '');
  if (lower.length < 3) return null;
  return stem(lower);
}

/** The set of terms of a text. */
export function termsOf(text: string): Set<string> {
  const set = new Set<string>();
  for (const { word } of words(text)) {
    const t = term(word);
    if (t) set.add(t);
  }
  return set;
}
