/**
 * The annotation cache on disk, so that a second build re-reads and re-emits only the
 * articles whose inputs changed (`AnnotationCache` in `pipeline/annotate-briefing.ts`
 * says what a key digests). Node's structured serialisation (`node:v8`) stores each
 * result exactly: Maps, `null`s and the claims a paragraph shares with the claim list.
 *
 * Layout: `<cache>/<content folder>/<pipeline version>/<first two of key>/<key>.v8`, each
 * part a digest. The pipeline version digests the code that computes the results (every
 * file of `src/pipeline`, `src/schema` and `src/vocabulary`), the locked dependencies and
 * the Node runtime (its V8 writes the entries, its ICU segments the text): any change to
 * them opens an empty cache, so no result of other code can be served. An entry that
 * cannot be read back is a miss, never an error. After a build, `prune` keeps only the
 * entries that build used and removes other versions and the caches of content folders
 * that no longer exist.
 *
 * Not a library's job: Node's own `v8.serialize` and `crypto` do the work; what is here is
 * where the files go and when they are removed.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { CACHE_KINDS, type AnnotationCache } from '../pipeline/annotate-briefing.ts';

const repository = fileURLToPath(new URL('../../', import.meta.url));

/** The folders whose code computes what the cache holds. */
const PIPELINE_CODE = ['src/pipeline', 'src/schema', 'src/vocabulary'];

const digest = (data: string | Uint8Array) => hash('sha256', data, 'hex');

/** The cache folder: BRIEFING_CACHE, or `node_modules/.cache/briefing` of this repository; null when BRIEFING_CACHE is `off`. */
export function cacheDir(value: string | undefined = process.env.BRIEFING_CACHE): string | null {
  if (value === 'off') return null;
  return path.resolve(value && value.length > 0 ? value : path.join(repository, 'node_modules', '.cache', 'briefing'));
}

/** The digest of everything that decides what the pipeline computes from given inputs, other than the inputs (`root`: the repository). */
export function pipelineVersion(root: string = repository): string {
  const parts: string[] = [`node ${process.versions.node} v8 ${process.versions.v8} icu ${process.versions.icu} unicode ${process.versions.unicode}`];
  for (const folder of PIPELINE_CODE) {
    const files = (readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.ts')).sort();
    for (const file of files) parts.push(`${folder}/${file} ${digest(readFileSync(path.join(root, folder, file)))}`);
  }
  const lock = path.join(root, 'package-lock.json');
  parts.push(`package-lock.json ${existsSync(lock) ? digest(readFileSync(lock)) : 'none'}`);
  return digest(parts.join('\n'));
}

/** How many results of each kind came from the cache and how many were computed. */
export type CacheCounts = Record<(typeof CACHE_KINDS)[number], { hits: number; misses: number }>;

export interface OpenedCache extends AnnotationCache {
  counts(): CacheCounts;
  /** Removes every entry this build did not use, the other versions' caches, and those of content folders gone. */
  prune(): void;
}

/** Where a content folder's cache says which folder it is for. */
const ROOT_FILE = 'content-folder.txt';

/** Opens the cache of one content folder for one pipeline version (by default this code's). */
export function openAnnotationCache(contentRoot: string, dir: string, version: string = pipelineVersion()): OpenedCache {
  const folderDir = path.join(dir, digest(path.resolve(contentRoot)).slice(0, 16));
  const versionDir = path.join(folderDir, version.slice(0, 16));
  mkdirSync(versionDir, { recursive: true });
  writeFileSync(path.join(folderDir, ROOT_FILE), path.resolve(contentRoot));
  const used = new Set<string>();
  const counts = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { hits: 0, misses: 0 }])) as CacheCounts;
  const count = (key: string) => counts[key.slice(0, key.indexOf('-')) as keyof CacheCounts];
  const made = new Set<string>();
  const fileOf = (key: string) => path.join(versionDir, key.slice(key.indexOf('-') + 1, key.indexOf('-') + 3), `${key}.v8`);

  return {
    get(key) {
      used.add(key);
      let value: unknown;
      try {
        value = deserialize(zstdDecompressSync(readFileSync(fileOf(key))));
      } catch {
        value = undefined; // Not there, or not readable: computed again.
      }
      count(key)[value === undefined ? 'misses' : 'hits']++;
      return value;
    },
    set(key, value) {
      used.add(key);
      const file = fileOf(key);
      if (!made.has(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
      made.add(path.dirname(file));
      // Written aside and renamed, so that a build stopped midway leaves no entry cut short.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, zstdCompressSync(serialize(value), { params: { [constants.ZSTD_c_compressionLevel]: 1 } }));
      renameSync(partial, file);
    },
    counts: () => structuredClone(counts),
    prune() {
      for (const shard of readdirSync(versionDir)) {
        for (const file of readdirSync(path.join(versionDir, shard))) {
          if (!used.has(file.replace(/\.v8$/, ''))) rmSync(path.join(versionDir, shard, file), { force: true });
        }
      }
      for (const other of readdirSync(folderDir)) {
        if (other !== ROOT_FILE && path.join(folderDir, other) !== versionDir) rmSync(path.join(folderDir, other), { recursive: true, force: true });
      }
      for (const folder of readdirSync(dir)) {
        let root: string;
        try {
          root = readFileSync(path.join(dir, folder, ROOT_FILE), 'utf8');
        } catch {
          continue; // Not one of ours, or being written.
        }
        if (!existsSync(root)) rmSync(path.join(dir, folder), { recursive: true, force: true });
      }
    },
  };
}
