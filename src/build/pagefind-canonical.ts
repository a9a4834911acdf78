/**
 * Makes Pagefind's output the same, byte for byte, on every build of the same site.
 *
 * Pagefind 1.5 keeps its filters in hash maps with a per-process random seed (upstream
 * issue #638), so three things come out in a different order on every run: the values of
 * each filter file (`filter/*.pf_filter`), the list of filters in the metadata file
 * (`pagefind.<hash>.pf_meta`), and so the content hashes in both files' names and in
 * `pagefind-entry.json`. Everything else it writes (fragments, word index, its scripts) is
 * already stable.
 *
 * This puts those lists in a fixed order (filter values and filters by name) and names the
 * files again the way Pagefind does — `<language>_` and the start of the SHA-1 of the CBOR,
 * hex digits unpadded as Pagefind writes them — so the result is what a deterministic
 * Pagefind would write. Files are gzip-compressed with Pagefind's `pagefind_dcd` marker.
 *
 * Anything not in the shape this version of Pagefind writes is an error: a newer Pagefind
 * must be checked (and this file updated) rather than silently half-canonicalised.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** A file of the search index, its path relative to the `pagefind/` folder. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const MARKER = Buffer.from('pagefind_dcd');
const FILTER_FILE = /^filter\/([a-z0-9-]+)_[0-9a-f]+\.pf_filter$/;
const META_FILE = /^pagefind\.([a-z0-9-]+)_[0-9a-f]+\.pf_meta$/;
const ENTRY_FILE = 'pagefind-entry.json';

type Cbor = unknown;

/** Pagefind's `full_hash`: SHA-1, each byte in lower-case hex without a leading zero. */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((byte) => byte.toString(16)).join('');
}

/** The CBOR inside a compressed Pagefind file. */
export function readPagefindCbor(content: Uint8Array, file: string): Uint8Array {
  const raw = gunzipSync(content);
  if (!raw.subarray(0, MARKER.length).equals(MARKER)) throw new Error(`Pagefind file ${file} lacks its pagefind_dcd marker`);
  return raw.subarray(MARKER.length);
}

/**
 * Compressed as Pagefind compresses (marker, then CBOR, best compression); the gzip header
 * says "unknown OS" so that the bytes do not depend on the platform zlib was built for.
 */
export function writePagefindCbor(cbor: Uint8Array): Uint8Array {
  const gz = gzipSync(Buffer.concat([MARKER, cbor]), { level: 9 });
  gz[9] = 255;
  return gz;
}

/** Decodes, and checks that encoding again gives the same bytes: the CBOR is in the canonical form this code writes. */
function decodeExact(cbor: Uint8Array, file: string): Cbor {
  const value = decode(cbor) as Cbor;
  if (!Buffer.from(encode(value)).equals(cbor)) throw new Error(`Pagefind file ${file} is not in the CBOR form expected of Pagefind 1.5`);
  return value;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isPair = (value: Cbor): value is [string, Cbor] => Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';

/** `[filter, [[value, pages], …]]` with the values in order. */
function canonicalFilter(value: Cbor, file: string): Cbor {
  if (!isPair(value) || !Array.isArray(value[1]) || !value[1].every(isPair)) {
    throw new Error(`Pagefind filter file ${file} is not [name, [[value, pages]…]]`);
  }
  return [value[0], [...value[1]].sort((a, b) => byName(a[0], b[0]))];
}

/**
 * Shortest unused name: Pagefind's `<lang>_` and seven hex digits, one digit more while
 * another file has it (as Pagefind resolves a collision).
 */
function shortName(language: string, hash: string, digits: number, taken: Set<string>): string {
  let length = digits;
  let name = `${language}_${hash.slice(0, length)}`;
  while (taken.has(name) && length < hash.length) name = `${language}_${hash.slice(0, ++length)}`;
  taken.add(name);
  return name;
}

/** Pagefind's files with the filter files, the metadata and the entry file in a fixed order and named by their content. */
export function canonicalPagefindFiles(files: readonly PagefindFile[]): PagefindFile[] {
  const out = new Map<string, Uint8Array>();
  const renamed = new Map<string, string>();
  const metas: PagefindFile[] = [];
  let entry: PagefindFile | undefined;
  // Filters first, in the order of their new content: names never depend on Pagefind's order.
  const filters: { language: string; oldName: string; cbor: Uint8Array }[] = [];
  for (const file of files) {
    const filter = FILTER_FILE.exec(file.path);
    if (filter) {
      const cbor = encode(canonicalFilter(decodeExact(readPagefindCbor(file.content, file.path), file.path), file.path));
      filters.push({ language: filter[1]!, oldName: file.path.slice('filter/'.length, -'.pf_filter'.length), cbor });
    } else if (META_FILE.test(file.path)) metas.push(file);
    else if (file.path === ENTRY_FILE) entry = file;
    else out.set(file.path, file.content);
  }
  filters.sort((a, b) => Buffer.compare(Buffer.from(a.cbor), Buffer.from(b.cbor)));
  const taken = new Set<string>();
  for (const filter of filters) {
    const name = shortName(filter.language, pagefindHash(filter.cbor), 7, taken);
    renamed.set(filter.oldName, name);
    out.set(`filter/${name}.pf_filter`, writePagefindCbor(filter.cbor));
  }

  const metaNames = new Map<string, string>();
  for (const file of metas) {
    const language = META_FILE.exec(file.path)![1]!;
    const meta = decodeExact(readPagefindCbor(file.content, file.path), file.path);
    // [version, pages, index chunks, filters [[name, file]], sorts [[name, pages]], meta fields]
    if (!Array.isArray(meta) || meta.length < 5 || !Array.isArray(meta[3]) || !meta[3].every(isPair) || !Array.isArray(meta[4]) || !meta[4].every(isPair)) {
      throw new Error(`Pagefind metadata ${file.path} is not in the shape of Pagefind 1.5`);
    }
    const filterList = (meta[3] as [string, Cbor][]).map(([name, hash]): [string, string] => {
      const next = typeof hash === 'string' ? renamed.get(hash) : undefined;
      if (!next) throw new Error(`Pagefind metadata ${file.path} names a filter file it did not write: ${String(hash)}`);
      return [name, next];
    });
    const canonical = [...meta];
    canonical[3] = filterList.sort((a, b) => byName(a[0], b[0]));
    canonical[4] = [...(meta[4] as [string, Cbor][])].sort((a, b) => byName(a[0], b[0]));
    const cbor = encode(canonical);
    // Pagefind names the metadata with ten hex digits and no collision handling (one per language).
    const oldHash = file.path.slice('pagefind.'.length, -'.pf_meta'.length);
    const name = `${language}_${pagefindHash(cbor).slice(0, 10)}`;
    metaNames.set(oldHash, name);
    out.set(`pagefind.${name}.pf_meta`, writePagefindCbor(cbor));
  }

  if (!entry) throw new Error(`Pagefind wrote no ${ENTRY_FILE}`);
  const parsed = JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages?: Record<string, { hash?: string }> };
  if (!parsed.languages || typeof parsed.languages !== 'object') throw new Error(`${ENTRY_FILE} has no languages`);
  const languages: Record<string, unknown> = {};
  for (const language of Object.keys(parsed.languages).sort(byName)) {
    const meta = parsed.languages[language]!;
    const name = meta.hash ? metaNames.get(meta.hash) : undefined;
    if (!name) throw new Error(`${ENTRY_FILE} names metadata Pagefind did not write: ${String(meta.hash)}`);
    languages[language] = { ...meta, hash: name };
  }
  out.set(ENTRY_FILE, Buffer.from(JSON.stringify({ ...parsed, languages })));
  return [...out].sort((a, b) => byName(a[0], b[0])).map(([path, content]) => ({ path, content }));
}
