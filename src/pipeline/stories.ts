/**
 * Stories: groups a briefing's articles into stories — the same event or
 * development told by several outlets — before any claim is compared, the way
 * news aggregators cluster articles before comparing them. Claims are matched
 * only inside a story.
 *
 * Two articles belong together when the terms and names they weigh most are the
 * same (TF-IDF cosine over the briefing's articles; the headline counts double)
 * and they were published within a few days of each other. Articles are joined
 * strongest pair first, and two groups merge only when their articles are close
 * on average (average linkage), so a chain of loosely similar articles does not
 * become one story.
 */
import type { Story } from '../schema/briefing.ts';
import { term, WORD } from './terms.ts';

export interface StoryInput {
  id: string;
  /** ISO date, or null when the article has none. */
  published: string | null;
  title: string | null;
  /** The article text after cleaning. */
  text: string;
}

export interface StoryGroup {
  /** Source ids, sorted. */
  sources: string[];
  /** The words the story's articles share most, most distinctive first (as written in the first article). */
  terms: string[];
}

/** Terms per article that take part in the comparison: its most distinctive ones. */
const VECTOR_TERMS = 40;
/** The least cosine similarity of two articles, or on average of two groups, to be one story. */
const MIN_SIMILARITY = 0.18;
/** The most days between the first and the last publication date of a story. */
const MAX_DAYS = 4;
/** A term in more than this share of the articles (of a briefing of at least ten) tells no story from another. */
const MAX_DF_SHARE = 0.25;
/** Nor does a term in more than this many articles: it would also make comparing all pairs quadratic. */
const MAX_DF = 100;

const DAY = 86_400_000;
const dayOf = (date: string | null) => (date === null ? null : Date.parse(`${date}T00:00:00Z`) / DAY);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Vector {
  terms: string[];
  weights: Float64Array;
}

/** Term counts of an article: headline words twice, names (capitalised words) as they are. */
function countTerms(input: StoryInput): { counts: Map<string, number>; spelling: Map<string, string> } {
  const counts = new Map<string, number>();
  const spelling = new Map<string, string>();
  const add = (text: string, times: number) => {
    // The words alone, without offsets: `match` is cheaper than collecting match objects.
    for (const word of text.match(WORD) ?? []) {
      const t = term(word);
      if (t === null || (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57)) continue;
      counts.set(t, (counts.get(t) ?? 0) + times);
      if (!spelling.has(t)) spelling.set(t, word);
    }
  };
  if (input.title) add(input.title, 2);
  add(input.text, 1);
  return { counts, spelling };
}

/** Groups articles into stories; every article is in exactly one story (alone, when nothing is close). Stories are sorted by their first source id. */
export function groupStories(inputs: readonly StoryInput[]): StoryGroup[] {
  const articles = [...inputs].sort((a, b) => byString(a.id, b.id));
  const n = articles.length;
  const counted = articles.map(countTerms);
  const df = new Map<string, number>();
  for (const { counts } of counted) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const maxDf = n >= 10 ? Math.min(MAX_DF, Math.max(2, Math.floor(n * MAX_DF_SHARE))) : n;
  // Each article's most distinctive terms, weighted by (1 + log tf) × idf and normalised.
  const vectors: Vector[] = counted.map(({ counts }) => {
    const scored: [string, number][] = [];
    for (const [t, tf] of counts) {
      const d = df.get(t)!;
      if (d < 2 || d > maxDf) continue;
      scored.push([t, (1 + Math.log(tf)) * Math.log((n + 1) / d)]);
    }
    scored.sort((x, y) => y[1] - x[1] || byString(x[0], y[0]));
    const top = scored.slice(0, VECTOR_TERMS);
    const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { terms: top.map(([t]) => t), weights: Float64Array.from(top, ([, w]) => w / norm) };
  });
  // Cosine similarity of every pair sharing a term, through an inverted index.
  const postings = new Map<string, { article: number; weight: number }[]>();
  vectors.forEach((vector, article) => {
    vector.terms.forEach((t, k) => {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ article, weight: vector.weights[k]! });
    });
  });
  const days = articles.map((article) => dayOf(article.published));
  const similarity = new Map<number, number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]!.article * n + list[y]!.article;
        similarity.set(key, (similarity.get(key) ?? 0) + list[x]!.weight * list[y]!.weight);
      }
    }
  }
  const pairs = [...similarity]
    .filter(([, s]) => s >= MIN_SIMILARITY)
    .map(([key, s]) => ({ i: Math.floor(key / n), j: key % n, s }))
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  // Average-linkage merging, strongest pair first, within the date window.
  const group = Array.from({ length: n }, (_, k) => k);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, k) => [k, [k]]));
  const pairSimilarity = (i: number, j: number) => similarity.get(i < j ? i * n + j : j * n + i) ?? 0;
  for (const { i, j } of pairs) {
    const gi = group[i]!;
    const gj = group[j]!;
    if (gi === gj) continue;
    const left = members.get(gi)!;
    const right = members.get(gj)!;
    const dated = [...left, ...right].map((k) => days[k]).filter((d): d is number => d !== null && d !== undefined);
    if (dated.length > 0 && Math.max(...dated) - Math.min(...dated) > MAX_DAYS) continue;
    let sum = 0;
    for (const a of left) for (const b of right) sum += pairSimilarity(a, b);
    if (sum / (left.length * right.length) < MIN_SIMILARITY) continue;
    for (const k of right) group[k] = gi;
    left.push(...right);
    members.delete(gj);
  }
  const stories: StoryGroup[] = [];
  for (const list of members.values()) {
    const sorted = [...list].sort((a, b) => a - b);
    // The terms most of the story's articles weigh, by summed weight.
    const weight = new Map<string, number>();
    const carriers = new Map<string, number>();
    for (const k of sorted) {
      vectors[k]!.terms.forEach((t, index) => {
        weight.set(t, (weight.get(t) ?? 0) + vectors[k]!.weights[index]!);
        carriers.set(t, (carriers.get(t) ?? 0) + 1);
      });
    }
    const shared = [...weight]
      .filter(([t]) => sorted.length === 1 || carriers.get(t)! >= 2)
      .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
      .slice(0, 6)
      .map(([t]) => counted[sorted.find((k) => counted[k]!.spelling.has(t))!]!.spelling.get(t)!);
    stories.push({ sources: sorted.map((k) => articles[k]!.id), terms: shared });
  }
  return stories.sort((a, b) => byString(a.sources[0]!, b.sources[0]!));
}

/** What the manifest needs of a source to describe its story. */
export interface StorySource {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** A readable id: the first words of the headline, lower case, with a number when two stories would share it. */
function slugOf(text: string): string {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 8).join('-').slice(0, 60).replace(/-+$/, '') || 'story';
}

/** The stories of a briefing as the manifest holds them, by first date (undated last), then first source id. */
export function describeStories(groups: readonly StoryGroup[], sources: readonly StorySource[], relationsOf: (sources: readonly string[]) => number): Story[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const described = groups.map((group) => {
    const members = group.sources.map((id) => byId.get(id)!);
    const dates = members
      .map((source) => source.published)
      .filter((date): date is string => date !== null)
      .sort();
    // The headline of the earliest article that has one.
    const ordered = [...members].sort((a, b) => byString(a.published ?? '9999', b.published ?? '9999') || byString(a.id, b.id));
    const headed = ordered.find((source) => source.title !== null) ?? ordered[0]!;
    return {
      id: '',
      title: headed.title ?? headed.id,
      sources: group.sources,
      outlets: [...new Set(members.map((source) => source.outlet).filter((outlet): outlet is string => outlet !== null))].sort(byString),
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      terms: group.terms,
      relations: relationsOf(group.sources),
    };
  });
  described.sort((a, b) => byString(a.first ?? '9999', b.first ?? '9999') || byString(a.sources[0]!, b.sources[0]!));
  const used = new Set<string>();
  for (const story of described) {
    const base = slugOf(story.title);
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    story.id = id;
  }
  return described;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthOf = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A title and summary for a briefing that has no `briefing.yaml`, made from its
 * stories: "30 articles from 3 outlets on 10 stories, April 2011 – January 2019."
 */
export function describeBriefing(stories: readonly Story[], sources: readonly StorySource[]): { title: string; summary: string } {
  const dates = sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  const span = first && last ? (monthOf(first) === monthOf(last) ? monthOf(first) : `${monthOf(first)} – ${monthOf(last)}`) : null;
  const outlets = new Set(sources.map((source) => source.outlet).filter((outlet) => outlet !== null)).size;
  const title = stories.length === 1 ? stories[0]!.title : `${counted(stories.length, 'story')}${span ? `, ${span}` : ''}`.replace(/storys/, 'stories');
  const summary = `${counted(sources.length, 'article')}${outlets > 0 ? ` from ${counted(outlets, 'outlet')}` : ''} on ${counted(stories.length, 'story').replace(/storys/, 'stories')}${span ? `, ${span}` : ''}.`;
  return { title, summary };
}
