/**
 * The revision history of a content folder, from git: each commit that touched it, newest
 * first (at most `MAX_REVISIONS`), with the sources added, changed (new SHA-256) or removed
 * and the claims that appeared, disappeared or changed (same id, another kind, speaker or
 * support), read from the `briefing.json` committed before and after. Outside a git
 * checkout, in a shallow clone or for an untracked folder it says so, and the build goes on.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { History, Revision } from '../schema/history.ts';

/** Commits read, newest first: a bound on the build's time and the history's size. */
export const MAX_REVISIONS = 100;
/** Ids kept per list and revision: a revision that adds 1,000 articles still fits a page. */
export const MAX_LISTED = 25;

interface Summary {
  sources: Map<string, string>;
  claims: Map<string, string>;
}

const git = (cwd: string, args: string[]): string =>
  execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });

function tryGit(cwd: string, args: string[]): string | null {
  try {
    return git(cwd, args);
  } catch {
    return null;
  }
}

/** What of a manifest the history compares: each source's hash, each claim's kind, speaker and support. */
function summarise(text: string): Summary {
  const data = JSON.parse(text) as {
    sources?: { id: string; sha256: string }[];
    claims?: { id: string; kind: string; speaker: string | null; support?: string }[];
  };
  return {
    sources: new Map((data.sources ?? []).map((source) => [source.id, source.sha256])),
    claims: new Map((data.claims ?? []).map((claim) => [claim.id, `${claim.kind}\0${claim.speaker ?? ''}\0${claim.support ?? ''}`])),
  };
}

const listed = (ids: string[]) => ({ count: ids.length, ids: ids.sort().slice(0, MAX_LISTED) });

function compare(before: Summary, after: Summary) {
  const diff = (a: Map<string, string>, b: Map<string, string>) => ({
    added: [...b.keys()].filter((id) => !a.has(id)),
    removed: [...a.keys()].filter((id) => !b.has(id)),
    changed: [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id)),
  });
  const sources = diff(before.sources, after.sources);
  const claims = diff(before.claims, after.claims);
  return {
    sources: { added: listed(sources.added), changed: listed(sources.changed), removed: listed(sources.removed) },
    claims: { appeared: listed(claims.added), disappeared: listed(claims.removed), changed: listed(claims.changed) },
  };
}

/** Runs `git cat-file` with one line of input per spec. */
const catFile = (cwd: string, mode: string, specs: string[]) =>
  execFileSync('git', ['-C', cwd, 'cat-file', mode], {
    input: specs.map((spec) => `${spec}\n`).join(''),
    maxBuffer: 2 ** 32,
    stdio: ['pipe', 'pipe', 'ignore'],
  });

/**
 * The blobs `specs` (`<commit>:<path>`) name, by spec; missing ones are absent. Each
 * distinct blob is read once: a manifest unchanged over many commits costs one read.
 */
function readBlobs(cwd: string, specs: string[]): Map<string, { oid: string; text: string }> {
  const oids = new Map<string, string>();
  catFile(cwd, '--batch-check', specs)
    .toString('utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^([0-9a-f]+) blob \d+$/.exec(line);
      if (match && index < specs.length) oids.set(specs[index]!, match[1]!);
    });
  const unique = [...new Set(oids.values())];
  const out = unique.length > 0 ? catFile(cwd, '--batch', unique) : Buffer.alloc(0);
  const texts = new Map<string, string>();
  let at = 0;
  for (const oid of unique) {
    const eol = out.indexOf(0x0a, at);
    const size = Number(/ (\d+)$/.exec(out.subarray(at, eol).toString('utf8'))![1]);
    texts.set(oid, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return new Map([...oids].map(([spec, oid]) => [spec, { oid, text: texts.get(oid)! }]));
}

export function contentHistory(contentRoot: string): History {
  const none = (status: History['status']): History => ({ status, revisions: [], truncated: false });
  const dir = path.resolve(contentRoot);
  const top = tryGit(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return none('no-git');
  if (tryGit(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') return none('shallow');
  const relative = path.relative(top, dir).split(path.sep).join('/');
  if (relative.startsWith('..')) return none('no-git');
  const scope = relative === '' ? '.' : relative;
  const manifestPath = relative === '' ? 'briefing.json' : `${relative}/briefing.json`;
  const log = git(top, ['log', '-z', `-n${MAX_REVISIONS + 1}`, '--format=%H%x1f%ct%x1f%P%x1f%s', '--', scope]);
  const commits = log
    .split('\0')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [commit, seconds, parents, subject] = entry.replace(/^\n/, '').split('\x1f');
      return { commit: commit!, seconds: Number(seconds), parent: parents!.split(' ')[0] || null, subject: subject ?? '' };
    });
  if (commits.length === 0) return none('untracked');

  // Every manifest needed, read by one `git cat-file --batch`; parsed once per blob (a
  // commit's parent usually holds the previous commit's manifest).
  const specs = [...new Set(commits.flatMap(({ commit, parent }) => [commit, ...(parent ? [parent] : [])]))].slice(0, 2 * MAX_REVISIONS + 2);
  const blobs = readBlobs(
    top,
    specs.map((commit) => `${commit}:${manifestPath}`),
  );
  const summaries = new Map<string, Summary>();
  const empty: Summary = { sources: new Map(), claims: new Map() };
  const manifestAt = (commit: string | null): Summary | null => {
    if (!commit) return empty;
    const blob = blobs.get(`${commit}:${manifestPath}`);
    if (!blob) return null;
    let summary = summaries.get(blob.oid);
    if (!summary) {
      summary = summarise(blob.text);
      summaries.set(blob.oid, summary);
    }
    return summary;
  };
  const revisions: Revision[] = commits.slice(0, MAX_REVISIONS).map(({ commit, seconds, parent, subject }) => {
    const after = manifestAt(commit);
    const before = manifestAt(parent) ?? empty;
    const changes = compare(before, after ?? before);
    return { commit, date: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'), subject, manifest: after !== null, ...changes };
  });
  return { status: 'ok', revisions, truncated: commits.length > MAX_REVISIONS };
}
