/**
 * The checks a build makes on its own output before it replaces the last one: every file a
 * page references exists and is not empty, every page has the home page's
 * Content-Security-Policy and `_headers` serves it, Pagefind's files are on disk as complete as
 * Pagefind handed them over, every file of the index its metadata names exists, and the
 * bag's manifest matches the tree. Each problem is one line naming the file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'cborg';
import { describeVerification, verifyBag } from './bag.ts';
import { START_TAG, unescapeHtml } from './html-tags.ts';
import { listFiles } from './list-files.ts';
import { readPagefindCbor } from './pagefind-canonical.ts';
import type { SiteAddress } from './site-address.ts';
import { PAGEFIND_DIR } from './search-index.ts';
import { HEADERS_FILE, headerPolicy, headersFile, pagePolicy } from '../integrations/security-headers.ts';

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

/** The site file a reference names, or null when it points off the site (another host, mailto:, a data: URL). */
export function referencedFile(page: string, reference: string, address: SiteAddress): string | null {
  if (/^(?:mailto|tel|data|javascript):/i.test(reference)) return null;
  let url: URL;
  try {
    url = new URL(reference, `${address.origin}${address.base}${page}`);
  } catch {
    // Not a URL a browser can resolve (a link written in content, e.g. `http://a b`): it names no file of the site.
    return null;
  }
  if (url.origin !== address.origin) return null;
  if (!url.pathname.startsWith(address.base)) return `../${url.pathname}`;
  let file = decodeURIComponent(url.pathname.slice(address.base.length));
  if (file === '' || file.endsWith('/')) file += 'index.html';
  return file;
}

/** A page's reference to a file not yet written when the pages were read (Pagefind's, the offline cache's): checked once the build is complete. */
export interface PendingReference {
  page: string;
  reference: string;
  file: string;
}

/** What reading the pages found: problems, and references to check once every file is written. */
export interface PagesChecked {
  problems: string[];
  pending: PendingReference[];
  /** The home page's Content-Security-Policy, which every page was held to and `_headers` must serve; null when it has none. */
  policy: string | null;
}

/** Whether a file is in the site and not empty, looked at once per file. */
function nonEmptyFiles(siteDir: string, files: ReadonlySet<string>): (file: string) => boolean {
  const known = new Map<string, boolean>();
  return (file) => {
    let ok = known.get(file);
    if (ok === undefined) {
      ok = files.has(file) && statSync(path.join(siteDir, file)).size > 0;
      known.set(file, ok);
    }
    return ok;
  };
}

const referenceProblem = (page: string, reference: string, file: string, exists: boolean) =>
  ownCopy(`${page}: ${reference} (${exists ? `${file} is empty` : `no ${file}`})`);

/**
 * A string that holds only its own characters. A match of a regular expression is a slice of
 * the page it was found in, and V8 keeps the whole page alive as long as the slice is kept:
 * kept in a map, every page's references held every page (0.25 GB live at 2 s, at 10,000 articles).
 */
const ownCopy = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/**
 * Pages' references: each must be a file of the site, and not an empty one; and each page's
 * Content-Security-Policy must be the home page's. It reads every page, so the build runs it
 * while Pagefind indexes (`check-child.ts`): a reference to a file that is not there yet is
 * left pending, for `checkSite` to look at when the build is done.
 */
export function checkPages(siteDir: string, address: SiteAddress): PagesChecked {
  const files = new Set(listFiles(siteDir));
  const problems: string[] = [];
  const pending: PendingReference[] = [];
  const nonEmpty = nonEmptyFiles(siteDir, files);
  // The home page's policy, which every page must have; checked with the other pages as well.
  const policy = files.has('index.html') ? (pagePolicy(readFileSync(path.join(siteDir, 'index.html'), 'utf8')) ?? null) : null;
  // Root-relative references (nearly all of them) name the same file from every page.
  const rooted = new Map<string, string | null>();
  for (const page of files) {
    if (!page.endsWith('.html') || page.startsWith(`${PAGEFIND_DIR}/`)) continue;
    const html = readFileSync(path.join(siteDir, page), 'utf8');
    const own = pagePolicy(html);
    if (own === undefined) problems.push(`${page}: no Content-Security-Policy meta tag`);
    else if (policy !== null && own !== policy) problems.push(`${page}: a Content-Security-Policy unlike the home page's`);
    for (const tag of html.matchAll(START_TAG)) {
      if (!tag[1]!.includes('="')) continue;
      for (const match of tag[1]!.matchAll(ATTRIBUTE)) {
        const reference = unescapeHtml(match[1]!);
        const isRooted = reference.startsWith('/') && !reference.startsWith('//');
        let file = isRooted ? rooted.get(reference) : undefined;
        if (file === undefined) {
          file = referencedFile(page, reference, address);
          if (isRooted) rooted.set(ownCopy(reference), file);
        }
        if (file === null) continue;
        if (!files.has(file)) {
          pending.push({ page, reference: ownCopy(reference), file });
          continue;
        }
        if (!nonEmpty(file)) problems.push(referenceProblem(page, reference, file, true));
      }
    }
  }
  return { problems, pending, policy };
}

/** The pending references, now that every file is written. */
function checkPending(siteDir: string, files: Set<string>, pending: readonly PendingReference[], problems: string[]): void {
  const nonEmpty = nonEmptyFiles(siteDir, files);
  for (const { page, reference, file } of pending) {
    if (!nonEmpty(file)) problems.push(referenceProblem(page, reference, file, files.has(file)));
  }
}

/** Pagefind's files: each as large as Pagefind made it, and every chunk its metadata names. */
function checkPagefind(siteDir: string, written: readonly { path: string; bytes: number }[], problems: string[]): void {
  for (const file of written) {
    const full = path.join(siteDir, file.path);
    const size = existsSync(full) ? statSync(full).size : null;
    if (size !== file.bytes) problems.push(`${file.path}: ${size === null ? 'missing' : `${size} bytes`}, Pagefind made ${file.bytes}`);
  }
  const metas = written.filter((file) => file.path.endsWith('.pf_meta'));
  if (metas.length === 0) problems.push(`${PAGEFIND_DIR}/: no index metadata (.pf_meta)`);
  for (const meta of metas) {
    const value = decode(readPagefindCbor(readFileSync(path.join(siteDir, meta.path)), meta.path)) as unknown[];
    const names = (list: unknown, folder: string, ext: string, at: number) =>
      (list as unknown[][]).map((entry) => `${path.posix.dirname(meta.path)}/${folder}/${String(entry[at])}.${ext}`);
    const needed = [...names(value[1], 'fragment', 'pf_fragment', 0), ...names(value[2], 'index', 'pf_index', 2), ...names(value[3], 'filter', 'pf_filter', 1)];
    for (const file of needed) {
      if (!existsSync(path.join(siteDir, file))) problems.push(`${meta.path}: names ${file}, which is missing`);
    }
  }
}

/** `_headers` serves the pages' Content-Security-Policy: the home page's, which `checkPages` held every page to. */
function checkHeaders(siteDir: string, policy: string | null, problems: string[]): void {
  if (policy === null) return; // index.html without a policy is a page's problem already, or no index.html at all.
  const file = path.join(siteDir, HEADERS_FILE);
  if (!existsSync(file)) problems.push(`${HEADERS_FILE}: missing`);
  else if (readFileSync(file, 'utf8') !== headersFile(headerPolicy(policy))) problems.push(`${HEADERS_FILE}: not the pages' Content-Security-Policy`);
}

/** Every problem found in a built site; none means it may replace the last one. */
export function checkSite(
  siteDir: string,
  address: SiteAddress,
  pagefindWritten: readonly { path: string; bytes: number }[],
  pages: PagesChecked = checkPages(siteDir, address),
): string[] {
  const problems: string[] = [];
  const files = new Set(listFiles(siteDir));
  if (!files.has('index.html')) problems.push('index.html: missing');
  problems.push(...pages.problems);
  checkPending(siteDir, files, pages.pending, problems);
  checkPagefind(siteDir, pagefindWritten, problems);
  checkHeaders(siteDir, pages.policy, problems);
  problems.push(...describeVerification(verifyBag(siteDir)));
  return problems;
}
