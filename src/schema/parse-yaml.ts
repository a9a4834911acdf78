/**
 * Parses YAML and validates it with a zod schema, turning every problem into a
 * ContentError that names the file and the line of the offending key.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError, ContentErrors } from './content-error.ts';

/**
 * @param text YAML source.
 * @param file Name shown in errors.
 * @param firstLine Line of the file where `text` starts (front matter starts on line 2).
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  firstLine = 1,
): z.output<S> {
  const quick = quickParse(text);
  if (quick.ok) {
    const result = schema.safeParse(quick.value ?? {});
    if (result.success) return result.data;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    throw new ContentErrors(
      doc.errors.map((error) => new ContentError(file, lineAt(error.pos[0]), `Invalid YAML: ${error.message.split('\n')[0]}`)),
    );
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true);
      const offset = isNode(node) && node.range ? node.range[0] : deepestRange(doc, issue.path as (string | number)[]);
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return new ContentError(file, offset === undefined ? undefined : lineAt(offset), `${where}${issue.message}`);
    }),
  );
}

/** The start of the closest existing ancestor of `path`, for issues about missing keys. */
function deepestRange(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return doc.contents?.range?.[0];
}

/**
 * Valid input is read by js-yaml, which is 7 times faster than `yaml` here
 * (8.7 vs 58.8 ms per 1,000 article front matters; with one front matter per
 * article that was 4% of annotating). `yaml` reads whatever js-yaml or the
 * schema rejects, because it places every error on its line. Both read YAML
 * 1.2 with the core schema; tests/schema/parse-yaml.test.ts checks that they
 * agree on every YAML file in the repository and on scalars where YAML
 * parsers are known to differ.
 */
export function quickParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}
