/**
 * Quotation marks: where quoted words start and end in a paragraph. Curly
 * quotes pair by direction; straight double quotes pair in turn. A quote left
 * open at the end of a paragraph is the news convention for a quotation that
 * goes on in the next paragraph.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when left open. */
  close: number;
  /** The quoted words, without the marks. */
  text: string;
  /** True when the paragraph ends before the quote closes. */
  openEnded: boolean;
}

/** A quotation quotes at least one letter or digit. */
const WORDED = /[\p{L}\p{N}]/u;

/**
 * Scraped text mixes marks: `“…," said X`. A straight mark closes a curly
 * quotation, or a curly closing mark a straight one, where it stands as a
 * closing mark does: after a letter or punctuation, before a space, punctuation
 * or the end.
 */
function closesMixed(text: string, index: number, opening = false): boolean {
  const char = text[index];
  if (char !== '"' && char !== '”' && !(opening && char === '“')) return false;
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  return /[\p{L}\p{N}.,!?…)\]’'-]/u.test(before) && /[\s.,;:!?)\]—–-]/u.test(after);
}

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let mark = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (open === -1) {
      if (char === '“' || char === '"') {
        open = index;
        mark = char;
      }
    } else if ((mark === '“' && char === '”') || (mark === '"' && char === '"') || (char !== mark && closesMixed(text, index))) {
      // Marks around nothing worded (`""`, `" , "`) quote nobody: they stay text.
      const quoted = text.slice(open + 1, index);
      if (WORDED.test(quoted)) spans.push({ open, close: index, text: quoted, openEnded: false });
      open = -1;
    } else if (mark === '“' && char === '“') {
      // An opening mark where a closing one belongs (`“It's unusual,“ said …`) closes; otherwise
      // the first was unbalanced: start again from the newer one.
      if (closesMixed(text, index, true)) {
        const quoted = text.slice(open + 1, index);
        if (WORDED.test(quoted)) spans.push({ open, close: index, text: quoted, openEnded: false });
        open = -1;
      } else open = index;
    }
  }
  if (open !== -1 && WORDED.test(text.slice(open + 1))) {
    spans.push({ open, close: text.length, text: text.slice(open + 1), openEnded: true });
  }
  return spans;
}
