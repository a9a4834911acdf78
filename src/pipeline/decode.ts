/**
 * Decode: a content file's bytes to text. UTF-8, with or without a byte-order
 * mark, and UTF-16 (little or big endian) with one are read; anything else is
 * refused, and so is NUL, with the line it is on.
 */
import { ContentError, ContentErrors } from '../schema/content-error.ts';

/**
 * The control characters refused: NUL, which no page can show (HTML parsers turn it
 * into U+FFFD) and which marks binary or mis-decoded text. Other C0 controls (ESC of
 * terminal colours, BEL, backspace, form feed) occur in real scraped articles and in
 * the Big List of Naughty Strings; they are kept, and reach the page as written.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this looks for.
const CONTROL = /\u0000/g;
/** At most this many lines with control characters are reported per file. */
const MAX_REPORTED = 10;

const CONTROL_NAMES = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'HT',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US',
];

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The encoding a byte-order mark announces, if any. */
function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; name: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', name: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', name: 'UTF-16 (little endian)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', name: 'UTF-16 (big endian)' };
  return null;
}

/** UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) if (sample[index] === 0) index % 2 === 0 ? evenZeros++ : oddZeros++;
  return sample.length >= 4 && Math.max(evenZeros, oddZeros) * 4 >= sample.length;
}

/** The 1-based line of the first byte that is not UTF-8, counting the newlines before it. */
function firstInvalidLine(bytes: Uint8Array): number {
  // A prefix is valid when it decodes in streaming mode, which waits for the rest of a
  // character cut at its end: validity only ever ends once, so halving finds where.
  const valid = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (valid(middle)) low = middle;
    else high = middle;
  }
  let line = 1;
  for (let index = 0; index < low; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** One error per line holding control characters, naming each kind once; at most MAX_REPORTED lines. */
function controlCharacters(file: string, text: string): ContentError[] {
  const byLine = new Map<number, Set<number>>();
  CONTROL.lastIndex = 0;
  for (let match = CONTROL.exec(text); match; match = CONTROL.exec(text)) {
    const line = lineAt(text, match.index);
    if (!byLine.has(line) && byLine.size === MAX_REPORTED) break;
    byLine.set(line, (byLine.get(line) ?? new Set()).add(match[0].charCodeAt(0)));
  }
  return [...byLine].map(([line, codes]) => {
    const names = [...codes].map((code) => `${hex(code)} (${CONTROL_NAMES[code]})`).join(', ');
    return new ContentError(
      file,
      line,
      `Unexpected control character${codes.size > 1 ? 's' : ''} ${names}: expected text; remove ${codes.size > 1 ? 'them' : 'it'} (most editors do not show ${codes.size > 1 ? 'them' : 'it'})`,
    );
  });
}

/** The text of a content file; throws ContentError naming the file and line when it is not text. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const mark = byteOrderMark(bytes);
  let text: string;
  try {
    text = new TextDecoder(mark?.encoding ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (mark) throw new ContentError(file, undefined, `Unexpected bytes: the file starts with a ${mark.name} byte-order mark but is not valid ${mark.name}`);
    if (looksLikeUtf16(bytes))
      throw new ContentError(
        file,
        undefined,
        'Unexpected bytes: this looks like UTF-16 without a byte-order mark; expected UTF-8 text (save the file as UTF-8)',
      );
    throw new ContentError(file, firstInvalidLine(bytes), 'Unexpected bytes: expected UTF-8 text (or UTF-16 with a byte-order mark)');
  }
  if (!mark && text.includes('\u0000') && looksLikeUtf16(bytes)) {
    throw new ContentError(file, undefined, 'Unexpected bytes: this looks like UTF-16 without a byte-order mark; expected UTF-8 text (save the file as UTF-8)');
  }
  const found = controlCharacters(file, text);
  if (found.length > 0) throw found.length === 1 ? found[0]! : new ContentErrors(found);
  return text;
}
