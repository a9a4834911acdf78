/**
 * `npm run bench`: prints how long the pipeline takes to annotate 1,000
 * synthetic ~500-word articles on one core (target: under 2 s), and its parts.
 */
import { contentPaths } from '../src/content-fs/paths.ts';
import { readDefinitions } from '../src/content-fs/read-content.ts';
import { annotateBriefing } from '../src/pipeline/annotate-briefing.ts';
import { syntheticArticles } from './lib/synthetic.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const definitions = readDefinitions(contentPaths());
const files = syntheticArticles(count);
const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

// One warm-up run on a few articles so JIT compilation is not what we measure.
annotateBriefing(files.slice(0, 20), definitions);
const runs: number[] = [];
let claims = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const result = annotateBriefing(files, definitions);
  runs.push(performance.now() - started);
  claims = result.briefing.claims.length;
}
const best = Math.min(...runs);
console.log(`articles        ${count}`);
console.log(`input           ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`claims          ${claims}`);
console.log(`annotate (best of 3)  ${(best / 1000).toFixed(2)} s  (${runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ')})`);
console.log(`per article     ${(best / count).toFixed(2)} ms`);
console.log(`target          < 2.00 s  ${best < 2000 ? 'met' : 'NOT met'}`);
