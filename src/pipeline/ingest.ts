/**
 * Ingest: raw article text in, normalised body split into paragraphs out, with
 * front matter validated and every paragraph tied to its line in the file.
 */
import { ArticleFrontMatter } from '../schema/content.ts';
import { ContentError } from '../schema/content-error.ts';
import { parseYaml } from '../schema/parse-yaml.ts';
import { matchesOf } from './matches.ts';

/** A block of article text and where it starts. */
export interface Paragraph {
  /** Text exactly as in the normalised source (soft line breaks kept). */
  text: string;
  /** Offset of the first character in the normalised body. */
  start: number;
  /** 1-based line of the first character in the file. */
  line: number;
}

export interface IngestedArticle {
  /** The file name inside `articles/`, used in messages. */
  file: string;
  frontMatter: ArticleFrontMatter;
  /** The whole file, normalised (front matter included). */
  text: string;
  /** Everything below the front matter, normalised. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  paragraphs: Paragraph[];
}

/** Newlines to `\n`, no byte-order mark, Unicode NFC: one spelling for one text. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` YAML front matter off the top of a normalised text. */
export function splitFrontMatter(text: string, file: string): { yaml: string | null; body: string; bodyLine: number } {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { yaml: null, body: text, bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (close === -1) {
    throw new ContentError(file, 1, 'Unexpected front matter without an end: expected a line `---` after the fields');
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/**
 * Splits a body into paragraphs. Scraped text uses two conventions: blank lines
 * between paragraphs (single newlines are then soft wraps), or one paragraph per
 * line. A body with any blank line is read the first way.
 */
export function splitParagraphs(body: string, bodyLine: number): Paragraph[] {
  const separator = /\n[ \t]*\n/.test(body.trim()) ? /\n(?:[ \t]*\n)+/g : /\n+/g;
  const paragraphs: Paragraph[] = [];
  let line = bodyLine;
  let cursor = 0;
  const push = (from: number, to: number) => {
    const chunk = body.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const text = chunk.trim();
    if (text.length > 0) {
      paragraphs.push({ text, start: from + lead, line: line + countNewlines(chunk.slice(0, lead)) });
    }
    line += countNewlines(chunk);
  };
  for (const match of matchesOf(separator, body)) {
    push(cursor, match.index);
    line += countNewlines(match[0]);
    cursor = match.index + match[0].length;
  }
  push(cursor, body.length);
  return paragraphs;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Reads one article file's text. Throws ContentError on bad front matter. */
export function ingestArticle(file: string, raw: string): IngestedArticle {
  const text = normaliseText(raw);
  const { yaml, body, bodyLine } = splitFrontMatter(text, file);
  const frontMatter = yaml === null ? {} : parseYaml(yaml, ArticleFrontMatter, file, 2);
  const paragraphs = splitParagraphs(body, bodyLine);
  if (paragraphs.length === 0) throw new ContentError(file, bodyLine, 'Unexpected empty article: expected some text below the front matter');
  return { file, frontMatter, text, body, bodyLine, paragraphs };
}
