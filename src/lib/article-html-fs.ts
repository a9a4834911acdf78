/**
 * The HTML of an annotated article's body, read from disk: `annotated/<id>.html`, which the
 * annotation stage renders from the same tree as `annotated/<id>.mdx`
 * (`src/pipeline/render-html.ts`). Read once per page and not kept: a build of 10,000
 * articles holds none of them beyond the page that shows it. Node-only (reads files).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { untilParentReady } from '../build/in-child.ts';

/** Absolute path of the folder of generated files, resolved in `astro.config.mjs` from `BRIEFING_CONTENT`. */
const annotated: string = import.meta.env.BRIEFING_ANNOTATED;

/**
 * The body of article `id` as HTML. Throws an AstroError naming the file when it is missing.
 * In `npm run build`, the other pages may render while the bodies are still being written:
 * this waits until they are.
 */
export async function articleHtml(id: string): Promise<string> {
  await untilParentReady('articles');
  const file = path.join(annotated, `${id}.html`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new AstroError(`No annotated article at ${file}.`, 'Run `npm run annotate` again to write the annotated articles next to briefing.json.');
  }
}
