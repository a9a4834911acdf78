/**
 * Headline and byline: the lines at the top of a scraped article that name it
 * and its author rather than tell the story.
 */
import type { ArticleFrontMatter } from '../schema/content.ts';
import { MONTH_ABBREVIATIONS, NAME_PARTICLES } from './lexicon.ts';
import type { Paragraph } from './ingest.ts';

export interface Headline {
  title: string | null;
  titleFrom: 'front-matter' | 'text' | 'none';
  /** The paragraph that holds the title in the text, if any. */
  titleParagraph: Paragraph | null;
  byline: string | null;
  /** The byline paragraph, taken out of the story text. */
  bylineParagraph: Paragraph | null;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A first paragraph is a title when it is one short line that does not end like
 * a sentence, and more text follows it.
 */
export function looksLikeTitle(paragraph: Paragraph, isOnly: boolean): boolean {
  const text = paragraph.text;
  if (isOnly || text.includes('\n') || text.length > 160) return false;
  const words = text.split(/\s+/).length;
  if (words < 2 || words > 25) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  const lastLetter = text.replace(/["”’'\s)]+$/u, '');
  return !/[.!?:;,]$/.test(lastLetter);
}

const BYLINE = new RegExp(
  String.raw`^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|${NAME_PARTICLES.join('|')}|al-\p{L}+))*(?:\s*,\s*[^,\n]{1,60})?)\s*$`,
  'u',
);

/** Finds the title (front matter wins; a matching first line is then the title line) and a "By …" byline. */
export function detectHeadline(paragraphs: readonly Paragraph[], frontMatter: ArticleFrontMatter): Headline {
  let titleParagraph: Paragraph | null = null;
  let title: string | null = frontMatter.title ?? null;
  let titleFrom: Headline['titleFrom'] = title === null ? 'none' : 'front-matter';
  const first = paragraphs[0];
  if (first) {
    if (title !== null && same(first.text, title)) titleParagraph = first;
    else if (title === null && looksLikeTitle(first, paragraphs.length === 1)) {
      titleParagraph = first;
      title = first.text;
      titleFrom = 'text';
    }
  }
  let byline: string | null = frontMatter.byline ?? null;
  let bylineParagraph: Paragraph | null = null;
  const start = titleParagraph ? 1 : 0;
  for (const paragraph of paragraphs.slice(start, start + 2)) {
    const match = BYLINE.exec(paragraph.text);
    if (match && paragraph.text.length <= 100) {
      bylineParagraph = paragraph;
      byline ??= match[1] ?? null;
      break;
    }
  }
  return { title, titleFrom, titleParagraph, byline, bylineParagraph };
}

/** Where and when wire copy was filed: "ANTWERP, March 4 (Meridian News) - ". */
export interface Dateline {
  place: string;
  date: string | null;
  /** The agency or outlet named in parentheses. */
  agency: string | null;
}

const DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.' -]{1,40}?)(?:,\s*(?<date>(?:${MONTH_ABBREVIATIONS.join('|')})[\p{L}.]*\s+\d{1,2}))?\s*(?:\((?<agency>[^)]{2,40})\))?\s*(?:-|–|—|--)\s+`,
  'u',
);

/** Reads a dateline at the start of the first story paragraph, if it has one. */
export function detectDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match?.groups || !(match.groups.date || match.groups.agency)) return null;
  const place = match.groups.place!.trim();
  return { place, date: match.groups.date ?? null, agency: match.groups.agency?.trim() ?? null };
}
