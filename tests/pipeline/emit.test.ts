import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { annotatedTree, toMdx } from '../../src/pipeline/emit.ts';
import type { Claim } from '../../src/schema/briefing.ts';
import { claimTexts, parseMdx } from '../helpers/mdx.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

const hostileDir = new URL('../fixtures/hostile/articles/', import.meta.url);
const hostileFiles = () => readdirSync(hostileDir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(hostileDir.pathname, file))) }));

describe('emit', () => {
  const hostile = annotateBriefing(hostileFiles(), seedDefinitions());
  const mdx = hostile.mdx.get('hostile')!;

  it('writes hostile article text so that MDX reads it back as the same text', () => {
    const texts = claimTexts(parseMdx(mdx));
    const claims = hostile.briefing.claims;
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of claims) expect(texts.get(claim.id)).toBe(claim.text);
  });

  it('never lets article text run: the compiled MDX renders it as text', async () => {
    const runtime = {
      Fragment: 'fragment',
      jsx: (type: unknown, props: { children?: unknown }) => ({ type, children: props.children }),
      jsxs: (type: unknown, props: { children?: unknown }) => ({ type, children: props.children }),
    };
    const text = (node: unknown): string =>
      typeof node === 'string'
        ? node
        : Array.isArray(node)
          ? node.map(text).join('')
          : node && typeof node === 'object'
            ? text((node as { children?: unknown }).children)
            : '';
    const { default: Content } = await evaluate(mdx, { ...runtime, remarkPlugins: [remarkGfm] });
    const rendered = text(Content({ components: { Claim: 'span' } }));
    expect((globalThis as { hostileRan?: string }).hostileRan).toBeUndefined();
    expect(rendered).toContain("import fs from 'node:fs'");
    expect(rendered).toContain("export const x = (globalThis.hostileRan = 'export')");
    expect(rendered).toContain("{(globalThis.hostileRan = 'expression')}");
    expect(rendered).toContain('<script>alert(1)</script>');
    expect(rendered).toContain('<!-- c --> and "quotes" -- dashes');
  });

  it('escapes import/export at the start of a paragraph, which the serialiser alone leaves bare', () => {
    const tree = annotatedTree({
      sourceId: 'x',
      paragraphs: [
        { text: "import fs from 'node:fs'", claims: [] },
        { text: 'export const x = 1', claims: [] },
      ],
      footnote: () => [],
    });
    const text = toMdx(tree);
    expect(text).toContain("&#x69;mport fs from 'node:fs'");
    expect(text).toContain('&#x65;xport const x = 1');
    const paragraphs = parseMdx(text).children.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(2);
  });

  it('gives every claim exactly one footnote, referenced where the claim ends', () => {
    const tree = parseMdx(mdx);
    const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.identifier);
    expect(definitions).toEqual(hostile.briefing.claims.map((claim) => claim.id));
  });

  it('round-trips the seeds: parse(emit(tree)) has the claims of the tree', () => {
    const seeds = annotateBriefing(seedArticles(), seedDefinitions());
    for (const [id, text] of seeds.mdx) {
      const texts = claimTexts(parseMdx(text));
      const claims = seeds.briefing.claims.filter((claim) => claim.source === id);
      expect([...texts.keys()]).toEqual(claims.map((claim) => claim.id));
      for (const claim of claims) expect(texts.get(claim.id)).toBe(claim.text);
    }
  });

  it('keeps the offsets of soft-wrapped text by turning line breaks into spaces', () => {
    const claim = { id: 'x-1', kind: 'narration' } as Claim;
    const tree = annotatedTree({
      sourceId: 'x',
      paragraphs: [{ text: 'One line\nwrapped.', claims: [{ claim, start: 0, end: 17 }] }],
      footnote: () => [{ type: 'text', value: 'Note.' }],
    });
    expect(toMdx(tree)).toContain('<Claim id="x-1" kind="narration">One line wrapped.</Claim>[^x-1]');
  });
});
