/**
 * The revisions page, built from git: the paged briefing's content folder is a repository
 * of two commits (tests/helpers/build-site.ts); the seeds' copy is in no commit.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { manifestOf } from '../helpers/search.ts';

const paged = inject('paged');
const seeds = inject('seeds');

describe('the revisions page', () => {
  const page = readPage(paged.site, '/history/');
  const revisions = selectAll('li.revision', page);

  it('lists each commit that changed the content, newest first, with its date and id', () => {
    expect(revisions.map((li) => toText(select('h2', li)!))).toEqual(['The fortieth article, and two corrections', 'Thirty-nine articles']);
    expect(toText(revisions[0]!)).toMatch(/2025-04-02 · commit [0-9a-f]{40}/);
    expect(select('.history-status', page)).toBeUndefined();
  });

  it('names the sources and claims that changed, linked while they are in the briefing', () => {
    const briefing = manifestOf(paged.content);
    const [latest, first] = revisions.map((li) => toText(li));
    expect(first).toContain('Sources added (39)');
    expect(first).toContain(`Claims appeared (${briefing.claims.length - briefing.claims.filter((claim) => claim.source === 'synthetic-0039').length})`);
    expect(latest).toContain('Sources added (1)');
    expect(latest).toContain('Sources changed (2)');
    const added = select('dd a[href$="/articles/synthetic-0039/"]', revisions[0]!);
    expect(added).toBeTruthy();
    const appeared = selectAll('.revision-changes > div', revisions[0]!).find((div) => toText(select('dt', div)!).startsWith('Claims appeared'))!;
    const claimLinks = selectAll('dd a', appeared);
    expect(claimLinks.length).toBeGreaterThan(0);
    for (const link of claimLinks) expect(String(link.properties.href)).toContain('/articles/synthetic-0039/#claim-synthetic-0039-');
    // The new article corroborates others: their claims' support changed, under the same ids.
    expect(latest).toMatch(/Claims changed \(\d+\)/);
  });

  it('says so when the content is in no commit, and the build went on', () => {
    const status = select('.history-status', readPage(seeds.site, '/history/'));
    expect(toText(status!)).toContain('No commit');
    expect(selectAll('li.revision', readPage(seeds.site, '/history/'))).toEqual([]);
  });
});
