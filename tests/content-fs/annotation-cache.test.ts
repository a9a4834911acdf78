import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { annotate } from '../../src/content-fs/annotate-content.ts';
import { openAnnotationCache, pipelineVersion } from '../../src/content-fs/annotation-cache.ts';
import { syntheticArticles } from '../../src/eval/synthetic.ts';
import { bundled, repoRoot } from '../helpers/seeds.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const tempDir = tempDirs('briefing-cache-');

/** A content folder: the seeds and 20 synthetic articles in stories of five. */
function contentFolder(): string {
  const dir = tempDir();
  cpSync(bundled.articles, path.join(dir, 'articles'), { recursive: true });
  for (const file of syntheticArticles(20)) writeFileSync(path.join(dir, 'articles', file.file), file.bytes);
  return dir;
}

/** Every file annotation writes, by path, as bytes. */
function outputs(dir: string): Map<string, string> {
  const files = new Map([['briefing.json', readFileSync(path.join(dir, 'briefing.json'), 'latin1')]]);
  for (const file of readdirSync(path.join(dir, 'annotated')).sort()) files.set(`annotated/${file}`, readFileSync(path.join(dir, 'annotated', file), 'latin1'));
  return files;
}

/** What annotating a copy of the folder's articles without a cache writes. */
function cleanOutputs(dir: string): Map<string, string> {
  const clean = tempDir();
  cpSync(path.join(dir, 'articles'), path.join(clean, 'articles'), { recursive: true });
  annotate(clean, { cache: false });
  return outputs(clean);
}

/** The cache's entry files, relative to the cache folder. */
/** The cache's pack files, relative to the cache folder. */
const packs = (cache: string) => (readdirSync(cache, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.pack')).sort();
/** How many entries the last annotation of `dir` left in `cache`. */
const stored = (dir: string, cache: string) => openAnnotationCache(dir, cache).size();

describe('the annotation cache', () => {
  it('re-reads only the edited article, re-emits what its edit changes, and writes what a clean annotation writes', () => {
    const dir = contentFolder();
    const cache = path.join(tempDir(), 'cache');
    const articles = readdirSync(path.join(dir, 'articles')).length;
    const cold = annotate(dir, { cache });
    expect(cold.cache).toEqual({ read: { hits: 0, misses: articles }, emit: { hits: 0, misses: articles } });
    const warm = annotate(dir, { cache });
    expect(warm.cache).toEqual({ read: { hits: articles, misses: 0 }, emit: { hits: articles, misses: 0 } });
    expect(stored(dir, cache)).toBe(2 * articles);

    // Two edits: front matter, then a new sentence. Each article is read again, and emitted
    // again with whichever others its edit changes — relations rest on briefing-wide word
    // counts, so an edit can reorder another story's cross-references — and no others.
    const file = path.join(dir, 'articles', 'synthetic-0007.txt');
    for (const edit of [
      () => writeFileSync(file, `---\nurl: https://example.org/7\n---\n${readFileSync(file, 'utf8')}`),
      () => appendFileSync(file, '\nThe mayor said on Friday that the bridge would reopen within a week.\n'),
    ]) {
      const before = outputs(dir);
      edit();
      const edited = annotate(dir, { cache });
      expect(edited.cache!.read).toEqual({ hits: articles - 1, misses: 1 });
      const after = outputs(dir);
      const changed = new Set(
        [...after].filter(([name, text]) => name.startsWith('annotated/') && before.get(name) !== text).map(([name]) => name.replace(/\.\w+$/, '')),
      );
      expect(changed.size).toBeGreaterThan(0);
      expect(edited.cache!.emit.misses).toBeGreaterThanOrEqual(changed.size);
      expect(edited.cache!.emit.hits).toBeGreaterThan(0);
      expect(after).toEqual(cleanOutputs(dir));
    }
    // What the last build did not use is gone: one read and one emission per article.
    expect(stored(dir, cache)).toBe(2 * articles);
  });

  it('computes again what it cannot read back, with the same output', () => {
    const dir = contentFolder();
    const cache = path.join(tempDir(), 'cache');
    annotate(dir, { cache });
    const before = outputs(dir);
    const [pack] = packs(cache);
    const bytes = readFileSync(path.join(cache, pack!));
    // Cut short: the entries before the cut are served, the rest computed again.
    writeFileSync(path.join(cache, pack!), bytes.subarray(0, bytes.length >> 1));
    const cut = annotate(dir, { cache });
    expect(cut.cache!.read.hits + cut.cache!.emit.hits).toBeGreaterThan(0);
    expect(cut.cache!.read.misses + cut.cache!.emit.misses).toBeGreaterThan(0);
    expect(outputs(dir)).toEqual(before);
    // One byte changed in an entry: its digest no longer matches, so it is not served.
    const whole = readFileSync(path.join(cache, pack!));
    whole[whole.length - 10]! ^= 0xff;
    writeFileSync(path.join(cache, pack!), whole);
    const flipped = annotate(dir, { cache });
    expect(flipped.cache!.read.misses + flipped.cache!.emit.misses).toBe(1);
    expect(outputs(dir)).toEqual(before);
    writeFileSync(path.join(cache, pack!), 'not a pack');
    const garbage = annotate(dir, { cache });
    expect(garbage.cache!.read.hits + garbage.cache!.emit.hits).toBe(0);
    expect(outputs(dir)).toEqual(before);
  });

  it('annotates in full, and says so, when the cache cannot be saved', () => {
    const dir = contentFolder();
    const blocked = path.join(tempDir(), 'cache');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    try {
      const result = annotate(dir, { cache: blocked });
      expect(result.cache!.read.misses).toBe(readdirSync(path.join(dir, 'articles')).length);
    } finally {
      warn.mockRestore();
    }
    expect(warnings).toEqual([expect.stringMatching(/^Annotation cache not saved \(.*cache\): .*The annotations are complete/)]);
    expect(outputs(dir)).toEqual(cleanOutputs(dir));
  });

  it('still reports a mistake in an edited article with its file and line, and writes nothing', () => {
    const dir = contentFolder();
    const cache = path.join(tempDir(), 'cache');
    annotate(dir, { cache });
    const before = outputs(dir);
    writeFileSync(path.join(dir, 'articles', 'synthetic-0003.txt'), '---\ntitle: Fine\nurl: not a url\n---\nText.\n');
    expect(() => annotate(dir, { cache })).toThrow(/synthetic-0003\.txt:3: url: Expected a full URL/);
    expect(outputs(dir)).toEqual(before);
  });

  it('serves nothing to another version of the pipeline, and drops the old version’s entries', () => {
    const root = tempDir();
    const cache = path.join(tempDir(), 'cache');
    const first = openAnnotationCache(root, cache, 'a'.repeat(64));
    first.set('read-0123', { claims: [1, 2], speaker: null, discovered: new Map([['Ada', 'person']]) });
    first.save();
    const again = openAnnotationCache(root, cache, 'a'.repeat(64));
    expect(again.get('read-0123')).toEqual({ claims: [1, 2], speaker: null, discovered: new Map([['Ada', 'person']]) });
    const other = openAnnotationCache(root, cache, 'b'.repeat(64));
    expect(other.get('read-0123')).toBeUndefined();
    other.save();
    expect(packs(cache)).toHaveLength(1);
    expect(openAnnotationCache(root, cache, 'a'.repeat(64)).size()).toBe(0);
  });

  it('forgets the cache of a content folder that no longer exists', () => {
    const cache = path.join(tempDir(), 'cache');
    const gone = tempDir();
    const first = openAnnotationCache(gone, cache, 'a'.repeat(64));
    first.set('emit-0a', 'x');
    first.save();
    rmSync(gone, { recursive: true });
    const kept = tempDir();
    const other = openAnnotationCache(kept, cache, 'a'.repeat(64));
    other.set('emit-0b', 'y');
    other.save();
    expect(packs(cache)).toHaveLength(1);
    expect(openAnnotationCache(kept, cache, 'a'.repeat(64)).get('emit-0b')).toBe('y');
  });

  it('takes a new pipeline version from any change to the pipeline’s code or locked dependencies', () => {
    const copy = tempDir();
    for (const folder of ['src/pipeline', 'src/schema', 'src/vocabulary']) cpSync(path.join(repoRoot, folder), path.join(copy, folder), { recursive: true });
    cpSync(path.join(repoRoot, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    const version = pipelineVersion(copy);
    expect(pipelineVersion(copy)).toBe(version);
    expect(version).toBe(pipelineVersion(repoRoot));
    appendFileSync(path.join(copy, 'src/pipeline/quote-cues.ts'), '\n');
    const changedCode = pipelineVersion(copy);
    expect(changedCode).not.toBe(version);
    mkdirSync(path.join(copy, 'src/vocabulary/more'));
    writeFileSync(path.join(copy, 'src/vocabulary/more/words.ts'), 'export const WORDS = [];\n');
    expect(pipelineVersion(copy)).not.toBe(changedCode);
    appendFileSync(path.join(copy, 'package-lock.json'), '\n');
    expect(pipelineVersion(copy)).not.toBe(changedCode);
  });
});
