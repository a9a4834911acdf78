import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { problemsOf } from '../helpers/coverage.ts';
import { readableText, readPage, select, selectAll, type Element } from '../helpers/html.ts';
import { manifestOf } from '../helpers/search.ts';

const adversarial = inject('adversarial');
const manifest = manifestOf(adversarial.content);
const articlesDir = path.join(adversarial.content, 'articles');
const files = readdirSync(articlesDir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(articlesDir, file))) }));

/** What an article page shows of its source: the title, the article's paragraphs, the removed boilerplate. */
function shown(id: string) {
  const tree = readPage(adversarial.site, `/articles/${id}/`);
  const body = select('.article-text', tree)!;
  const paragraphs = body.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p').map((p) => readableText(p, 'pre'));
  const removed = selectAll('.removed-text', tree).map((node) => readableText(node, 'pre'));
  return { title: readableText(select('h1', tree)!, 'pre'), paragraphs, removed };
}

describe('the CommonMark spec and the Big List of Naughty Strings as articles', () => {
  it('builds a page for every article, losing no character on the way (the coverage proof)', () => {
    expect(manifest.sources.map((source) => source.file).sort()).toEqual(files.map((file) => file.file).sort());
    expect(manifest.sources.length).toBeGreaterThanOrEqual(35);
    expect(problemsOf(files, manifest)).toEqual(new Map());
  });

  it('shows each article paragraph by paragraph exactly as its cleaned text, and the removed text verbatim', () => {
    for (const source of manifest.sources) {
      const page = shown(source.id);
      expect(page.title, source.id).toBe(source.title);
      // Soft line breaks are spaces on the page; every other character is as written.
      expect(page.paragraphs, source.id).toEqual(source.text.split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' ')));
      expect(page.removed, source.id).toEqual(source.removed.map((removed) => removed.text));
    }
  });

  it('shows every line of every example and string', () => {
    for (const file of files) {
      const source = manifest.sources.find((s) => s.file === file.file)!;
      const page = shown(source.id);
      const visible = [...page.paragraphs, ...page.removed].join('\n');
      const body = new TextDecoder().decode(file.bytes).split('\n---\n').slice(1).join('\n---\n');
      let missing = 0;
      for (const line of body
        .normalize('NFC')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        if (!visible.includes(line)) missing++;
      }
      expect(missing, source.id).toBe(0);
    }
  });
});
