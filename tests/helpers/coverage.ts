/** The coverage proof run from outside the pipeline: from the manifest and each file's bytes. */
import type { ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { coverageProblems } from '../../src/pipeline/coverage.ts';
import { decodeText } from '../../src/pipeline/decode.ts';
import { normaliseText } from '../../src/pipeline/ingest.ts';
import type { Briefing } from '../../src/schema/briefing.ts';

/** Every article's coverage problems, by file; empty when nothing is lost or repeated. */
export function problemsOf(files: readonly ArticleFile[], briefing: Briefing): Map<string, string[]> {
  const byFile = new Map(files.map((file) => [file.file, file]));
  const claimsBySource = Map.groupBy(briefing.claims, (claim) => claim.source);
  const problems = new Map<string, string[]>();
  for (const source of briefing.sources) {
    const text = normaliseText(decodeText(source.file, byFile.get(source.file)!.bytes));
    const found = coverageProblems(text, source, claimsBySource.get(source.id) ?? []);
    if (found.length > 0) problems.set(source.file, found);
  }
  return problems;
}
