/**
 * `npm run bench`: prints how long the pipeline takes to annotate 1,000
 * synthetic ~500-word articles on one core (target: under 2 s), and its parts.
 */
import { contentPaths } from '../src/content-fs/paths.ts';
import { readDefinitions } from '../src/content-fs/read-content.ts';
import { analyseBriefing, emitBriefing } from '../src/pipeline/annotate-briefing.ts';
import { syntheticArticles } from './lib/synthetic.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const definitions = readDefinitions(contentPaths());
const files = syntheticArticles(count);
const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

// One warm-up run on a few articles so JIT compilation is not what we measure.
emitBriefing(analyseBriefing(files.slice(0, 20), definitions));
const analyse: number[] = [];
const emit: number[] = [];
let claims = 0;
let relations = 0;
/** CPU time of this process in ms: what one core spends, whatever else the machine runs. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
for (let run = 0; run < ROUNDS; run++) {
  // Each round starts from a collected heap, not from the previous round's garbage.
  globalThis.gc?.();
  const started = cpu();
  const analysed = analyseBriefing(files, definitions);
  const analysedAt = cpu();
  emitBriefing(analysed);
  analyse.push(analysedAt - started);
  emit.push(cpu() - analysedAt);
  claims = analysed.briefing.claims.length;
  relations = analysed.briefing.relations.length;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const best = (runs: number[]) => Math.min(...runs);
const total = best(analyse.map((ms, index) => ms + emit[index]!));
console.log(`articles              ${count}`);
console.log(`input                 ${(bytes / 1e6).toFixed(2)} MB, ${claims} claims, ${relations} cross-outlet relations`);
console.log(`CPU time of one core, best of ${ROUNDS} runs, each from a collected heap:`);
console.log(`analyse               ${seconds(best(analyse))}   ingest → clean → attribution → topics → match`);
console.log(`emit MDX              ${seconds(best(emit))}   mdast → mdast-util-to-markdown`);
console.log(`annotate, total       ${seconds(total)}   (${(total / count).toFixed(2)} ms per article; target < 2.00 s: ${total < 2000 ? 'met' : 'NOT met'})`);
