/**
 * The annotation cache on disk, so that a second build re-reads and re-emits only the
 * articles whose inputs changed (`AnnotationCache` in `pipeline/annotate-briefing.ts`
 * says what a key digests). Node's structured serialisation (`node:v8`) stores each
 * result exactly: Maps, `null`s and the claims a paragraph shares with the claim list.
 *
 * Layout: `<cache>/<content folder>/<pipeline version>.pack`, each part a digest: the entries
 * one after another, each with its key, length and digest. The pipeline version digests the
 * code that computes the results (every file of `src/pipeline`, `src/schema` and
 * `src/vocabulary`), the locked dependencies and the Node runtime (its V8 writes the entries, its ICU segments the text): any change to
 * them opens an empty cache, so no result of other code can be served. An entry that
 * cannot be read back, or whose digest does not match, is a miss, never an error. After a
 * build, `save` keeps only the entries that build used and removes other versions and the
 * caches of content folders that no longer exist.
 *
 * Not a library's job: Node's own `v8.serialize` and `crypto` do the work; what is here is
 * where the files go and when they are removed.
 */
import { hash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

/** What a build says of the cache: "999 read and 997 emitted from the cache". */
export const cacheHitsText = (counts: CacheCounts): string => `${counts.read.hits} read and ${counts.emit.hits} emitted from the cache`;

export interface OpenedCache extends AnnotationCache {
  counts(): CacheCounts;
  /** How many entries the last build left. */
  size(): number;
  /**
   * Writes the entries this build used, and only those, in place of the last build's; removes
   * the other versions' caches and those of content folders that no longer exist. Called once
   * everything is written: a build that fails leaves the last build's entries as they were.
   */
  save(): void;
}

/** Where a content folder's cache says which folder it is for. */
const ROOT_FILE = 'content-folder.txt';
/** The first line of a pack; an entry is then `key length digest` on a line, and its bytes. */
const PACK_HEADER = 'briefing annotation cache 1\n';

/** A pack's entries, by key: their bytes as stored, checked against their digest when read. Anything unreadable reads as none. */
function readPack(file: string): Map<string, { bytes: Buffer; digest: string }> {
  const entries = new Map<string, { bytes: Buffer; digest: string }>();
  let pack: Buffer;
  try {
    pack = readFileSync(file);
  } catch {
    return entries;
  }
  if (pack.toString('latin1', 0, PACK_HEADER.length) !== PACK_HEADER) return entries;
  let at = PACK_HEADER.length;
  while (at < pack.length) {
    const end = pack.indexOf(10, at);
    const [key, length, sum] = pack.toString('latin1', at, end === -1 ? at : end).split(' ');
    const size = Number(length);
    if (end === -1 || !key || !sum || !Number.isSafeInteger(size) || end + 1 + size > pack.length) break; // cut short: keep what came before
    entries.set(key, { bytes: pack.subarray(end + 1, end + 1 + size), digest: sum });
    at = end + 1 + size;
  }
  return entries;
}

/**
 * Opens the cache of one content folder for one pipeline version (by default this code's).
 * One file a version, `<cache>/<content folder>/<version>.pack`: written whole after each
 * build, it is read once at the next. One file an entry cost more than the work it saved
 * (1,000 articles: 2,000 files, ~1 s more for the first build, measured).
 */
export function openAnnotationCache(contentRoot: string, dir: string, version: string = pipelineVersion()): OpenedCache {
  const folderDir = path.join(dir, digest(path.resolve(contentRoot)).slice(0, 16));
  const packFile = path.join(folderDir, `${version.slice(0, 16)}.pack`);
  const last = readPack(packFile);
  // The entries this build used, each with its digest: read from the last pack (checked) or made now.
  const kept = new Map<string, { bytes: Buffer; digest: string }>();
  const counts = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { hits: 0, misses: 0 }])) as CacheCounts;
  const count = (key: string) => counts[key.slice(0, key.indexOf('-')) as keyof CacheCounts];
  const entryDigest = (bytes: Uint8Array) => digest(bytes).slice(0, 16);

  return {
    get(key) {
      const entry = last.get(key);
      let value: unknown;
      if (entry && entryDigest(entry.bytes) === entry.digest) {
        try {
          value = deserialize(zstdDecompressSync(entry.bytes));
          kept.set(key, entry);
        } catch {
          value = undefined; // Not readable: computed again.
        }
      }
      count(key)[value === undefined ? 'misses' : 'hits']++;
      return value;
    },
    set(key, value) {
      const bytes = zstdCompressSync(serialize(value), { params: { [constants.ZSTD_c_compressionLevel]: 1 } });
      kept.set(key, { bytes, digest: entryDigest(bytes) });
    },
    counts: () => structuredClone(counts),
    size: () => last.size,
    save() {
      mkdirSync(folderDir, { recursive: true });
      writeFileSync(path.join(folderDir, ROOT_FILE), path.resolve(contentRoot));
      // Written aside and renamed, so that a build stopped midway leaves the last pack whole.
      const partial = `${packFile}.${process.pid}.partial`;
      const fd = openSync(partial, 'w');
      try {
        writeSync(fd, PACK_HEADER);
        for (const [key, { bytes, digest: sum }] of [...kept].sort(([a], [b]) => (a < b ? -1 : 1))) {
          writeSync(fd, `${key} ${bytes.length} ${sum}\n`);
          writeSync(fd, bytes);
        }
      } finally {
        closeSync(fd);
      }
      renameSync(partial, packFile);
      for (const other of readdirSync(folderDir)) {
        if (other !== ROOT_FILE && path.join(folderDir, other) !== packFile) rmSync(path.join(folderDir, other), { recursive: true, force: true });
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
