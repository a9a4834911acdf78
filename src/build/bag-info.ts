/** What a build's `bag-info.txt` says: the briefing, what it was built from, when (from git, never the clock), and its counts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BagInfo } from './bag.ts';
import { buildDate, sourceCommit } from './git-source.ts';

const project = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
  name: string;
  version: string;
  devDependencies: Record<string, string>;
};

/** What the bag says of the briefing: from the annotate stage, which has the manifest in hand (`annotate-child.ts`). */
export interface BriefingSummary {
  title: string;
  summary: string;
  sources: number;
  claims: number;
}

/** bag-info.txt's fields (RFC 8493 §2.2.2 reserved labels, then the briefing's own), Payload-Oxum aside. */
export function bagInfo(contentRoot: string, briefing: BriefingSummary, pages: number): BagInfo {
  const commit = sourceCommit(path.resolve(contentRoot));
  const date = buildDate(commit);
  const deps = project.devDependencies;
  const info: BagInfo = [
    ['Bag-Software-Agent', `${project.name} ${project.version} (astro ${deps.astro}, pagefind ${deps.pagefind})`],
    ['External-Description', `${briefing.title}: ${briefing.summary}`.trim()],
  ];
  if (date) info.push(['Bagging-Date', date.slice(0, 10)]);
  info.push(
    ['Source-Commit', commit?.commit ?? 'none (not built from a git checkout)'],
    ...(commit
      ? ([
          ['Source-Commit-Date', commit.date],
          ['Source-Modified', commit.modified ? 'yes (tracked files differ from the commit)' : 'no'],
        ] as BagInfo)
      : []),
    ...(date ? ([['Build-Date', date]] as BagInfo) : []),
    ['Briefing-Sources', String(briefing.sources)],
    ['Briefing-Claims', String(briefing.claims)],
    ['Briefing-Pages', String(pages)],
  );
  return info;
}
