import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/content-fs/annotate-content.ts';
import { Briefing } from '../../src/schema/briefing.ts';
import { ContentErrors } from '../../src/schema/content-error.ts';
import { bundled } from '../helpers/seeds.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const tempDir = tempDirs('briefing-');

describe('annotate a content folder', () => {
  it('reproduces the committed annotated MDX and briefing.json byte for byte', () => {
    const dir = tempDir();
    cpSync(bundled.articles, path.join(dir, 'articles'), { recursive: true });
    // The bundled briefing's own topics, title and summary: a folder never borrows them.
    cpSync(bundled.topics, path.join(dir, 'topics'), { recursive: true });
    cpSync(bundled.briefing, path.join(dir, 'briefing.yaml'));
    annotate(dir);
    expect(readFileSync(path.join(dir, 'briefing.json'), 'utf8')).toBe(readFileSync(bundled.manifest, 'utf8'));
    for (const file of readdirSync(bundled.annotated)) {
      expect(readFileSync(path.join(dir, 'annotated', file), 'utf8'), file).toBe(readFileSync(path.join(bundled.annotated, file), 'utf8'));
    }
  });

  it('borrows the bundled entities but none of the bundled briefing’s topics, title or summary for a folder that has only articles/', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(
      path.join(dir, 'articles', 'note.md'),
      '---\noutlet: Example Post\n---\nA reconnaissance satellite was launched on Monday, officials said.\n',
    );
    annotate(dir);
    const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(dir, 'briefing.json'), 'utf8')));
    expect(briefing.sources.map((s) => [s.id, s.outlet])).toEqual([['note', 'Example Post']]);
    expect(briefing.topics).toEqual([]);
    expect(briefing.claims.some((claim) => claim.topics.length > 0)).toBe(false);
    expect([briefing.title, briefing.summary]).toEqual(['note', '1 article from 1 outlet on 1 story.']);
    expect(briefing.stories.map((story) => story.sources)).toEqual([['note']]);
    expect(readdirSync(path.join(dir, 'annotated'))).toEqual(['note.html', 'note.mdx']);
  });

  it('keeps the files whose text is unchanged, and writes the others', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'articles'));
    const story = (more: string) => `---\noutlet: Example Post\n---\nThe bridge reopened on Monday, officials said.${more}\n`;
    writeFileSync(path.join(dir, 'articles', 'a.md'), story(''));
    writeFileSync(path.join(dir, 'articles', 'b.md'), '---\noutlet: Other Daily\n---\nA storm closed the harbour on Sunday.\n');
    annotate(dir, { cache: false });
    const inode = (file: string) => statSync(path.join(dir, 'annotated', file)).ino;
    const before = Object.fromEntries(['a.mdx', 'b.mdx'].map((file) => [file, inode(file)]));
    writeFileSync(path.join(dir, 'articles', 'a.md'), story(' "It is open," the mayor said.'));
    annotate(dir, { cache: false });
    expect(inode('b.mdx')).toBe(before['b.mdx']);
    expect(inode('a.mdx')).not.toBe(before['a.mdx']);
    expect(readFileSync(path.join(dir, 'annotated', 'a.mdx'), 'utf8')).toContain('It is open');
  });

  it('stops before writing anything when one article is bad, naming the file and line', () => {
    const dir = tempDir();
    cpSync(bundled.articles, path.join(dir, 'articles'), { recursive: true });
    annotate(dir);
    const before = readFileSync(path.join(dir, 'briefing.json'), 'utf8');
    writeFileSync(path.join(dir, 'articles', 'zz-bad.txt'), '---\ntitle: Fine\nurl: not a url\n---\nText.\n');
    writeFileSync(path.join(dir, 'articles', 'aa-new.txt'), 'A new article that would change the outputs.\n');
    expect(() => annotate(dir)).toThrow(/zz-bad\.txt:3: url: Expected a full URL/);
    expect(readFileSync(path.join(dir, 'briefing.json'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(dir, 'annotated'))).not.toContain('aa-new.mdx');
  });

  it('reports every mistake in the definitions with file and line', () => {
    const dir = tempDir();
    cpSync(bundled.articles, path.join(dir, 'articles'), { recursive: true });
    mkdirSync(path.join(dir, 'topics'));
    writeFileSync(path.join(dir, 'topics', 'trade.md'), '---\ntitle: Trade\nterms: [tariff]\n---\n');
    writeFileSync(path.join(dir, 'boilerplate.yaml'), "- id: ads\n  pattern: '(unclosed'\n  reason: adverts\n");
    writeFileSync(path.join(dir, 'entities.yaml'), '- name: Acme\n  kind: company\n');
    let error: unknown;
    try {
      annotate(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentErrors);
    const message = (error as Error).message;
    expect(message).toMatch(/topics\/trade\.md:2: summary: /);
    expect(message).toMatch(/entities\.yaml:2: 0\.kind: /);
    expect(message).toMatch(/boilerplate\.yaml:2: Invalid regular expression "\(unclosed"/);
  });

  it('exits 1 from the command line with the file and line, writing nothing', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, 'articles', 'a.txt'), '---\nurl: nope\n---\nText.\n');
    const run = spawnSync(process.execPath, [new URL('../../scripts/annotate.ts', import.meta.url).pathname], {
      env: { ...process.env, BRIEFING_CONTENT: dir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Content error, nothing written:\na.txt:2: url: Expected a full URL');
    expect(readdirSync(dir)).toEqual(['articles']);
  });
});
