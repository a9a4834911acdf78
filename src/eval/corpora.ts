/**
 * The real-text part of `npm run eval`: annotates every article of the
 * annotated corpora in `../shared/corpora` and scores direct-quote speakers
 * (by the corpora README's rules), quotes found, claim kinds against the
 * indirect attributions, and crashes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../content-fs/paths.ts';
import { readDefinitions } from '../content-fs/read-content.ts';
import { annotateBriefing, sourceIdFor, type BriefingDefinitions } from '../pipeline/annotate-briefing.ts';
import { Briefing, type Claim, type Quote, type Source } from '../schema/briefing.ts';
import { GoldRows, normaliseQuote, sameName, scoreQuotes, isNamedSpeaker, type GoldRow, type QuoteOutcome } from './score-quotes.ts';

export const corporaDir = path.resolve(import.meta.dirname, '../../../shared/corpora');

/** Kinds that say someone other than the outlet claims the sentence. */
const ATTRIBUTED_KINDS: ReadonlySet<Claim['kind']> = new Set(['direct-quote', 'partial-quote', 'indirect-statement', 'attributed-report', 'unnamed-source']);

export interface CorpusRun {
  name: string;
  articles: number;
  /** Articles whose annotation threw or failed the manifest's schema, with the reason. */
  crashes: { file: string; error: string }[];
  /** The union of the per-article briefings. */
  briefing: Briefing;
  seconds: number;
}

/**
 * Annotates each article of `files` on its own (attribution is per article, and
 * one crash must not hide the rest), checking each output against the schema.
 */
export function annotateEach(name: string, files: { file: string; bytes: Uint8Array }[], definitions: BriefingDefinitions): CorpusRun {
  const started = performance.now();
  const crashes: CorpusRun['crashes'] = [];
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  for (const file of files) {
    try {
      const { briefing } = annotateBriefing([file], definitions);
      const checked = Briefing.safeParse(briefing);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        crashes.push({ file: file.file, error: `schema: ${issue.path.join('.')}: ${issue.message}` });
        continue;
      }
      sources.push(...briefing.sources);
      claims.push(...briefing.claims);
      quotes.push(...briefing.quotes);
    } catch (error) {
      crashes.push({ file: file.file, error: String(error).split('\n')[0]!.slice(0, 200) });
    }
  }
  const briefing: Briefing = {
    schemaVersion: 2,
    title: name,
    summary: '',
    sources,
    claims,
    quotes,
    stories: [],
    relations: [],
    framing: [],
    topics: [],
    entities: [],
  };
  return { name, articles: files.length, crashes, briefing, seconds: (performance.now() - started) / 1000 };
}

function articleFiles(dir: string): { file: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(dir, file))) }));
}

/** The BASIL texts, which have no articles/ folder: read through events.json. */
function basilFiles(dir: string): { file: string; bytes: Uint8Array }[] {
  const events = JSON.parse(readFileSync(path.join(dir, 'events.json'), 'utf8')) as { articles: { file: string }[] }[];
  return events
    .flatMap((event) => event.articles)
    .map((article) => ({ file: `${path.basename(article.file)}.txt`, bytes: new Uint8Array(readFileSync(path.join(dir, article.file))) }));
}

export interface CorpusScore extends CorpusRun {
  quotes: ReturnType<typeof scoreQuotes> | null;
  /** Indirect attributions (PolNeAR `direct: false`) whose sentence we attribute to someone. */
  indirect: { total: number; found: number; attributed: number; named: number; rightSpeaker: number } | null;
}

/** Annotates and scores every corpus present in `../shared/corpora`. */
export function evaluateCorpora(definitionsFor: (dir: string) => BriefingDefinitions = (dir) => readDefinitions(contentPaths(dir))): CorpusScore[] {
  const results: CorpusScore[] = [];
  for (const name of ['polnear-dev', 'ggt-dev', 'basil-dev']) {
    const dir = path.join(corporaDir, name);
    if (!existsSync(dir)) continue;
    const isBasil = existsSync(path.join(dir, 'events.json'));
    const files = isBasil ? basilFiles(dir) : articleFiles(path.join(dir, 'articles'));
    const run = annotateEach(name, files, definitionsFor(isBasil ? path.join(dir, 'no-such-folder') : dir));
    const goldFile = path.join(dir, 'gold.json');
    const rows = existsSync(goldFile) ? GoldRows.parse(JSON.parse(readFileSync(goldFile, 'utf8'))) : null;
    results.push({
      ...run,
      quotes: rows ? scoreQuotes(run.briefing, rows, sourceIdFor) : null,
      indirect: rows ? scoreIndirect(run.briefing, rows) : null,
    });
  }
  return results;
}

/** Indirect attributions: is the sentence that holds the content attributed, and to the right speaker? */
function scoreIndirect(briefing: Briefing, rows: readonly GoldRow[]): CorpusScore['indirect'] {
  const bySource = new Map<string, Claim[]>();
  for (const claim of briefing.claims) {
    const list = bySource.get(claim.source) ?? [];
    list.push(claim);
    bySource.set(claim.source, list);
  }
  let total = 0;
  let found = 0;
  let attributed = 0;
  let named = 0;
  let rightSpeaker = 0;
  for (const row of rows) {
    if (row.direct) continue;
    total++;
    const head = normaliseQuote(row.text).slice(0, 30);
    const claim = (bySource.get(sourceIdFor(row.article)) ?? []).find((candidate) => normaliseQuote(candidate.text).includes(head));
    if (!claim) continue;
    found++;
    if (ATTRIBUTED_KINDS.has(claim.kind)) attributed++;
    const gold = row.reference ?? row.speaker;
    if (isNamedSpeaker(gold)) {
      named++;
      if (sameName(claim.speaker, gold)) rightSpeaker++;
    }
  }
  return { total, found, attributed, named, rightSpeaker };
}

/** Accuracy of the speakers each attribution pass chose. */
export function byPass(outcomes: readonly QuoteOutcome[]): { pass: string; right: number; total: number }[] {
  const counts = new Map<string, { right: number; total: number }>();
  for (const outcome of outcomes) {
    if (!outcome.found) continue;
    const key = outcome.ours === null ? '(no speaker)' : (outcome.pass ?? '(unrecorded)');
    const entry = counts.get(key) ?? { right: 0, total: 0 };
    entry.total++;
    if (outcome.right) entry.right++;
    counts.set(key, entry);
  }
  return [...counts.entries()].map(([pass, count]) => ({ pass, ...count })).sort((a, b) => b.total - a.total || (a.pass < b.pass ? -1 : 1));
}
