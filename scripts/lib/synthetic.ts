/**
 * Synthetic articles for benchmarks: ~500 words each of news-like sentences —
 * quotations, attributions, unnamed sources, hedges, numbers, boilerplate —
 * drawn from a seeded generator, so every run measures the same text. Sentences
 * mix templates with a few hundred words, so that articles share topics and
 * phrases the way coverage of one story does, without being copies.
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

const FIRST = 'Marta Jonas Amara Li Sofia Tomasz Pieter Elena Daniel Helen Oskar Agnes Carlo Maria Luc Gianni Nadia Yusuf Ingrid Mateo'.split(' ');
const LAST = 'Kovacs Lindqvist Okafor Wei Marquez Nowak Claes Moravec Osei Prior Lind Rask Benedetti Delgado Verhaegen Ferraris Haddad Demir Solberg Rojas'.split(' ');
const ROLES = 'spokesperson minister analyst economist governor mayor director official negotiator commander ambassador adviser'.split(' ');
const PLACES = 'Rotterdam Lagos Seoul Antwerp Vladivostok Harvan Vernazzo Leeds Tallavik Hemmel Nairobi Lima'.split(' ');
const NOUNS = ('talks agreement strike budget missile satellite summit sanctions harvest flood election port union cargo ' +
  'contract tariff reactor pipeline convoy ceasefire vote inquiry drought bridge factory border treaty loan subsidy ' +
  'shipment protest airport railway hospital vaccine refinery mine court reform curfew exports imports wages prices').split(' ');
const VERBS = 'collapsed resumed stalled expanded ended began slowed doubled halved continued'.split(' ');
const ADJECTIVES = 'major fragile disputed costly sudden long-awaited controversial regional emergency bilateral'.split(' ');
const NUMBERS = ['two', 'three', 'more than 3,000', 'about 2,500', 'at least 41', 'nearly 400', 'several', 'dozens of'];
const UNITS = 'workers ships people homes vessels tonnes jobs families'.split(' ');

let next: () => number = random(1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const the = () => `the ${pick(ADJECTIVES)} ${pick(NOUNS)}`;

const SENTENCES: readonly (() => string)[] = [
  () => `"We will not accept ${the()} under these conditions," ${person()} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
  () => `${pick(ROLES).replace(/^./, (c) => c.toUpperCase())} ${person()} told reporters in ${pick(PLACES)} that ${the()} would continue.`,
  () => `${the().replace(/^t/, 'T')} ${pick(VERBS)} late on ${pick(['Sunday', 'Monday'])}, according to two people familiar with the matter.`,
  () => `Analysts say ${the()} is likely to shape the region's economy for years.`,
  () => `The U.S. has warned that ${the()} would violate U.N. Security Council resolutions.`,
  () => `${pick(NUMBERS).replace(/^./, (c) => c.toUpperCase())} ${pick(UNITS)} were affected in ${pick(PLACES)} as ${the()} entered its third day.`,
  () => `One official, who spoke on condition of anonymity, said ${the()} was expected to end within ${pick(['hours', 'a week', 'two days'])}.`,
  () => `The ${pick(NOUNS)} ${pick(VERBS)} ${pick(['hours', 'just an hour', 'two days'])} before ${the()} in ${pick(PLACES)}.`,
  () => `"This is ${pick(['a disaster', 'progress', 'not over'])}," said ${person()}, a ${pick(ROLES)} in ${pick(PLACES)}.`,
  () => `${person()} could not be reached for comment on ${the()}.`,
];

/** `count` articles of about `words` words each. */
export function syntheticArticles(count: number, words = 500, seed = 42): ArticleFile[] {
  next = random(seed);
  const encoder = new TextEncoder();
  const files: ArticleFile[] = [];
  for (let index = 0; index < count; index++) {
    const lines = ['---', `outlet: Outlet ${index % 7}`, `published: 2025-03-${String((index % 28) + 1).padStart(2, '0')}`, '---', `Report ${index} on ${the()}`, ''];
    let total = 0;
    while (total < words) {
      const paragraph = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SENTENCES)()).join(' ');
      total += paragraph.split(/\s+/).length;
      lines.push(paragraph, '');
      if (next() < 0.05) lines.push('CLICK HERE TO GET THE NEWS APP', '');
    }
    lines.push(`${person()} contributed to this report.`);
    files.push({ file: `synthetic-${String(index).padStart(4, '0')}.txt`, bytes: encoder.encode(lines.join('\n')) });
  }
  return files;
}
