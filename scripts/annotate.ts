/**
 * `npm run annotate`: reads the content folder, runs the pipeline and writes the
 * annotated MDX and briefing.json — all of them, or, on any error, none.
 */
import { annotate } from './lib/annotate-content.ts';

try {
  const result = annotate();
  console.log(`annotated ${result.sources} articles, ${result.claims} claims → ${result.written}`);
} catch (error) {
  const { ContentError, ContentErrors } = await import('../src/schema/content-error.ts');
  if (error instanceof ContentError || error instanceof ContentErrors) {
    console.error(`Content error, nothing written:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
