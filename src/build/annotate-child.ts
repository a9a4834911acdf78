/**
 * The annotate stage of `npm run build`, in a process of its own (`in-child.ts`): annotates
 * the content folder and sends back what it wrote. A content mistake is printed here, with
 * its file and line, and the process exits 1 with nothing written.
 *
 * The render stage reads the manifest from BRIEFING_BUILD_MANIFEST, a copy beside the site
 * being built: the content folder's own `briefing.json` is written last, so that a failed
 * annotation leaves the folder as it was. In a briefing of up to `RENDER_BESIDE_EMIT_MAX`
 * articles the copy is written as soon as the analysis is done, and the render stage starts
 * on the pages that need only the manifest while the articles' MDX and HTML are still being
 * written (~45% of a cold annotation, one article after another); the article pages wait
 * for their bodies (`sendReady`).
 */
import { copyFileSync } from 'node:fs';
import { annotateOrExit } from '../content-fs/annotate-content.ts';
import { cacheHitsText } from '../content-fs/annotation-cache.ts';
import { writeJsonFile } from '../content-fs/write-json.ts';
import type { BriefingSummary } from './bag-info.ts';
import { cpuSeconds, sendReady, sendResult } from './in-child.ts';

/**
 * Articles up to which Astro renders beside the annotation's emit: both processes' memory at
 * once. Above it, one after the other, as the 3 GB at 10,000 articles needs (annotation
 * 2.0 GB and Astro's render 2.6 GB at their peaks, measured).
 */
export const RENDER_BESIDE_EMIT_MAX = 4_000;

/** What the build needs of the annotation: the bag's summary of the briefing, and where the content folder is. */
export interface Annotated extends BriefingSummary {
  /** The content folder, absolute. */
  root: string;
  /** CPU seconds this process used, user and system. */
  cpuSeconds: number;
  /** What the build's line says of the annotation cache ("999 read and 997 emitted from the cache"); null when nothing came from it. */
  fromCache: string | null;
}

const copy = process.env.BRIEFING_BUILD_MANIFEST;
let early = false;
const result = annotateOrExit(undefined, {
  onAnalysed: (briefing) => {
    if (!copy || briefing.sources.length > RENDER_BESIDE_EMIT_MAX) return undefined;
    writeJsonFile(copy, briefing);
    early = true;
    sendReady('manifest');
    return copy;
  },
  onEmitted: () => {
    if (early) sendReady('articles');
  },
});
if (copy && !early) copyFileSync(result.paths.manifest, copy);
const message: Annotated = {
  title: result.title,
  summary: result.summary,
  sources: result.sources,
  claims: result.claims,
  root: result.paths.root,
  cpuSeconds: cpuSeconds(),
  fromCache: result.cache && result.cache.read.hits + result.cache.emit.hits > 0 ? cacheHitsText(result.cache) : null,
};
sendResult(message);
