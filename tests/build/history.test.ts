/**
 * The revision history from git: each commit that touched the content folder, newest
 * first, with the sources and claims that changed by id; and what it says outside a
 * checkout, in a shallow clone and for a folder no commit touched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHistory, MAX_LISTED } from '../../src/build/history.ts';

const root = mkdtempSync(path.join(tmpdir(), 'briefing-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-C', cwd, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z', GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z' },
  });

const manifest = (sources: [string, string][], claims: [string, string, string | null][]) =>
  JSON.stringify({
    sources: sources.map(([id, sha256]) => ({ id, sha256 })),
    claims: claims.map(([id, kind, speaker]) => ({ id, kind, speaker, support: 'single-source' })),
  });

function repository(): string {
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'briefing/articles'), { recursive: true });
  git(repo, 'init', '-q');
  writeFileSync(path.join(repo, 'README'), 'not content');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Outside the content');
  writeFileSync(path.join(repo, 'briefing/articles/a.txt'), 'A.');
  writeFileSync(
    path.join(repo, 'briefing/briefing.json'),
    manifest(
      [['a', '1']],
      [
        ['a-1', 'narration', null],
        ['a-2', 'direct-quote', 'X'],
      ],
    ),
  );
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'First article');
  writeFileSync(path.join(repo, 'briefing/articles/b.txt'), 'B.');
  writeFileSync(
    path.join(repo, 'briefing/briefing.json'),
    manifest(
      [
        ['a', '2'],
        ['b', '3'],
      ],
      [
        ['a-1', 'narration', null],
        ['a-2', 'direct-quote', 'Y'],
        ['b-1', 'narration', null],
      ],
    ),
  );
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Second article; a speaker fixed');
  writeFileSync(path.join(repo, 'briefing/articles/b.txt'), 'B again.');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'An article, not re-annotated');
  return repo;
}

describe('the revision history', () => {
  const repo = repository();

  it('lists the commits that touched the content, newest first, with what changed by id', () => {
    const history = contentHistory(path.join(repo, 'briefing'));
    expect(history.status).toBe('ok');
    expect(history.revisions.map((revision) => revision.subject)).toEqual(['An article, not re-annotated', 'Second article; a speaker fixed', 'First article']);
    const [unchanged, second, first] = history.revisions;
    expect(first!.sources.added).toEqual({ count: 1, ids: ['a'] });
    expect(first!.claims.appeared).toEqual({ count: 2, ids: ['a-1', 'a-2'] });
    expect(second!.sources).toEqual({ added: { count: 1, ids: ['b'] }, changed: { count: 1, ids: ['a'] }, removed: { count: 0, ids: [] } });
    expect(second!.claims).toEqual({ appeared: { count: 1, ids: ['b-1'] }, disappeared: { count: 0, ids: [] }, changed: { count: 1, ids: ['a-2'] } });
    expect(unchanged!.manifest).toBe(true);
    expect(unchanged!.claims.appeared.count + unchanged!.sources.changed.count).toBe(0);
    expect(first!.date).toBe('2024-05-01T12:00:00Z');
    expect(first!.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('keeps the first ids of a long list and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED + 5 }, (_, i) => [`c-${String(i).padStart(3, '0')}`, 'narration', null] as [string, string, null]);
    writeFileSync(
      path.join(repo, 'briefing/briefing.json'),
      manifest(
        [
          ['a', '2'],
          ['b', '3'],
        ],
        many,
      ),
    );
    git(repo, 'commit', '-q', '-am', 'Many claims');
    const [latest] = contentHistory(path.join(repo, 'briefing')).revisions;
    expect(latest!.claims.appeared.count).toBe(MAX_LISTED + 5);
    expect(latest!.claims.appeared.ids).toEqual(many.slice(0, MAX_LISTED).map(([id]) => id));
    expect(latest!.claims.disappeared.count).toBe(3);
  });

  it('says so in a shallow clone, outside git, and for a folder no commit touched', () => {
    const shallow = path.join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(contentHistory(path.join(shallow, 'briefing')).status).toBe('shallow');
    const outside = mkdtempSync(path.join(tmpdir(), 'briefing-no-git-'));
    try {
      expect(contentHistory(outside)).toEqual({ status: 'no-git', revisions: [], truncated: false });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    mkdirSync(path.join(repo, 'untracked'), { recursive: true });
    expect(contentHistory(path.join(repo, 'untracked')).status).toBe('untracked');
  });
});
