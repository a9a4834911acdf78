/**
 * `npm run eval`: annotates the reference articles in tests/fixtures and prints
 * precision and recall for speakers, claim kinds, boilerplate and cross-outlet
 * pairs. `EVAL_VERBOSE=1` lists what was missed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../src/content-fs/paths.ts';
import { readArticles, readDefinitions } from '../src/content-fs/read-content.ts';
import { annotateBriefing } from '../src/pipeline/annotate-briefing.ts';
import { EntityList } from '../src/schema/content.ts';
import { parseYaml } from '../src/schema/parse-yaml.ts';
import { printBasilSection } from './lib/eval-basil.ts';
import { scoreBriefing, type GoldFile, type Score } from './lib/score.ts';

const root = path.resolve(import.meta.dirname, '..');
const suites = [
  // The seeds' gold lists four cross-source pairs; the extra file lists the other true ones.
  { name: 'seeds', dir: path.join(root, 'content'), gold: path.join(root, 'tests/fixtures/gold.json'), extraPairs: path.join(root, 'tests/fixtures/seeds-cross-source-extra.json'), entities: null },
  { name: 'unseen', dir: path.join(root, 'tests/fixtures/unseen'), gold: path.join(root, 'tests/fixtures/unseen/gold.json'), extraPairs: null, entities: path.join(root, 'tests/fixtures/unseen/entities.yaml') },
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
    console.log(`  ${score.name.padEnd(30)} ${percent(score.precision)}   ${percent(score.recall)}   (${score.correct} / ${score.predicted} / ${score.expected})`);
    if (verbose) for (const miss of score.misses) console.log(`      - ${miss}`);
  }
}

printBasilSection();
