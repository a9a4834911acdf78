/**
 * Runs the pipeline over a content folder and writes its outputs atomically:
 * everything is computed and validated first, then written to a staging folder
 * and swapped into place.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths, type ContentPaths } from '../../src/content-fs/paths.ts';
import { readArticles, readDefinitions } from '../../src/content-fs/read-content.ts';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { Briefing } from '../../src/schema/briefing.ts';
import { ContentError, ContentErrors } from '../../src/schema/content-error.ts';

export interface AnnotateResult {
  paths: ContentPaths;
  sources: number;
  claims: number;
  /** Where the outputs went, for messages. */
  written: string;
}

export function annotate(dir?: string): AnnotateResult {
  const paths = contentPaths(dir);
  const definitions = readDefinitions(paths);
  const annotated = annotateBriefing(readArticles(paths), definitions);
  // The manifest is our own output: failing this is a bug, not a content mistake.
  const briefing = Briefing.parse(annotated.briefing);
  const { mdx } = annotated;

  const staging = `${paths.annotated}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [id, text] of mdx) writeFileSync(path.join(staging, `${id}.mdx`), text);
  const old = `${paths.annotated}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(paths.annotated)) renameSync(paths.annotated, old);
  renameSync(staging, paths.annotated);
  rmSync(old, { recursive: true, force: true });
  writeFileSync(paths.manifest, `${JSON.stringify(briefing, null, 2)}\n`);
  return {
    paths,
    sources: briefing.sources.length,
    claims: briefing.claims.length,
    written: path.relative(process.cwd(), paths.root) || '.',
  };
}

/**
 * `annotate()` for the command line: a mistake in the content is printed with its
 * file and line, and the process exits 1 with nothing written. Bugs still throw.
 */
export function annotateOrExit(dir?: string): AnnotateResult {
  try {
    return annotate(dir);
  } catch (error) {
    if (error instanceof ContentError || error instanceof ContentErrors) {
      console.error(`Content error, nothing written:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
