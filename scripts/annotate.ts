/**
 * `npm run annotate`: reads the content folder, runs the pipeline and writes the
 * annotated MDX and briefing.json — all of them, or, on any error, none.
 */
import { annotateOrExit } from '../src/content-fs/annotate-content.ts';
import { cacheHitsText } from '../src/content-fs/annotation-cache.ts';

const result = annotateOrExit();
const fromCache = result.cache ? `; ${cacheHitsText(result.cache)}` : '';
console.log(`annotated ${result.sources} articles, ${result.claims} claims → ${result.written}${fromCache}`);
