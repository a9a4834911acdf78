/**
 * `npm run build`: annotate the content folder (BRIEFING_CONTENT, default
 * ./content) while Astro starts beside it, build the site with Astro, index it with
 * Pagefind, bag it (BagIt), check it, and only then put it in place of BRIEFING_OUT
 * (default ./dist).
 *
 * Everything is built in `<out>.staging`, beside the output folder; a build that fails —
 * a content mistake, an internal error, a failed check — leaves the last site as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotated } from '../src/build/annotate-child.ts';
import type { PagesChecked } from '../src/build/check-site.ts';
import type { Readiness } from '../src/build/in-child.ts';
import { requireModernNode } from '../src/build/node-version.ts';

requireModernNode();
// No build step may reach another host: Astro would otherwise send telemetry.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { createProgress } = await import('../src/build/progress.ts');
const { ChildFailed, settled, startChild } = await import('../src/build/in-child.ts');
const progress = createProgress();

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const outDir = path.resolve(root, process.env.BRIEFING_OUT ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const historyFile = `${outDir}.history.json`;
// The manifest the render stage reads: written by the annotation as soon as it is final (`annotate-child.ts`).
const manifestCopy = `${outDir}.manifest.json`;

const stageScript = (name: string) => path.join(root, 'src', 'build', name);

// Read by astro.config.mjs when Astro loads it.
process.env.BRIEFING_OUT = staging;
process.env.BRIEFING_HISTORY = historyFile;
process.env.BRIEFING_BUILD_MANIFEST = manifestCopy;
const { contentPaths } = await import('../src/content-fs/paths.ts');
const { contentHistory } = await import('../src/build/history.ts');
rmSync(staging, { recursive: true, force: true });
rmSync(manifestCopy, { force: true });
mkdirSync(path.dirname(outDir), { recursive: true });
// The revision history, from git, for the site's history pages.
writeFileSync(historyFile, JSON.stringify(contentHistory(contentPaths().root)));
// Every build starts from an empty content-layer store, so a content folder moved or deleted since the
// last build cannot leave stale entries. Removed here rather than with Astro's `force`, which warns
// "data store cleared" on every build.
rmSync(path.join(root, 'node_modules', '.astro', 'data-store.json'), { force: true });

// Astro starts at once, beside the annotation: it loads, syncs and bundles while the articles are
// annotated, renders no page before the manifest is written, and no article page before the
// articles' bodies are (`astro-child.ts`, `annotate-child.ts`).
let pages = 0;
let rendering: ReturnType<typeof progress.stage> | undefined;
const astro = startChild<{ cpuSeconds: number }>(stageScript('astro-child.ts'), {
  onProgress: (done) => {
    pages = done;
    rendering?.tick(done);
  },
});
// Settled here so that a failure while the annotation still runs is not an unhandled rejection.
const rendered = settled(astro.done);
const render = (ready: Readiness) => {
  rendering ??= progress.stage('rendering pages', 'pages');
  astro.go(ready);
};

const annotating = progress.stage('annotating articles');
let annotated: Annotated;
try {
  annotated = (await startChild<Annotated>(stageScript('annotate-child.ts'), { onReady: render }).done)!;
} catch (error) {
  // The child has said why (a content mistake with its file and line, or an internal error's stack).
  astro.stop();
  await rendered;
  for (const file of [staging, historyFile, manifestCopy]) rmSync(file, { recursive: true, force: true });
  process.exit(error instanceof ChildFailed ? error.code : 1);
}
const fromCache = annotated.fromCache ? ` (${annotated.fromCache})` : '';
annotating.end(`annotated ${annotated.sources} articles, ${annotated.claims} claims${fromCache}`, annotated.sources, annotated.cpuSeconds);

let pageCheck: ReturnType<typeof startChild<PagesChecked>> | undefined;
try {
  const { buildSearchIndex } = await import('../src/build/search-index.ts');
  const { briefingJsonSchema } = await import('../src/build/json-schema.ts');
  const { writeBag } = await import('../src/build/bag.ts');
  const { bagInfo } = await import('../src/build/bag-info.ts');
  const { checkSite } = await import('../src/build/check-site.ts');
  const { siteAddress } = await import('../src/build/site-address.ts');
  const { writeSitemap } = await import('../src/build/sitemap.ts');

  render('articles');
  const outcome = await rendered;
  if ('error' in outcome) throw outcome.error;
  rendering!.end(`rendered ${pages} pages with Astro`, pages, outcome.value?.cpuSeconds);
  rmSync(manifestCopy, { force: true });
  // The manifest's JSON Schema is published beside it.
  writeFileSync(path.join(staging, 'briefing.schema.json'), briefingJsonSchema());
  writeSitemap(staging, siteAddress());
  // The pages are read for the link check while Pagefind indexes them: two processes, two cores.
  pageCheck = startChild<PagesChecked>(stageScript('check-child.ts'), { env: { ...process.env, BRIEFING_CHECK_SITE: staging } });
  // Settled here so that a failure while Pagefind still runs is not an unhandled rejection.
  const pagesRead = settled(pageCheck.done);
  const indexing = progress.stage('indexing pages for search');
  const search = await buildSearchIndex(staging);
  indexing.end(`indexed ${search.pages} pages for search`, search.pages);
  const bagging = progress.stage('bagging files');
  const bag = writeBag(staging, bagInfo(annotated.root, annotated, search.pages));
  bagging.end(`bagged ${bag.files} files, ${bag.bytes} bytes (manifest-sha256.txt)`, bag.files);
  const checking = progress.stage('checking the site');
  const pagesChecked = await pagesRead;
  if ('error' in pagesChecked) throw pagesChecked.error;
  if (!pagesChecked.value) throw new Error('the page check sent no result');
  const problems = checkSite(staging, siteAddress(), search.written, pagesChecked.value);
  checking.end('checked links, search files and the bag');
  if (problems.length > 0) {
    throw new Error(
      `the built site failed its checks (${problems.length}):\n${problems.slice(0, 50).join('\n')}${problems.length > 50 ? `\n… and ${problems.length - 50} more` : ''}`,
    );
  }
  // The swap: the old site moves aside, the new one takes its name, the old one goes.
  const swapping = progress.stage('replacing the last site');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  rmSync(historyFile, { force: true });
  swapping.end('replaced the last site');
} catch (error) {
  pageCheck?.stop();
  for (const file of [staging, historyFile, manifestCopy]) rmSync(file, { recursive: true, force: true });
  console.error(
    `Build failed; ${existsSync(outDir) ? `the previous site in ${path.relative(process.cwd(), outDir) || outDir} is unchanged` : 'nothing was written'}.`,
  );
  // A stage in its own process has printed its error already.
  if (!(error instanceof ChildFailed)) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
console.log(`built ${path.relative(process.cwd(), outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
