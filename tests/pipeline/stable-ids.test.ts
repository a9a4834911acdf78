/**
 * Claim ids and anchors are a briefing's citations: editing, adding or removing one article
 * leaves every other article's claim ids, and the anchors of its MDX (claim elements and
 * footnote labels), as they were — even when the change adds or removes cross-outlet
 * relations that the other article's footnotes describe.
 */
import { describe, expect, it } from 'vitest';
import { annotateBriefing, type ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

const definitions = seedDefinitions();
const seeds = seedArticles();

/** Per article: its claim ids in order, and every anchor of its MDX in order. */
function idsOf(files: readonly ArticleFile[]) {
  const { briefing, mdx } = annotateBriefing(files, definitions);
  const ids = new Map<string, { claims: string[]; anchors: string[] }>();
  for (const source of briefing.sources) {
    const text = mdx.get(source.id)!;
    ids.set(source.id, {
      claims: briefing.claims.filter((claim) => claim.source === source.id).map((claim) => claim.id),
      anchors: [...text.matchAll(/\bid="([^"]+)"|\[\^([^\]]+)\]/g)].map((match) => match[1] ?? `^${match[2]}`),
    });
  }
  return { ids, relations: briefing.relations.length, mdx };
}

const before = idsOf(seeds);
const [first, second] = seeds;
const idOf = (file: ArticleFile) => file.file.replace(/\.[^.]+$/, '');
const text = (file: ArticleFile) => new TextDecoder().decode(file.bytes);
const withText = (file: ArticleFile, value: string): ArticleFile => ({ ...file, bytes: new TextEncoder().encode(value) });

describe('claim ids and anchors of the other articles', () => {
  it('has two articles with claims and relations between them to test on', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
    expect(before.ids.get(idOf(second!))!.claims.length).toBeGreaterThan(5);
    expect(before.relations).toBeGreaterThan(0);
  });

  it('stay the same when one article is edited, and so do the edited article’s unchanged sentences', () => {
    const original = text(first!);
    // The longest sentence-like run of the body, changed by one word.
    const sentence = [...original.matchAll(/[A-Z][^.\n"]{60,}\./g)].map((match) => match[0]).sort((a, b) => b.length - a.length)[0]!;
    const edited = withText(first!, original.replace(sentence, sentence.replace(/ (\w+)\.$/, ' $1 indeed.')));
    const after = idsOf([edited, ...seeds.slice(1)]);
    expect(after.mdx.get(idOf(first!))).not.toEqual(before.mdx.get(idOf(first!)));
    for (const file of seeds.slice(1)) expect(after.ids.get(idOf(file))).toEqual(before.ids.get(idOf(file)));
    const kept = before.ids.get(idOf(first!))!.claims.filter((id) => after.ids.get(idOf(first!))!.claims.includes(id));
    expect(kept.length).toBe(before.ids.get(idOf(first!))!.claims.length - 1);
  });

  it('stay the same when an article is added that corroborates them (new relations, new footnote text)', () => {
    const copy: ArticleFile = { ...first!, file: `zz-copy-of-${first!.file}` };
    const after = idsOf([...seeds, copy]);
    expect(after.relations).toBeGreaterThan(before.relations);
    // The other article's footnotes now name the added one: their text changed, their anchors did not.
    expect(after.mdx.get(idOf(second!))).not.toEqual(before.mdx.get(idOf(second!)));
    for (const file of seeds) expect(after.ids.get(idOf(file))).toEqual(before.ids.get(idOf(file)));
  });

  it('stay the same when an article is removed', () => {
    const after = idsOf(seeds.slice(1));
    expect(after.ids.has(idOf(first!))).toBe(false);
    for (const file of seeds.slice(1)) expect(after.ids.get(idOf(file))).toEqual(before.ids.get(idOf(file)));
  });
});
