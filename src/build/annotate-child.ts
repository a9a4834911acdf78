/**
 * The annotate stage of `npm run build`, in a process of its own (`in-child.ts`): annotates
 * the content folder and sends back what it wrote. A content mistake is printed here, with
 * its file and line, and the process exits 1 with nothing written.
 */
import { annotateOrExit } from '../content-fs/annotate-content.ts';
import { cacheHitsText } from '../content-fs/annotation-cache.ts';
import type { BriefingSummary } from './bag-info.ts';
import { cpuSeconds, sendResult } from './in-child.ts';

/** What the build needs of the annotation: the bag's summary of the briefing, and where the content folder is. */
export interface Annotated extends BriefingSummary {
  /** The content folder, absolute. */
  root: string;
  /** CPU seconds this process used, user and system. */
  cpuSeconds: number;
  /** What the build's line says of the annotation cache ("999 read and 997 emitted from the cache"); null when nothing came from it. */
  fromCache: string | null;
}

const result = annotateOrExit();
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
