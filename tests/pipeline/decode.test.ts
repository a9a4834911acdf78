import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/pipeline/decode.ts';
import { ContentError, ContentErrors } from '../../src/schema/content-error.ts';

const text = 'Leaders met on Tuesday.\n“We agreed,” she said — in Zürich.\n';
const utf16 = (value: string, endian: 'le' | 'be', bom = true) => {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\uFEFF' : '') + value;
  for (let index = 0; index < units.length; index++) view.setUint16(index * 2, units.charCodeAt(index), endian === 'le');
  return bytes;
};
const errorOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    expect(error instanceof ContentError || error instanceof ContentErrors).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a content error');
};

describe('decoding an article file', () => {
  it('reads UTF-8, with or without a byte-order mark, and UTF-16 of either byte order with one', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText('a.txt', utf8)).toBe(text);
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeText('a.txt', utf16(text, 'le'))).toBe(text);
    expect(decodeText('a.txt', utf16(text, 'be'))).toBe(text);
  });

  it('names UTF-16 without a byte-order mark instead of calling it bad bytes', () => {
    expect(errorOf(() => decodeText('a.txt', utf16(text, 'le', false)))).toBe(
      'a.txt: Unexpected bytes: this looks like UTF-16 without a byte-order mark; expected UTF-8 text (save the file as UTF-8)',
    );
  });

  it('places invalid UTF-8 on its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('one\ntwo\nthree '), 0xff, 0xfe, 0x41]);
    expect(errorOf(() => decodeText('a.txt', bytes))).toBe('a.txt:3: Unexpected bytes: expected UTF-8 text (or UTF-16 with a byte-order mark)');
    // Among characters of two, three and four bytes, however the halving cuts them.
    const wide = new Uint8Array([...new TextEncoder().encode('é日𝄞\n'.repeat(499)), 0xc3, 0x28, ...new TextEncoder().encode('\nmore 日本\n'.repeat(50))]);
    expect(errorOf(() => decodeText('a.txt', wide))).toMatch(/^a\.txt:500: Unexpected bytes/);
  });

  it('refuses NUL, each line that has one, and keeps every other control character as written', () => {
    const controls = 'a\tb\r\nc \u001b[31mred\u001b[0m, the quic\b\bk fo\u0007x, \u000b\u000c\u001f\n';
    expect(decodeText('a.txt', new TextEncoder().encode(controls))).toBe(controls);
    expect(errorOf(() => decodeText('a.txt', new TextEncoder().encode('fine\nA NUL\u0000 here.\n')))).toBe(
      'a.txt:2: Unexpected control character U+0000 (NUL): expected text; remove it (most editors do not show it)',
    );
    const several = errorOf(() => decodeText('a.txt', new TextEncoder().encode('\u0000\u0000one\nok\nthree\u0000\n')));
    expect(several.split('\n')).toEqual([
      'a.txt:1: Unexpected control character U+0000 (NUL): expected text; remove it (most editors do not show it)',
      'a.txt:3: Unexpected control character U+0000 (NUL): expected text; remove it (most editors do not show it)',
    ]);
  });
});
