/**
 * Coverage: proves that nothing of an article is lost. Every non-white-space
 * character of its body (the file below the front matter, normalised) must be
 * covered exactly once, in order and on its recorded line, by the detected title,
 * a removed (boilerplate) text or a claim; and the claims must tile the cleaned
 * text their selectors point into. Pure: it reads only the manifest's records
 * and the article's text, so it checks the pipeline from outside.
 */
import type { Claim, Source } from '../schema/briefing.ts';
import { splitFrontMatter, splitParagraphs } from './ingest.ts';

/** What the checker needs of a source. */
export type CoveredSource = Pick<Source, 'id' | 'title' | 'titleFrom' | 'text' | 'removed'>;
/** What the checker needs of a claim. */
export type CoveringClaim = Pick<Claim, 'id' | 'line' | 'text' | 'selector'>;

interface Piece {
  what: string;
  line: number;
  text: string;
}

const WHITE = /\s/;
const allWhite = (text: string) => /^\s*$/.test(text);
const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Problems with the claims' selectors over the cleaned text: each exact, none overlapping, only white space between. */
function cleanedTextProblems(source: CoveredSource, claims: readonly CoveringClaim[]): string[] {
  const problems: string[] = [];
  const ordered = [...claims].sort((a, b) => a.selector.start - b.selector.start);
  let end = 0;
  for (const claim of ordered) {
    const { start, end: stop } = claim.selector;
    if (source.text.slice(start, stop) !== claim.text)
      problems.push(`claim ${claim.id}: its selector ${start}–${stop} does not hold its text ${shown(claim.text)}`);
    if (start < end) problems.push(`claim ${claim.id}: overlaps the claim before it (starts at ${start}, before ${end})`);
    else if (!allWhite(source.text.slice(end, start))) problems.push(`cleaned text ${end}–${start}: ${shown(source.text.slice(end, start))} is in no claim`);
    end = Math.max(end, stop);
  }
  if (!allWhite(source.text.slice(end))) problems.push(`cleaned text from ${end}: ${shown(source.text.slice(end))} is in no claim`);
  return problems;
}

/**
 * The problems found, empty when the article is wholly covered. `text` is the
 * article file as normalised by ingest (front matter included).
 */
export function coverageProblems(text: string, source: CoveredSource, claims: readonly CoveringClaim[]): string[] {
  const problems = cleanedTextProblems(source, claims);
  const { body, bodyLine } = splitFrontMatter(text, source.id);
  let cursor = 0;
  let line = bodyLine;
  const advance = (to: number) => {
    for (let index = body.indexOf('\n', cursor); index !== -1 && index < to; index = body.indexOf('\n', index + 1)) line++;
    cursor = to;
  };
  const skipWhite = () => {
    let to = cursor;
    while (to < body.length && WHITE.test(body[to]!)) to++;
    advance(to);
  };

  // A front-matter title may stand again as the first paragraph, in any case and spacing.
  if (source.titleFrom === 'front-matter' && source.title !== null) {
    const first = splitParagraphs(body, bodyLine)[0];
    if (first && same(first.text, source.title)) advance(first.start + first.text.length);
  }
  const pieces: Piece[] = [];
  if (source.titleFrom === 'text' && source.title !== null) pieces.push({ what: 'title', line: 0, text: source.title });
  const ordered = [...claims].sort((a, b) => a.selector.start - b.selector.start);
  let r = 0;
  let c = 0;
  // Removed texts and claims in source order: on one line, a removed label comes before the text it labels.
  while (r < source.removed.length || c < ordered.length) {
    const removed = source.removed[r];
    const claim = ordered[c];
    if (removed && (!claim || removed.line <= claim.line)) {
      pieces.push({ what: `removed text (${removed.rule})`, line: removed.line, text: removed.text });
      r++;
    } else if (claim) {
      pieces.push({ what: `claim ${claim.id}`, line: claim.line, text: claim.text });
      c++;
    }
  }
  for (const piece of pieces) {
    skipWhite();
    if (piece.text.length === 0 || !body.startsWith(piece.text, cursor)) {
      problems.push(`line ${line}: expected the ${piece.what} ${shown(piece.text)}, found ${shown(body.slice(cursor, cursor + 40))}`);
      return problems;
    }
    if (piece.line !== 0 && piece.line !== line) problems.push(`${piece.what}: recorded on line ${piece.line}, found on line ${line}`);
    advance(cursor + piece.text.length);
  }
  skipWhite();
  if (cursor < body.length) problems.push(`line ${line}: ${shown(body.slice(cursor))} is in no claim and not recorded as removed`);
  return problems;
}
