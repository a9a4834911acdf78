/**
 * Pagefind's filter files and metadata come out in a random order on each run (its hash
 * maps are seeded per process); after canonicalisation two runs that differ only in that
 * order give the same files under the same names.
 */
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { canonicalPagefindFiles, pagefindHash, readPagefindCbor, writePagefindCbor, type PagefindFile } from '../../src/build/pagefind-canonical.ts';
import { decode } from 'cborg';

const filterValues: [string, number[]][] = [
  ['Reuters', [0]],
  ['Fox News', [1, 2]],
  ['Another outlet', [3]],
];
const kinds: [string, number[]][] = [
  ['Narration', [0, 1]],
  ['Direct quote', [2]],
];

/** What one run of Pagefind might write: filter values and filters in the order given. */
function pagefindRun(order: (list: [string, number[]][]) => [string, number[]][], filterOrder: (names: string[]) => string[]): PagefindFile[] {
  const filters = new Map<string, Uint8Array>([
    ['outlet', encode(['outlet', order(filterValues)])],
    ['claim kind', encode(['claim kind', order(kinds)])],
  ]);
  const names = new Map([...filters].map(([name, cbor]) => [name, `en_${pagefindHash(cbor).slice(0, 7)}`]));
  const meta = encode([
    '1.5.2',
    [['en_aaaaaaa', 10]],
    [['a', 'z', 'en_bbbbbbb']],
    filterOrder([...filters.keys()]).map((name) => [name, names.get(name)!]),
    [['date', [1, 0]]],
    ['date', 'title'],
  ]);
  const metaName = `en_${pagefindHash(meta).slice(0, 10)}`;
  return [
    { path: 'fragment/en_aaaaaaa.pf_fragment', content: writePagefindCbor(new Uint8Array([1, 2, 3])) },
    ...[...filters].map(([name, cbor]) => ({ path: `filter/${names.get(name)}.pf_filter`, content: writePagefindCbor(cbor) })),
    { path: `pagefind.${metaName}.pf_meta`, content: writePagefindCbor(meta) },
    {
      path: 'pagefind-entry.json',
      content: Buffer.from(JSON.stringify({ version: '1.5.2', languages: { en: { hash: metaName, wasm: 'en', page_count: 1 } } })),
    },
  ];
}

const asText = (files: PagefindFile[]) => files.map((file) => `${file.path} ${Buffer.from(file.content).toString('base64')}`);

describe('canonical Pagefind files', () => {
  const run1 = canonicalPagefindFiles(
    pagefindRun(
      (list) => list,
      (names) => names,
    ),
  );
  const run2 = canonicalPagefindFiles(
    pagefindRun(
      (list) => [...list].reverse(),
      (names) => [...names].reverse(),
    ),
  );

  it('are the same whatever order Pagefind wrote its filters in', () => {
    expect(asText(run2)).toEqual(asText(run1));
    // Without canonicalising, the two runs differ: the test has something to catch.
    expect(
      asText(
        pagefindRun(
          (list) => [...list].reverse(),
          (names) => names,
        ),
      ),
    ).not.toEqual(
      asText(
        pagefindRun(
          (list) => list,
          (names) => names,
        ),
      ),
    );
  });

  it('list filter values by name, under the name Pagefind gives that content', () => {
    const outlet = run1.find((file) => file.path.startsWith('filter/') && decode(readPagefindCbor(file.content, file.path))[0] === 'outlet')!;
    const cbor = readPagefindCbor(outlet.content, outlet.path);
    expect(decode(cbor)).toEqual([
      'outlet',
      [
        ['Another outlet', [3]],
        ['Fox News', [1, 2]],
        ['Reuters', [0]],
      ],
    ]);
    expect(outlet.path).toBe(`filter/en_${pagefindHash(cbor).slice(0, 7)}.pf_filter`);
  });

  it('point the metadata at the renamed filters, and the entry file at the renamed metadata', () => {
    const meta = run1.find((file) => file.path.endsWith('.pf_meta'))!;
    const value = decode(readPagefindCbor(meta.content, meta.path)) as unknown[];
    const filterFiles = run1.filter((file) => file.path.startsWith('filter/')).map((file) => file.path.slice(7, -10));
    expect((value[3] as string[][]).map(([name]) => name)).toEqual(['claim kind', 'outlet']);
    expect((value[3] as string[][]).map(([, hash]) => hash).sort()).toEqual(filterFiles.sort());
    const entry = JSON.parse(Buffer.from(run1.find((file) => file.path === 'pagefind-entry.json')!.content).toString()) as {
      languages: { en: { hash: string } };
    };
    expect(meta.path).toBe(`pagefind.${entry.languages.en.hash}.pf_meta`);
  });

  it('leave the other files as Pagefind wrote them', () => {
    const fragment = pagefindRun(
      (list) => list,
      (names) => names,
    )[0]!;
    expect(run1.find((file) => file.path === fragment.path)!.content).toEqual(fragment.content);
  });

  it('refuse a filter file in a shape this Pagefind does not write', () => {
    const files = pagefindRun(
      (list) => list,
      (names) => names,
    );
    files[1] = { path: files[1]!.path, content: writePagefindCbor(encode({ filter: 'outlet' })) };
    expect(() => canonicalPagefindFiles(files)).toThrow(/is not \[name, \[\[value, pages\]…\]\]/);
  });
});
