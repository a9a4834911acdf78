import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { random } from '../../src/eval/synthetic.ts';
import { analyseBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { annotatedTree, librarySerialiseOptions, toMdx } from '../../src/pipeline/emit.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

// Every character some unsafe pattern names, words that start constructs, and plain prose.
const pieces = [
  ...'\\*_[]()<>{}#!&:.-+=|~`\'"@^%$0123456789 \t\n\r',
  'a',
  'b',
  'W',
  'p',
  's',
  'import ',
  'export ',
  'www.',
  'http://',
  ' said. ',
  '1. ',
  '- ',
  '> ',
  '<script>',
  '{x}',
  '&amp;',
  '&#x41;',
  '<!--',
  '-->',
  '***',
  '___',
  '[^1]',
  '![',
  '](',
  '\u00a0',
  '\u0000',
  '“',
  '—',
];

function tree(next: () => number): Root {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const text = () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(pieces)).join('');
  const phrasing = (inFootnote: boolean): PhrasingContent[] =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, (): PhrasingContent => {
      const roll = next();
      if (inFootnote && roll < 0.3) return { type: 'link', url: text(), children: [{ type: 'text', value: text() }] };
      if (!inFootnote && roll < 0.4)
        return {
          type: 'mdxJsxTextElement',
          name: 'Claim',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: text() }],
          children: [{ type: 'text', value: text() }],
        };
      if (!inFootnote && roll < 0.55) return { type: 'footnoteReference', identifier: 'n', label: text() };
      return { type: 'text', value: text() };
    });
  const children: RootContent[] = [];
  for (let index = 0; index < 1 + next() * 3; index++) children.push({ type: 'paragraph', children: phrasing(false) });
  children.push({ type: 'footnoteDefinition', identifier: 'n', label: text(), children: [{ type: 'paragraph', children: phrasing(true) }] });
  return { type: 'root', children };
}

describe('serialiser speed-ups (escape prefilter, position tracker)', () => {
  it('writes exactly what the serialiser alone writes, on 5,000 random trees of hostile text', () => {
    const next = random(20231213);
    let differing = 0;
    let escaped = 0;
    for (let index = 0; index < 5000; index++) {
      const input = tree(next);
      const library = toMarkdown(input, librarySerialiseOptions);
      if (toMdx(input) !== library) differing++;
      if (/\\|&#x/.test(library)) escaped++;
    }
    expect(differing).toBe(0);
    // The trees really do need escaping, so the library's path is exercised too.
    expect(escaped).toBeGreaterThan(4000);
  });

  it('writes exactly what the serialiser alone writes for the seeds and the hostile article', () => {
    const hostileDir = new URL('../fixtures/hostile/articles/', import.meta.url).pathname;
    const hostile = readdirSync(hostileDir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(hostileDir, file))) }));
    for (const files of [seedArticles(), hostile]) {
      for (const article of analyseBriefing(files, seedDefinitions()).articles) {
        const input = annotatedTree({ sourceId: article.id, paragraphs: article.paragraphs, footnote: (claim) => [{ type: 'text', value: claim.text }] });
        expect(toMdx(input)).toBe(toMarkdown(input, librarySerialiseOptions));
      }
    }
  });
});
