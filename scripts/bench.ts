/**
 * `npm run bench`: prints how long the pipeline takes to annotate 1,000
 * synthetic ~500-word articles on one core (target: at least 250 articles a second,
 * analysis and MDX), and its parts — once cold, as in a fresh process, and in the steady
 * state — and apart from them the render of each article's body to HTML: the site's
 * render, which Astro did from the MDX before, done here where the tree is.
 */
import { contentPaths } from '../src/content-fs/paths.ts';
import { readDefinitions } from '../src/content-fs/read-content.ts';
import { analyseBriefing, articleTrees } from '../src/pipeline/annotate-briefing.ts';
import { toMdx } from '../src/pipeline/emit.ts';
import { renderArticleHtml } from '../src/pipeline/render-html.ts';
import { syntheticArticles } from '../src/eval/synthetic.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const definitions = readDefinitions(contentPaths());
const files = syntheticArticles(count);
const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

/** CPU time of this process in ms, all threads (V8 compiles and collects garbage on helper threads). */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Round {
  analyse: number;
  emit: number;
  /** Analysis and MDX: the annotator's cost. */
  total: number;
  html: number;
  claims: number;
  relations: number;
}

function round(): Round {
  const started = cpu();
  const analysed = analyseBriefing(files, definitions);
  const analysedAt = cpu();
  let emit = 0;
  let html = 0;
  // The generator's own work (each tree) counts as emitting.
  let at = cpu();
  for (const { tree } of articleTrees(analysed)) {
    toMdx(tree);
    const mdxAt = cpu();
    renderArticleHtml(tree);
    const htmlAt = cpu();
    emit += mdxAt - at;
    html += htmlAt - mdxAt;
    at = htmlAt;
  }
  return {
    analyse: analysedAt - started,
    emit,
    total: analysedAt - started + emit,
    html,
    claims: analysed.briefing.claims.length,
    relations: analysed.briefing.relations.length,
  };
}

// The first round is what one `npm run annotate` of this corpus costs the pipeline in a
// fresh process: V8 interprets and compiles as it goes, and the heap grows from nothing.
const first = round();
// Then the steady state, the annotator's own cost: the best of further rounds.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const rounds = Array.from({ length: ROUNDS }, round);
const steady = rounds.reduce((best, next) => (next.total < best.total ? next : best));
const median = [...rounds].sort((a, b) => a.total - b.total)[Math.floor(rounds.length / 2)]!;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
const row = (label: string, r: Round, note: string) =>
  console.log(`${label.padEnd(24)}${seconds(r.analyse)}  ${seconds(r.emit)}  ${seconds(r.total)}  ${seconds(r.html)}   ${note}`);
console.log(`articles                ${count}, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`found                   ${steady.claims} claims, ${steady.relations} cross-outlet relations`);
console.log('CPU time on one core     analyse  emit MDX     total   + HTML');
row('first run (cold)', first, 'JIT warm-up and a growing heap included');
row(`steady, median of ${ROUNDS}`, median, 'V8 still optimising in the early rounds; garbage collection lands unevenly');
const rate = (r: Round) => count / (r.total / 1000);
row(`steady, best of ${ROUNDS}`, steady, `${(steady.total / count).toFixed(2)} ms per article`);
console.log(
  `annotating              ${rate(first).toFixed(0)} articles/s cold, ${rate(median).toFixed(0)}/s steady (median); target ≥ 250/s cold: ${rate(first) >= 250 ? 'met' : 'NOT met'}`,
);
console.log('analyse = ingest → clean → attribution → topics → match; emit = mdast → MDX (mdast-util-to-markdown);');
console.log("HTML = the same trees → the articles' body HTML (mdast-util-to-hast, hast-util-to-html), the site's render of them");
