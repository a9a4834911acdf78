/**
 * Synthetic articles for benchmarks: ~500 words each, news-like sentences with
 * quotes, attributions, hedges and boilerplate, from a seeded generator so every
 * run measures the same text.
 */
import type { ArticleFile } from '../../src/pipeline/annotate-briefing.ts';

/** mulberry32: a small, fast, seeded PRNG; deterministic across runs and machines. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Marta Kovacs', 'Jonas Lindqvist', 'Amara Okafor', 'Li Wei', 'Sofia Marquez', 'Tomasz Nowak', 'Kim Jong Un', 'Vladimir Putin'];
const PLACES = ['Rotterdam', 'Lagos', 'Seoul', 'the capital', 'the northern province', 'Vladivostok'];
const NOUNS = ['talks', 'the agreement', 'the strike', 'the budget', 'the missile test', 'the satellite launch', 'the summit', 'sanctions'];
const OPENERS = [
  (r: () => string) => `"We will not accept ${r()} under these conditions," ${pick(PEOPLE)} said on Tuesday.`,
  (r: () => string) => `${pick(PEOPLE)} told reporters in ${pick(PLACES)} that ${r()} would continue for at least two more weeks.`,
  (r: () => string) => `${r()} could collapse as early as Friday, according to two officials familiar with the matter.`,
  (r: () => string) => `Analysts say ${r()} is likely to shape the region's economy for years.`,
  (r: () => string) => `The U.S. has warned that ${r()} would violate U.N. Security Council resolutions.`,
  (r: () => string) => `More than 3,000 people gathered outside the ministry on Monday as ${r()} entered its third day.`,
  (r: () => string) => `Mr. Lindqvist, who spoke on condition of anonymity, said ${r()} was expected to end soon.`,
  (r: () => string) => `The government did not respond to a request for comment on ${r()}.`,
];
let current: () => number = random(1);
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(current() * items.length)]!;
}

/** `count` articles of about `words` words each. */
export function syntheticArticles(count: number, words = 500, seed = 42): ArticleFile[] {
  current = random(seed);
  const encoder = new TextEncoder();
  const files: ArticleFile[] = [];
  for (let index = 0; index < count; index++) {
    const lines = ['---', `outlet: Outlet ${index % 7}`, `published: 2025-03-${String((index % 28) + 1).padStart(2, '0')}`, '---', `Headline number ${index} about ${pick(NOUNS)}`, ''];
    let total = 0;
    while (total < words) {
      const paragraph: string[] = [];
      for (let s = 0; s < 1 + Math.floor(current() * 3); s++) paragraph.push(pick(OPENERS)(() => pick(NOUNS)));
      const text = paragraph.join(' ');
      total += text.split(/\s+/).length;
      lines.push(text, '');
      if (current() < 0.05) lines.push('CLICK HERE TO GET THE NEWS APP', '');
    }
    lines.push('Jane Roe contributed to this report.');
    files.push({ file: `synthetic-${String(index).padStart(4, '0')}.txt`, bytes: encoder.encode(lines.join('\n')) });
  }
  return files;
}
