/**
 * Reads a content folder from disk into the pipeline's inputs. All file I/O of
 * the analysis happens here; every problem becomes a ContentError naming the file
 * and line. Node-only.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFile, BriefingDefinitions } from '../pipeline/annotate-briefing.ts';
import type { BoilerplateRule } from '../pipeline/clean.ts';
import { decodeText } from '../pipeline/decode.ts';
import { normaliseText, splitFrontMatter } from '../pipeline/ingest.ts';
import type { Topic } from '../pipeline/topics.ts';
import { BoilerplatePatterns, BriefingMeta, EntityList, FramingLexicon, OutletSignatures, TopicDefinition } from '../schema/content.ts';
import { collectContentError, ContentError, ContentErrors } from '../schema/content-error.ts';
import { parseYaml } from '../schema/parse-yaml.ts';
import { readContentFile } from './boundary.ts';
import { bundledContentDir, type ContentPaths } from './paths.ts';

/** Article files are plain text or Markdown. */
const ARTICLE = /\.(?:txt|md|markdown)$/i;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A path relative to the working directory, for messages. */
const shown = (file: string) => path.relative(process.cwd(), file) || file;
/** A definition file's text: inside the content folder (or the bundled one), decoded, normalised. */
const read = (file: string, root: string) => normaliseText(decodeText(shown(file), readContentFile(file, [root, bundledContentDir], shown(file))));

/** The article files and the mistakes found reading them, every one. */
export interface ReadArticles {
  files: ArticleFile[];
  errors: ContentError[];
}

/** Reads every article file that can be read, and says why each other one cannot. */
export function readArticleFiles(paths: ContentPaths): ReadArticles {
  if (!existsSync(paths.articles))
    throw new ContentError(shown(paths.articles), undefined, 'Missing folder: expected an `articles/` folder with one .txt or .md file per article');
  const names = readdirSync(paths.articles)
    .filter((name) => ARTICLE.test(name))
    .sort(byName);
  if (names.length === 0) throw new ContentError(shown(paths.articles), undefined, 'No articles: expected at least one .txt or .md file');
  const files: ArticleFile[] = [];
  const errors: ContentError[] = [];
  for (const file of names) {
    try {
      files.push({ file, bytes: readContentFile(path.join(paths.articles, file), [paths.root], file) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return { files, errors };
}

/** Every article file; throws ContentErrors naming each one that cannot be read. */
export function readArticles(paths: ContentPaths): ArticleFile[] {
  const { files, errors } = readArticleFiles(paths);
  if (errors.length > 0) throw new ContentErrors(errors);
  return files;
}

/** The line in `text` where `needle` first occurs, for errors about a value. */
function lineOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}

function compile(pattern: string, flags: string, file: string, text: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new ContentError(file, lineOf(text, pattern), `Invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
  }
}

/** The topics of `dir`; none when the folder does not exist (an empty folder is a mistake). */
export function readTopics(dir: string, root: string): Topic[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort(byName);
  if (files.length === 0) throw new ContentError(shown(dir), undefined, 'No topics: expected at least one <id>.md file with title, summary and terms');
  const topics: Topic[] = [];
  const errors: ContentError[] = [];
  for (const name of files) {
    try {
      const file = shown(path.join(dir, name));
      const text = read(path.join(dir, name), root);
      const { yaml } = splitFrontMatter(text, file);
      if (yaml === null) throw new ContentError(file, 1, 'Missing front matter: expected `---` then title, summary and terms');
      const id = name.replace(/\.md$/, '');
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
        throw new ContentError(file, undefined, 'Unexpected topic file name: expected lowercase letters, digits and dashes, e.g. `arms.md`');
      topics.push({ id, ...parseYaml(yaml, TopicDefinition, file, 2) });
    } catch (error) {
      collectContentError(error, errors);
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return topics;
}

export function readDefinitions(paths: ContentPaths): BriefingDefinitions {
  const errors: ContentError[] = [];
  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      collectContentError(error, errors);
      return undefined;
    }
  };
  const yamlFile = <T>(file: string, parse: (text: string, shownName: string) => T) => attempt(() => parse(read(file, paths.root), shown(file)));

  const meta = existsSync(paths.briefing) ? yamlFile(paths.briefing, (text, file) => parseYaml(text, BriefingMeta, file)) : null;
  const topics = attempt(() => readTopics(paths.topics, paths.root));
  const entities = yamlFile(paths.entities, (text, file) => parseYaml(text, EntityList, file));
  const outlets = yamlFile(paths.outlets, (text, file) => {
    const list = parseYaml(text, OutletSignatures, file);
    for (const outlet of list) for (const signal of outlet.signals) compile(signal, 'iu', file, text);
    return list;
  });
  const boilerplate = yamlFile(paths.boilerplate, (text, file): BoilerplateRule[] =>
    parseYaml(text, BoilerplatePatterns, file).map((rule) => ({ id: rule.id, reason: rule.reason, pattern: compile(rule.pattern, 'iu', file, text) })),
  );
  const framing = yamlFile(paths.framing, (text, file) => parseYaml(text, FramingLexicon, file).words);
  if (errors.length > 0 || meta === undefined || !topics || !entities || !outlets || !boilerplate || !framing) throw new ContentErrors(errors);
  return { meta, topics, entities, outlets, boilerplate, framing };
}
