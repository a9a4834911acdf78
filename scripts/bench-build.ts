/**
 * `npm run bench` (build part): builds N synthetic articles (BENCH_ARTICLES, default 1,000)
 * twice in one run — with Briefing's whole `npm run build`, and un-annotated with the
 * smallest Astro + MDX site plus `pagefind --site` (`src/eval/baseline-site.ts`) — and prints
 * for each the wall time, the CPU time and the peak memory of every process it started,
 * the output's size, and Briefing's cost as a multiple of the baseline's (target ≤ 2×).
 * Then the HTML size of each kind of page (the median and the largest), which must not grow
 * with N except on paginated lists. BENCH_KEEP=1 keeps the folders and prints where.
 *
 * BENCH_SPLIT=k also builds the same articles as k briefings, one after another, each of
 * whole stories (N/k articles) under its own base path (`/part-1/`, …), as a briefing too
 * large for one machine would be split: for each part, and for all, wall time, CPU time,
 * peak memory and the search metadata a reader's first query loads there.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBaselineSite } from '../src/eval/baseline-site.ts';
import { listFiles } from '../src/build/list-files.ts';
import { requireModernNode } from '../src/build/node-version.ts';
import { measure, type Measured } from '../src/eval/process-tree.ts';
import { syntheticArticles } from '../src/eval/synthetic.ts';

requireModernNode();
const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), `briefing-bench-build-${count}-`));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

const files = syntheticArticles(count);
const content = path.join(work, 'content');
mkdirSync(path.join(content, 'articles'), { recursive: true });
for (const file of files) writeFileSync(path.join(content, 'articles', file.file), file.bytes);

const site = path.join(work, 'dist');
const briefing = await measure(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
  cwd: root,
  env: { ...env, BRIEFING_CONTENT: content, BRIEFING_OUT: site },
});

const baselineDir = path.join(work, 'baseline');
writeBaselineSite(baselineDir, files, path.join(root, 'node_modules'));
const astro = await measure(bin('astro'), ['build'], { cwd: baselineDir, env });
const pagefind = await measure(bin('pagefind'), ['--site', 'dist'], { cwd: baselineDir, env });
const baseline: Measured = {
  seconds: astro.seconds + pagefind.seconds,
  cpuSeconds: astro.cpuSeconds + pagefind.cpuSeconds,
  peakRss: Math.max(astro.peakRss, pagefind.peakRss),
  output: '',
};

const sizeOf = (dir: string) => listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
const pagesOf = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const row = (label: string, m: Measured, dir: string) =>
  console.log(
    `${label.padEnd(22)}${`${m.seconds.toFixed(1)} s`.padStart(9)}${`${m.cpuSeconds.toFixed(1)} s`.padStart(9)}${mb(m.peakRss).padStart(11)}${mb(sizeOf(dir)).padStart(10)}${String(pagesOf(dir).length).padStart(7)}`,
  );

console.log(`articles              ${count}`);
console.log('                          wall      CPU   peak RSS    output  pages');
row('Briefing npm run build', briefing, site);
row('baseline Astro+MDX+PF', baseline, path.join(baselineDir, 'dist'));
const ratio = briefing.seconds / baseline.seconds;
console.log(
  `ratio                 ${ratio.toFixed(2)}× wall, ${(briefing.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU; target ≤ 2× wall: ${ratio <= 2 ? 'met' : 'NOT met'}`,
);
console.log(
  `memory                ${mb(briefing.peakRss)} at most, summed over node and Pagefind${count >= 10000 ? `; target ≤ 3 GB at 10,000: ${briefing.peakRss <= 3e9 ? 'met' : 'NOT met'}` : ''}`,
);
console.log('Briefing stages:');
for (const line of briefing.output.split('\n')) if (/ in \d+(?:\.\d+)? s\b/.test(line)) console.log(`  ${line}`);

// HTML per page kind: the first path segment ("articles", "people", …; "home" for the root).
const byKind = new Map<string, number[]>();
for (const page of pagesOf(site)) {
  if (page.startsWith('pagefind/')) continue;
  const kind = page.includes('/') ? page.slice(0, page.indexOf('/')) : page.replace(/\.html$/, '');
  byKind.set(kind, [...(byKind.get(kind) ?? []), statSync(path.join(site, page)).size]);
}
console.log('HTML per page kind         pages    median   largest');
for (const [kind, sizes] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  sizes.sort((a, b) => a - b);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`  ${kind.padEnd(22)}${String(sizes.length).padStart(7)}${kb(sizes[Math.floor(sizes.length / 2)]!)}${kb(sizes.at(-1)!)}`);
}

const parts = Number(process.env.BENCH_SPLIT ?? 0);
if (parts > 1) {
  // Synthetic stories are runs of consecutive articles; a part takes whole runs.
  const STORY = 5;
  const stories = Math.ceil(files.length / STORY);
  const metaOf = (dir: string) =>
    listFiles(path.join(dir, 'pagefind'))
      .filter((file) => file.endsWith('.pf_meta'))
      .reduce((sum, file) => sum + statSync(path.join(dir, 'pagefind', file)).size, 0);
  console.log(`split into ${parts} briefings      wall      CPU   peak RSS    output  pages`);
  const all = { seconds: 0, cpuSeconds: 0, peakRss: 0, bytes: 0, pages: 0 };
  for (let part = 0; part < parts; part++) {
    const from = Math.floor((stories * part) / parts) * STORY;
    const to = Math.min(files.length, Math.floor((stories * (part + 1)) / parts) * STORY);
    const partContent = path.join(work, `part-${part + 1}`, 'content');
    const partSite = path.join(work, `part-${part + 1}`, 'dist');
    mkdirSync(path.join(partContent, 'articles'), { recursive: true });
    for (const file of files.slice(from, to)) writeFileSync(path.join(partContent, 'articles', file.file), file.bytes);
    const measured = await measure(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
      cwd: root,
      env: { ...env, BRIEFING_CONTENT: partContent, BRIEFING_OUT: partSite, BRIEFING_BASE: `/part-${part + 1}/` },
    });
    row(`  part ${part + 1}: ${to - from} articles`, measured, partSite);
    console.log(`    its search metadata, loaded by a first query: ${(metaOf(partSite) / 1024).toFixed(1)} KB`);
    all.seconds += measured.seconds;
    all.cpuSeconds += measured.cpuSeconds;
    all.peakRss = Math.max(all.peakRss, measured.peakRss);
    all.bytes += sizeOf(partSite);
    all.pages += pagesOf(partSite).length;
    if (!process.env.BENCH_KEEP) rmSync(path.join(work, `part-${part + 1}`), { recursive: true, force: true });
  }
  console.log(
    `all parts, one after another: ${all.seconds.toFixed(1)} s wall, ${all.cpuSeconds.toFixed(1)} s CPU, ${mb(all.peakRss)} at most, ${mb(all.bytes)}, ${all.pages} pages; whole: ${briefing.seconds.toFixed(1)} s, ${mb(briefing.peakRss)}`,
  );
}

if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
