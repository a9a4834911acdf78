/**
 * Synthetic articles for benchmarks: ~500 words each of news-like sentences —
 * quotations, attributions, unnamed sources, hedges, numbers, boilerplate —
 * drawn from a seeded generator, so every run measures the same text.
 *
 * Articles come in stories of five, each from another outlet, as coverage of
 * one event does: a story has its own made-up places, people and things, and
 * its articles retell some of the same facts in their own words (sometimes with
 * another number). So cross-outlet matching has real work to do — candidates
 * that share rare words, corroborations and discrepancies — rather than a
 * vocabulary so small that every term is too common to look up.
 */
import type { ArticleFile } from '../pipeline/annotate-briefing.ts';

/** mulberry32: a small, fast, seeded PRNG; deterministic across runs and machines. */
export function random(seed: number): () => number {
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
const LAST =
  'Kovacs Lindqvist Okafor Wei Marquez Nowak Claes Moravec Osei Prior Lind Rask Benedetti Delgado Verhaegen Ferraris Haddad Demir Solberg Rojas'.split(' ');
const ROLES = 'spokesperson minister analyst economist governor mayor director official negotiator commander ambassador adviser'.split(' ');
const PLACES = 'Rotterdam Lagos Seoul Antwerp Vladivostok Harvan Vernazzo Leeds Tallavik Hemmel Nairobi Lima'.split(' ');
const NOUNS = (
  'talks agreement strike budget missile satellite summit sanctions harvest flood election port union cargo ' +
  'contract tariff reactor pipeline convoy ceasefire vote inquiry drought bridge factory border treaty loan subsidy ' +
  'shipment protest airport railway hospital vaccine refinery mine court reform curfew exports imports wages prices'
).split(' ');
const VERBS = 'collapsed resumed stalled expanded ended began slowed doubled halved continued'.split(' ');
const ADJECTIVES = 'major fragile disputed costly sudden long-awaited controversial regional emergency bilateral'.split(' ');
const NUMBERS = ['two', 'three', 'more than 3,000', 'about 2,500', 'at least 41', 'nearly 400', 'several', 'dozens of'];
const UNITS = 'workers ships people homes vessels tonnes jobs families'.split(' ');

let next: () => number = random(1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
/** A copy in random order (Fisher–Yates, from the seeded generator). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** Made-up words for one story's names: "Velmora", "Tarsk". */
const SYLLABLES = 'ka ve lor mir tas sen dro pal quin rho bex ul tor vash nim gar eld sil mok fen'.split(' ');
const coined = () => capital(Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join(''));

/** What one story is about: its own place, people and things, shared by its articles. */
interface Story {
  place: string;
  people: string[];
  things: string[];
  /** Facts the story's articles retell; each takes the story and a number. */
  facts: ((number: string) => string)[];
}

function newStory(): Story {
  const place = coined();
  const people = Array.from({ length: 3 }, () => `${pick(FIRST)} ${coined()}`);
  const things = Array.from({ length: 3 }, () => `the ${coined()} ${pick(NOUNS)}`);
  const [a, b, c] = things as [string, string, string];
  const facts = [
    (n: string) => `${capital(a)} ${pick(VERBS)} in ${place} after ${n} ${pick(UNITS)} were affected.`,
    (n: string) => `Officials in ${place} said ${b} would cost ${n} ${pick(['million', 'billion'])} ${pick(['euros', 'dollars'])}.`,
    (n: string) => `${people[0]} met ${people[1]} in ${place} ${n === 'two' ? 'two days' : 'hours'} before ${c} was announced.`,
    () => `"${capital(b)} is ${pick(['a disaster', 'progress', 'not over'])}," ${people[2]} said in ${place}.`,
    (n: string) => `At least ${n} ${pick(UNITS)} left ${place} as ${a} entered its ${pick(['second', 'third', 'fourth'])} day.`,
    () => `${people[1]}, a ${pick(ROLES)} in ${place}, warned that ${b} could ${pick(['collapse', 'stall', 'double'])} within ${pick(['weeks', 'a month'])}.`,
    (n: string) => `${capital(c)} ${pick(['resumed', 'ended', 'began'])} on ${pick(['Monday', 'Tuesday'])}, ${n} days after ${people[0]} visited ${place}.`,
    () => `Residents of ${place} say ${a} has ${pick(['divided', 'united', 'exhausted'])} the town.`,
  ];
  return { place, people, things, facts };
}

const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const the = () => `the ${pick(ADJECTIVES)} ${pick(NOUNS)}`;

const SENTENCES: readonly (() => string)[] = [
  () => `"We will not accept ${the()} under these conditions," ${person()} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
  () => `${capital(pick(ROLES))} ${person()} told reporters in ${pick(PLACES)} that ${the()} would continue.`,
  () => `${capital(the())} ${pick(VERBS)} late on ${pick(['Sunday', 'Monday'])}, according to two people familiar with the matter.`,
  () => `Analysts say ${the()} is likely to shape the region's economy for years.`,
  () => `The U.S. has warned that ${the()} would violate U.N. Security Council resolutions.`,
  () => `${capital(pick(NUMBERS))} ${pick(UNITS)} were affected in ${pick(PLACES)} as ${the()} entered its third day.`,
  () => `One official, who spoke on condition of anonymity, said ${the()} was expected to end within ${pick(['hours', 'a week', 'two days'])}.`,
  () => `The ${pick(NOUNS)} ${pick(VERBS)} ${pick(['hours', 'just an hour', 'two days'])} before ${the()} in ${pick(PLACES)}.`,
  () => `"This is ${pick(['a disaster', 'progress', 'not over'])}," said ${person()}, a ${pick(ROLES)} in ${pick(PLACES)}.`,
  () => `${person()} could not be reached for comment on ${the()}.`,
];

/** Articles per story, each from a different outlet. */
const STORY_SIZE = 5;
/** How many of its story's facts an article retells, each once. */
const FACTS_PER_ARTICLE = 5;
/** Chance that the next sentence is one of those facts rather than general colour. */
const FACT_SHARE = 0.15;

/** `count` articles of about `words` words each. */
export function syntheticArticles(count: number, words = 500, seed = 42): ArticleFile[] {
  next = random(seed);
  const encoder = new TextEncoder();
  const files: ArticleFile[] = [];
  let story = newStory();
  for (let index = 0; index < count; index++) {
    if (index % STORY_SIZE === 0) story = newStory();
    const lines = [
      '---',
      `outlet: Outlet ${index % 7}`,
      `published: 2025-03-${String((index % 28) + 1).padStart(2, '0')}`,
      '---',
      `Report ${index} on ${story.things[0]}`,
      '',
    ];
    const facts = shuffled(story.facts).slice(0, FACTS_PER_ARTICLE);
    let total = 0;
    while (total < words) {
      const sentence = () => (facts.length > 0 && next() < FACT_SHARE ? facts.pop()!(pick(['two', 'three', '40', '41', '400', 'several'])) : pick(SENTENCES)());
      const paragraph = Array.from({ length: 1 + Math.floor(next() * 3) }, sentence).join(' ');
      total += paragraph.split(/\s+/).length;
      lines.push(paragraph, '');
      if (next() < 0.05) lines.push('CLICK HERE TO GET THE NEWS APP', '');
    }
    lines.push(`${person()} contributed to this report.`);
    files.push({ file: `synthetic-${String(index).padStart(4, '0')}.txt`, bytes: encoder.encode(lines.join('\n')) });
  }
  return files;
}
