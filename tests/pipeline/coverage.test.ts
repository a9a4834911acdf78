import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/content-fs/paths.ts';
import { readArticles } from '../../src/content-fs/read-content.ts';
import { annotateBriefing, type ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { coverageProblems } from '../../src/pipeline/coverage.ts';
import { normaliseText } from '../../src/pipeline/ingest.ts';
import { problemsOf } from '../helpers/coverage.ts';
import { repoRoot, seedArticles, seedDefinitions } from '../helpers/seeds.ts';

const fixtureDir = (name: string) => path.join(repoRoot, 'tests/fixtures', name);
const filesOf = (dir: string): ArticleFile[] => readdirSync(dir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(dir, file))) }));

describe('coverage: every character of every article is in a claim, the title or a recorded removal, once', () => {
  const fixtures: [string, ArticleFile[]][] = [
    ['seeds', seedArticles()],
    ['hostile', filesOf(path.join(fixtureDir('hostile'), 'articles'))],
    ['unseen', readArticles(contentPaths(fixtureDir('unseen')))],
  ];
  for (const [name, files] of fixtures) {
    it(`holds on the ${name} fixtures`, () => {
      const { briefing } = annotateBriefing(files, seedDefinitions());
      expect(briefing.sources).toHaveLength(files.length);
      expect(problemsOf(files, briefing)).toEqual(new Map());
    });
  }

  const files = seedArticles();
  const { briefing } = annotateBriefing(files, seedDefinitions());
  const source = briefing.sources.find((s) => s.removed.length > 0 && s.titleFrom !== 'none')!;
  const text = normaliseText(new TextDecoder().decode(files.find((f) => f.file === source.file)!.bytes));
  const claims = briefing.claims.filter((claim) => claim.source === source.id);
  const check = (changed: Partial<typeof source>, changedClaims = claims) => coverageProblems(text, { ...source, ...changed }, changedClaims);

  it('finds nothing wrong with the records as made', () => {
    expect(check({})).toEqual([]);
  });

  it('finds a lost sentence', () => {
    const lost = claims.filter((_, index) => index !== 3);
    expect(check({}, lost).join('\n')).toMatch(/is in no claim/);
  });

  it('finds a sentence counted twice', () => {
    const twice = [...claims.slice(0, 3), claims[2]!, ...claims.slice(3)];
    expect(check({}, twice).join('\n')).toMatch(/overlaps the claim before it/);
  });

  it('finds a claim whose text differs from the source, and one on the wrong line', () => {
    const altered = claims.map((claim, index) => (index === 1 ? { ...claim, text: claim.text.replace(/\S/, 'X') } : claim));
    expect(check({}, altered).join('\n')).toMatch(/does not hold its text/);
    const moved = claims.map((claim, index) => (index === 1 ? { ...claim, line: claim.line + 1 } : claim));
    expect(check({}, moved).join('\n')).toMatch(/recorded on line \d+, found on line \d+/);
  });

  it('finds boilerplate taken out but not recorded', () => {
    expect(check({ removed: source.removed.slice(1) }).join('\n')).toMatch(/expected the claim|is in no claim and not recorded/);
  });

  it('finds a title that is not the text it stands for', () => {
    expect(check({ title: 'Another title', titleFrom: 'text' }).join('\n')).toMatch(/expected the title/);
    expect(check({ title: null, titleFrom: 'none' }).length).toBeGreaterThan(0);
  });
});
