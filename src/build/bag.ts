/**
 * Fixity of a built briefing: a BagIt bag (RFC 8493) whose payload is the site.
 *
 * The site is what a static host serves, so the bag's tag files sit at the site's root,
 * beside `index.html`, and are served with it: a mirror of the published briefing carries
 * its own manifest. In the manifest, `data/` stands for the site's root (the payload is
 * every file of the site but the four tag files). Moving the site's files into a `data/`
 * folder beside the tag files gives a bag in RFC 8493's own layout; `verifyBag` reads
 * both layouts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './list-files.ts';

export const BAGIT = 'bagit.txt';
export const BAG_INFO = 'bag-info.txt';
export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
/** The tag files at the bag's root; every other file of the site is payload. */
export const TAG_FILES: readonly string[] = [BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST];

/** What bag-info.txt says beyond the payload's size, in the order written. */
export type BagInfo = [label: string, value: string][];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** RFC 8493 §2.1.3: CR, LF and % in a file path are percent-encoded. */
const encodePath = (file: string) => file.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const decodePath = (file: string) => file.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

const manifestOf = (entries: [file: string, sum: string][]) => entries.map(([file, sum]) => `${sum}  ${encodePath(file)}\n`).join('');

/** The payload files of a site folder (every file but the tag files at its root). */
export function payloadFiles(siteDir: string): string[] {
  return listFiles(siteDir).filter((file) => !TAG_FILES.includes(file));
}

export interface BagResult {
  files: number;
  bytes: number;
}

/** Writes the four tag files into `siteDir`, over every other file in it. */
export function writeBag(siteDir: string, info: BagInfo): BagResult {
  const entries: [string, string][] = [];
  let bytes = 0;
  for (const file of payloadFiles(siteDir)) {
    const content = readFileSync(path.join(siteDir, file));
    bytes += content.length;
    entries.push([`data/${file}`, sha256(content)]);
  }
  const tags: [string, string][] = [
    [BAGIT, 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'],
    [
      BAG_INFO,
      [...info, ['Payload-Oxum', `${bytes}.${entries.length}`] as [string, string]]
        .map(([label, value]) => `${label}: ${value.replace(/\s*\n\s*/g, ' ')}\n`)
        .join(''),
    ],
    [MANIFEST, manifestOf(entries)],
  ];
  for (const [file, text] of tags) writeFileSync(path.join(siteDir, file), text);
  writeFileSync(path.join(siteDir, TAG_MANIFEST), manifestOf(tags.map(([file, text]) => [file, sha256(Buffer.from(text))])));
  return { files: entries.length, bytes };
}

export interface Verification {
  /** The folder the tag files are in. */
  bag: string;
  /** The folder the payload (the site) is in: the bag itself, or its `data/`. */
  payload: string;
  /** Files the manifest lists that are not there (paths relative to the site). */
  missing: string[];
  /** Files there that the manifest does not list. */
  added: string[];
  /** Files whose bytes differ from the manifest's sum. */
  changed: string[];
  /** Anything else wrong with the bag: a tag file missing, changed or malformed, Payload-Oxum. */
  problems: string[];
}

export const isIntact = (v: Verification) => v.missing.length + v.added.length + v.changed.length + v.problems.length === 0;

/** Reads a manifest into path → sum; lines that are not `<64 hex> <path>` are problems. */
function readManifest(text: string, name: string, problems: string[]): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line);
    if (!match) problems.push(`${name}:${index + 1}: expected "<sha-256> <path>", found ${JSON.stringify(line.slice(0, 80))}`);
    else sums.set(decodePath(match[2]!), match[1]!.toLowerCase());
  });
  return sums;
}

/**
 * Checks a built or downloaded briefing against its bag: every file the manifest lists is
 * there with the same SHA-256, nothing else is, and the tag files match the tag manifest.
 */
export function verifyBag(dir: string): Verification {
  const bag = path.resolve(dir);
  const strict = existsSync(path.join(bag, 'data')) && statSync(path.join(bag, 'data')).isDirectory() && !existsSync(path.join(bag, 'index.html'));
  const payload = strict ? path.join(bag, 'data') : bag;
  const result: Verification = { bag, payload, missing: [], added: [], changed: [], problems: [] };
  const read = (file: string): Buffer | null => {
    const full = path.join(bag, file);
    return existsSync(full) ? readFileSync(full) : null;
  };
  const manifestBytes = read(MANIFEST);
  if (!manifestBytes) {
    result.problems.push(`no ${MANIFEST} in ${bag}: not a bagged briefing`);
    return result;
  }
  const bagit = read(BAGIT)?.toString('utf8');
  if (!bagit) result.problems.push(`no ${BAGIT}`);
  else if (!/^BagIt-Version: 1\.\d+\r?\nTag-File-Character-Encoding: UTF-8\r?\n?$/.test(bagit)) result.problems.push(`${BAGIT}: not a BagIt 1.x declaration`);

  // The tag files against the tag manifest.
  const tagText = read(TAG_MANIFEST)?.toString('utf8');
  if (tagText === undefined) result.problems.push(`no ${TAG_MANIFEST}`);
  else {
    for (const [file, sum] of readManifest(tagText, TAG_MANIFEST, result.problems)) {
      const bytes = read(file);
      if (!bytes) result.problems.push(`tag file ${file} is missing`);
      else if (sha256(bytes) !== sum) result.problems.push(`tag file ${file} has changed`);
    }
  }

  // The payload against the manifest.
  const listed = readManifest(manifestBytes.toString('utf8'), MANIFEST, result.problems);
  const expected = new Map<string, string>();
  for (const [file, sum] of listed) {
    if (!file.startsWith('data/')) result.problems.push(`${MANIFEST} lists ${file}, outside data/`);
    else expected.set(file.slice('data/'.length), sum);
  }
  const present = strict ? listFiles(payload) : payloadFiles(payload);
  let octets = 0;
  for (const file of present) {
    const sum = expected.get(file);
    if (sum === undefined) {
      result.added.push(file);
      continue;
    }
    const bytes = readFileSync(path.join(payload, file));
    octets += bytes.length;
    if (sha256(bytes) !== sum) result.changed.push(file);
  }
  const presentSet = new Set(present);
  for (const file of expected.keys()) if (!presentSet.has(file)) result.missing.push(file);

  const oxum = /^Payload-Oxum:\s*(\d+)\.(\d+)\s*$/m.exec(read(BAG_INFO)?.toString('utf8') ?? '');
  if (!oxum) result.problems.push(`${BAG_INFO} has no Payload-Oxum`);
  else if (result.missing.length + result.added.length + result.changed.length === 0 && (Number(oxum[1]) !== octets || Number(oxum[2]) !== present.length)) {
    result.problems.push(`Payload-Oxum says ${oxum[1]}.${oxum[2]}, the payload is ${octets}.${present.length}`);
  }
  return result;
}

/** The verification as lines for a person: each file missing, added or changed, and each problem. */
export function describeVerification(v: Verification): string[] {
  return [
    ...v.missing.map((file) => `missing: ${file}`),
    ...v.added.map((file) => `added: ${file}`),
    ...v.changed.map((file) => `changed: ${file}`),
    ...v.problems.map((problem) => `bag: ${problem}`),
  ];
}
