import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/content-fs/annotate-content.ts';
import { ContentErrors } from '../../src/schema/content-error.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const tempDir = tempDirs('briefing-boundary-');

const story = 'Leaders met in the port city on Tuesday. "We agreed on everything," the mayor said.\n';
/** A content folder with one good article, annotated once; returns the folder. */
function folder(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'articles', 'good.txt'), story);
  return dir;
}
const errorsOf = (dir: string): string[] => {
  try {
    annotate(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as ContentErrors).errors.map((e) => e.message);
  }
  throw new Error('expected content errors');
};
const annotateCli = (dir: string) =>
  spawnSync(process.execPath, [new URL('../../scripts/annotate.ts', import.meta.url).pathname], {
    env: { ...process.env, BRIEFING_CONTENT: dir },
    encoding: 'utf8',
  });

describe('the content folder is a boundary', () => {
  it('refuses a symbolic link that leaves the folder, and reads one that stays inside', () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    const dir = folder();
    mkdirSync(path.join(dir, 'library'));
    writeFileSync(path.join(dir, 'library', 'kept.txt'), story.replace('Tuesday', 'Friday'));
    symlinkSync(path.join(dir, 'library', 'kept.txt'), path.join(dir, 'articles', 'inside.txt'));
    expect(annotate(dir).sources).toBe(2);
    symlinkSync(path.join(outside, 'passwd'), path.join(dir, 'articles', 'a.txt'));
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.txt: Refused: a symbolic link out of the content folder \(to .*passwd\); copy the file into the folder instead$/);
    expect(readFileSync(path.join(dir, 'briefing.json'), 'utf8')).not.toContain('root:x');
  });

  it('refuses a named pipe without blocking on it, and a folder named like an article', () => {
    const dir = folder();
    const made = spawnSync('mkfifo', [path.join(dir, 'articles', 'pipe.txt')]);
    expect(made.status).toBe(0);
    mkdirSync(path.join(dir, 'articles', 'folder.md'));
    expect(errorsOf(dir)).toEqual(['folder.md: Refused: a folder, expected a text file', 'pipe.txt: Refused: a named pipe (FIFO), expected a text file']);
  });

  it('refuses an article over 2 MB, saying its size and the limit', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'articles', 'huge.txt'), story.repeat(Math.ceil((5.5 * 1024 * 1024) / story.length)));
    expect(errorsOf(dir)).toEqual(['huge.txt: Refused: 5.5 MB, over the limit of 2.0 MB per file; split it into several articles']);
  });

  it('reads UTF-16 with a byte-order mark as the same article as UTF-8', () => {
    const dir = folder();
    annotate(dir);
    const utf8 = readFileSync(path.join(dir, 'annotated', 'good.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'articles', 'good.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story.replace(/\n/g, '\r\n'), 'utf16le')]));
    annotate(dir);
    expect(readFileSync(path.join(dir, 'annotated', 'good.mdx'), 'utf8')).toBe(utf8);
  });
});

describe('every mistake at once', () => {
  it('reports all the mistakes of a folder — definitions and articles — with file and line, then writes nothing', () => {
    const dir = folder();
    annotate(dir);
    const manifest = readFileSync(path.join(dir, 'briefing.json'), 'utf8');
    const mdx = readFileSync(path.join(dir, 'annotated', 'good.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'articles', 'aa-new.txt'), 'A new article that would change the outputs.\n');
    writeFileSync(path.join(dir, 'articles', 'bad-date.txt'), '---\ntitle: Fine\npublished: yesterday\nurl: not a url\n---\nText.\n');
    writeFileSync(path.join(dir, 'articles', 'empty.txt'), '---\ntitle: Nothing below\n---\n\n');
    writeFileSync(path.join(dir, 'articles', 'nul.txt'), 'One line.\nA NUL\u0000 on the second.\n');
    writeFileSync(path.join(dir, 'articles', 'wide.txt'), Buffer.from(story, 'utf16le'));
    writeFileSync(path.join(dir, 'entities.yaml'), '- name: Acme\n  kind: company\n');
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.stringMatching(/(?:^|\/)entities\.yaml:2: 0\.kind: /),
      expect.stringMatching(/^bad-date\.txt:3: published: Expected an ISO date/),
      expect.stringMatching(/^bad-date\.txt:4: url: Expected a full URL/),
      'empty.txt:4: Unexpected empty article: expected some text below the front matter',
      'nul.txt:2: Unexpected control character U+0000 (NUL): expected text; remove it (most editors do not show it)',
      'wide.txt: Unexpected bytes: this looks like UTF-16 without a byte-order mark; expected UTF-8 text (save the file as UTF-8)',
    ]);
    expect(readFileSync(path.join(dir, 'briefing.json'), 'utf8')).toBe(manifest);
    expect(readdirSync(path.join(dir, 'annotated'))).toEqual(['good.html', 'good.mdx']);
    expect(readFileSync(path.join(dir, 'annotated', 'good.mdx'), 'utf8')).toBe(mdx);
    expect(readdirSync(dir).sort()).toEqual(['annotated', 'articles', 'briefing.json', 'entities.yaml']);

    const run = annotateCli(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^6 content errors, nothing written:\n\S*entities\.yaml:2: 0\.kind: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
