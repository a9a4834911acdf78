/**
 * Vitest global setup for the site tests: builds, each with the real build
 * script into tests/.tmp (from copies of their content, so tests never touch the
 * repository's files), the bundled briefing, a hostile briefing, and the bundled
 * briefing again as published under a sub-path — after a first build from a
 * folder deleted straight away, which the next build must not depend on — forty
 * synthetic articles, and the CommonMark and naughty-string corpora as articles.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { syntheticArticles } from '../../src/eval/synthetic.ts';
import { blnsArticles, clobberingTopic, commonmarkArticles } from './adversarial.ts';
import { repoRoot } from './seeds.ts';

/** Where the test builds go; BRIEFING_TEST_TMP lets two test runs on one machine stay apart. */
export const tmp = path.resolve(process.env.BRIEFING_TEST_TMP ?? path.join(repoRoot, 'tests/.tmp'));

/** Pages per search index part in the `paged` build: four parts. */
export const PAGED_PART_PAGES = 100;

/** The public address of the sub-path build. */
export const basedSite = { origin: 'https://news.example.org', base: '/briefing/' } as const;

interface BuiltSite {
  /** The content folder the build read (a copy). */
  content: string;
  /** The built site. */
  site: string;
  /** The folder to serve so that the site appears at its base path. */
  root: string;
  seconds: number;
  /** What the build printed, standard output and error. */
  log: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Forty synthetic articles: enough claims for paginated lists; built with a 1 MB offline budget and a search index in parts. */
    paged: BuiltSite;
    /** The bundled briefing. */
    seeds: BuiltSite;
    /** The bundled briefing again, from another folder, in another time zone: must equal `seeds` byte for byte. */
    seedsAgain: BuiltSite;
    /** The briefing of tests/fixtures/hostile. */
    hostile: BuiltSite;
    /** The bundled briefing built for `basedSite`: serve `root`, read it at `<root>/briefing/`. */
    based: BuiltSite;
    /** Every CommonMark spec example and every naughty string (helpers/adversarial.ts) as articles. */
    adversarial: BuiltSite;
  }
}

/**
 * The environment of a real build: Vitest's own variables (BASE_URL, MODE, PROD,
 * DEV, SSR) would otherwise reach Astro and override its base path and mode.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'PROD', 'DEV', 'SSR']) delete env[name];
  return env;
}

function buildSite(name: string, contentFrom: string, publish?: typeof basedSite, extraEnv: NodeJS.ProcessEnv = {}): BuiltSite {
  const folder = path.join(tmp, name);
  const content = path.join(folder, 'content');
  const root = path.join(folder, 'dist');
  const site = publish ? path.join(root, publish.base) : root;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(contentFrom, content, { recursive: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...buildEnvironment(),
      BRIEFING_CONTENT: content,
      BRIEFING_OUT: site,
      ...(publish ? { BRIEFING_SITE: publish.origin, BRIEFING_BASE: publish.base } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`The build of ${name} failed (exit ${run.status}):\n${log}`);
  return { content, site, root, seconds: (performance.now() - started) / 1000, log };
}

/**
 * Corrections for two synthetic articles, for the corrections tests: one about a sentence
 * (the first words of the article's first story paragraph), one about the whole article.
 * Their text is hostile on purpose: it must show as text.
 */
function withCorrections(file: string, bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  if (file !== 'synthetic-0000.txt' && file !== 'synthetic-0001.txt') return bytes;
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n\n')[1]!;
  const entry =
    file === 'synthetic-0000.txt'
      ? `  - date: 2025-03-05\n    text: "An earlier version of this sentence <b>misstated</b> the day."\n    sentence: "${body.split(' ').slice(0, 5).join(' ')}"\n`
      : '  - date: 2025-03-09\n    text: "This article has been updated {throughout}."\n';
  return new TextEncoder().encode(text.replace(/\n---\n/, `\ncorrections:\n${entry}---\n`));
}

/** Annotates a content folder and commits it (its own repository, made on the first call), dated to the second. */
function commitContent(folder: string, message: string, first: boolean): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/annotate.ts')], {
    cwd: repoRoot,
    env: { ...buildEnvironment(), BRIEFING_CONTENT: folder },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', folder, '-c', 'user.name=Briefing tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: '2025-04-01T09:00:00Z', GIT_COMMITTER_DATE: first ? '2025-04-01T09:00:00Z' : '2025-04-02T09:00:00Z' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  if (first) git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

export default function setup(project: TestProject): void {
  // A build of a content folder that is then deleted, as `npm run bench` does: the
  // seeds build after it, with the same article names in another folder, fails
  // if Astro's content-layer cache still points into the deleted folder.
  buildSite('deleted', path.join(repoRoot, 'content'));
  rmSync(path.join(tmp, 'deleted'), { recursive: true, force: true });
  project.provide('seeds', buildSite('seeds', path.join(repoRoot, 'content')));
  // Another folder, another depth, another time zone: nothing of the machine may reach the output.
  project.provide('seedsAgain', buildSite('again/seeds-rebuilt', path.join(repoRoot, 'content'), undefined, { TZ: 'Pacific/Kiritimati' }));
  project.provide('hostile', buildSite('hostile', path.join(repoRoot, 'tests/fixtures/hostile')));
  project.provide('based', buildSite('based', path.join(repoRoot, 'content'), basedSite));
  const synthetic = path.join(tmp, 'paged-articles');
  rmSync(synthetic, { recursive: true, force: true });
  mkdirSync(path.join(synthetic, 'articles'), { recursive: true });
  // The bundled topics, whose words the synthetic articles share: topic pages that quote corrected claims.
  cpSync(path.join(repoRoot, 'content/topics'), path.join(synthetic, 'topics'), { recursive: true });
  // Two commits, for the revision history: 39 articles, then the fortieth and two corrections.
  const articles = syntheticArticles(40);
  for (const file of articles.slice(0, 39)) writeFileSync(path.join(synthetic, 'articles', file.file), file.bytes);
  commitContent(synthetic, 'Thirty-nine articles', true);
  for (const file of articles) writeFileSync(path.join(synthetic, 'articles', file.file), withCorrections(file.file, file.bytes));
  commitContent(synthetic, 'The fortieth article, and two corrections', false);
  // Built with a 1 MB offline budget: its first visit keeps the shell and the search index, not every page.
  // And with its search index in parts of 100 pages, as a site of tens of thousands of pages is (src/build/search-parts.ts).
  project.provide('paged', buildSite('paged', synthetic, undefined, { BRIEFING_OFFLINE_BUDGET: '1', BRIEFING_SEARCH_PART_PAGES: String(PAGED_PART_PAGES) }));
  const adversarial = path.join(tmp, 'adversarial-articles');
  rmSync(adversarial, { recursive: true, force: true });
  mkdirSync(path.join(adversarial, 'articles'), { recursive: true });
  for (const file of [...commonmarkArticles(), ...blnsArticles()]) writeFileSync(path.join(adversarial, 'articles', file.file), file.bytes);
  mkdirSync(path.join(adversarial, 'topics'));
  writeFileSync(path.join(adversarial, 'topics', 'ids.md'), clobberingTopic);
  project.provide('adversarial', buildSite('adversarial', adversarial));
}
