/**
 * `npm run eval`: annotates the reference articles in tests/fixtures and prints
 * precision and recall for speakers, claim kinds, boilerplate and cross-outlet
 * pairs; then annotates every real article in `../shared/corpora` and prints
 * direct-quote speaker accuracy (overall and per attribution pass), quotes
 * found, claim kinds of indirect attributions and crashes, scored by that
 * folder's README. `EVAL_VERBOSE=1` lists what was missed; `EVAL_MISSES=file`
 * writes every wrong corpus speaker to a JSON file for reading.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../src/content-fs/paths.ts';
import { readArticles, readDefinitions } from '../src/content-fs/read-content.ts';
import { annotateBriefing } from '../src/pipeline/annotate-briefing.ts';
import { EntityList } from '../src/schema/content.ts';
import { parseYaml } from '../src/schema/parse-yaml.ts';
import { printBasilSection } from '../src/eval/basil.ts';
import { byPass, corporaDir, evaluateCorpora } from '../src/eval/corpora.ts';
import { scoreBriefing, type GoldFile, type Score } from '../src/eval/score.ts';

const root = path.resolve(import.meta.dirname, '..');
const suites = [
  // The seeds' gold lists four cross-source pairs; the extra file lists the other true ones.
  {
    name: 'seeds',
    dir: path.join(root, 'content'),
    gold: path.join(root, 'tests/fixtures/gold.json'),
    extraPairs: path.join(root, 'tests/fixtures/seeds-cross-source-extra.json'),
    entities: null,
  },
  {
    name: 'unseen',
    dir: path.join(root, 'tests/fixtures/unseen'),
    gold: path.join(root, 'tests/fixtures/unseen/gold.json'),
    extraPairs: null,
    entities: path.join(root, 'tests/fixtures/unseen/entities.yaml'),
  },
];
const percent = (value: number | null) => (value === null ? '   —  ' : `${(value * 100).toFixed(1).padStart(5)}%`);
const verbose = process.env.EVAL_VERBOSE === '1';

for (const suite of suites) {
  const paths = contentPaths(suite.dir);
  const definitions = readDefinitions(paths);
  if (suite.entities) definitions.entities = parseYaml(readFileSync(suite.entities, 'utf8'), EntityList, suite.entities);
  const { briefing } = annotateBriefing(readArticles(paths), definitions);
  const gold = JSON.parse(readFileSync(suite.gold, 'utf8')) as GoldFile;
  if (suite.extraPairs) gold.cross_source.push(...(JSON.parse(readFileSync(suite.extraPairs, 'utf8')) as { pairs: GoldFile['cross_source'] }).pairs);
  console.log(`\n${suite.name}: ${briefing.sources.length} articles, ${briefing.claims.length} claims`);
  console.log(`  ${'measure'.padEnd(30)} precision  recall   (correct / predicted / expected)`);
  for (const score of scoreBriefing(briefing, gold) as Score[]) {
    console.log(
      `  ${score.name.padEnd(30)} ${percent(score.precision)}   ${percent(score.recall)}   (${score.correct} / ${score.predicted} / ${score.expected})`,
    );
    if (verbose) for (const miss of score.misses) console.log(`      - ${miss}`);
  }
}

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);
const corpora = evaluateCorpora();
if (corpora.length === 0) console.log(`\nno corpora at ${corporaDir}: real-text figures skipped`);
const misses: unknown[] = [];
for (const corpus of corpora) {
  console.log(
    `\n${corpus.name}: ${corpus.articles} articles, ${corpus.briefing.claims.length} claims, ${corpus.crashes.length} crashes, ${corpus.seconds.toFixed(1)} s`,
  );
  for (const crash of corpus.crashes) console.log(`  crash: ${crash.file}: ${crash.error}`);
  const quotes = corpus.quotes;
  if (quotes) {
    const asQuote = quotes.outcomes.filter((outcome) => outcome.found === 'quote').length;
    console.log(`  direct quotes with a named speaker: ${quotes.named}`);
    console.log(
      `    found                ${share(quotes.found, quotes.named)} (${quotes.found}; as a quote ${asQuote}, inside a claim ${quotes.found - asQuote})`,
    );
    console.log(`    right speaker        ${share(quotes.right, quotes.named)} of all (${quotes.right}), ${share(quotes.right, quotes.found)} of those found`);
    for (const pass of byPass(quotes.outcomes))
      console.log(`      ${pass.pass.padEnd(20)} ${share(pass.right, pass.total).padStart(6)}  (${pass.right} / ${pass.total})`);
    for (const outcome of quotes.outcomes) {
      if (outcome.right) continue;
      misses.push({
        corpus: corpus.name,
        article: outcome.row.article,
        start: outcome.row.start,
        text: outcome.row.text.slice(0, 160),
        gold: outcome.gold,
        ours: outcome.ours,
        pass: outcome.pass,
        found: outcome.found,
      });
      if (verbose)
        console.log(
          `      - ${outcome.row.article}: “${outcome.row.text.slice(0, 60)}” → ${outcome.found ? (outcome.ours ?? 'no speaker') : 'not found'} (${outcome.pass ?? '—'}), expected ${outcome.gold}`,
        );
    }
  }
  const indirect = corpus.indirect;
  if (indirect) {
    console.log(
      `  indirect attributions: ${indirect.total}; sentence found ${share(indirect.found, indirect.total)}; attributed (not narration) ${share(indirect.attributed, indirect.found)}; named speaker right ${share(indirect.rightSpeaker, indirect.named)} (${indirect.rightSpeaker} / ${indirect.named})`,
    );
  }
}
if (process.env.EVAL_MISSES) writeFileSync(process.env.EVAL_MISSES, `${JSON.stringify(misses, null, 1)}\n`);

printBasilSection();
