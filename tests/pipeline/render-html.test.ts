/**
 * The article page shows the HTML the pipeline renders (`render-html.ts`), not a
 * compilation of the MDX: the two must say the same. The oracle is the reference MDX
 * compiler (@mdx-js/mdx with remark-gfm), run on the emitted MDX and rendered to HTML by a
 * small string runtime, with the two components the site used to render it with; both
 * sides are parsed and written again (hast) so that only the HTML, not its spelling, counts.
 */
import { evaluate } from '@mdx-js/mdx';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { readArticles, readDefinitions } from '../../src/content-fs/read-content.ts';
import { contentPaths } from '../../src/content-fs/paths.ts';
import { corporaDir } from '../../src/eval/corpora.ts';
import { annotateBriefing, type AnnotatedBriefing, type ArticleFile } from '../../src/pipeline/annotate-briefing.ts';
import { renderArticleHtml } from '../../src/pipeline/render-html.ts';
import { annotatedTree } from '../../src/pipeline/emit.ts';
import { KINDS, type ClaimKind } from '../../src/vocabulary/kinds.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Rendered HTML, told apart from text (which is escaped). */
interface Html {
  html: string;
}
type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => Html;
const attributes = (props: Props) =>
  Object.entries(props)
    .filter(([name, value]) => name !== 'children' && value !== undefined && value !== false)
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}${value === true ? '' : `="${escapeHtml(String(value))}"`}`)
    .join('');
const inner = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(inner).join('')
    : typeof value === 'string'
      ? escapeHtml(value)
      : value && typeof value === 'object' && 'html' in value
        ? (value as Html).html
        : '';
const fragment = Symbol('fragment');
const jsx = (type: string | symbol | Component, props: Props): Html =>
  type === fragment
    ? { html: inner(props.children) }
    : typeof type === 'function'
      ? type(props)
      : { html: `<${String(type)}${attributes(props)}>${inner(props.children)}</${String(type)}>` };
const runtime = { Fragment: fragment, jsx, jsxs: jsx };
/** What Claim.astro and FootnoteLink.astro rendered. */
const components: Record<string, Component> = {
  Claim: ({ id, kind, children }) => ({
    html: `<span id="claim-${id}" class="claim" data-kind="${kind}" title="${escapeHtml(KINDS[kind as ClaimKind].label)}">${inner(children)}</span>`,
  }),
  a: ({ children, ...props }) => {
    const footnote = 'data-footnote-backref' in props || 'data-footnote-ref' in props;
    const outbound = typeof props.href === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(props.href);
    return {
      html: `<a${attributes({ ...props, rel: outbound ? 'external noopener noreferrer' : props.rel, 'data-pagefind-ignore': footnote ? '' : undefined })}>${inner(children)}</a>`,
    };
  },
};

/** HTML as a tree, written again, with boolean attributes spelled one way. */
const normal = (text: string) =>
  toHtml(fromHtml(text, { fragment: true })).replace(/ (data-footnote-ref|data-footnotes|data-footnote-backref)="(?:true)?"/g, ' $1=""');

async function compiled(mdx: string): Promise<string> {
  // The front matter (`source: id`) is data, not text of the page.
  const { default: Content } = await evaluate(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''), { ...runtime, remarkPlugins: [remarkGfm] } as never);
  return (Content as (props: { components: typeof components }) => Html)({ components }).html;
}

async function expectSame(annotated: AnnotatedBriefing) {
  expect(annotated.html.size).toBe(annotated.mdx.size);
  for (const [id, mdx] of annotated.mdx) expect(normal(annotated.html.get(id)!), id).toBe(normal(await compiled(mdx)));
}

const folder = (dir: string) => {
  const paths = contentPaths(dir);
  return annotateBriefing(readArticles(paths), readDefinitions(paths));
};
const hostileDir = new URL('../fixtures/hostile/articles/', import.meta.url).pathname;
const hostileFiles = (): ArticleFile[] => readdirSync(hostileDir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(hostileDir, file))) }));

describe('the HTML of an annotated article', () => {
  it('is what the reference MDX compiler makes of its MDX: the seeds and the unseen fixtures', async () => {
    await expectSame(annotateBriefing(seedArticles(), seedDefinitions()));
    await expectSame(folder(new URL('../fixtures/unseen/', import.meta.url).pathname));
  });

  it('is what the MDX compiler makes of the hostile article, and none of its text runs', async () => {
    const hostile = annotateBriefing(hostileFiles(), seedDefinitions());
    await expectSame(hostile);
    const tree = fromHtml(hostile.html.get('hostile')!, { fragment: true });
    expect(selectAll('script, style, iframe, img, object', tree)).toEqual([]);
    expect(hostile.html.get('hostile')).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect((globalThis as { hostileRan?: string }).hostileRan).toBeUndefined();
  });

  const basil = path.join(corporaDir, 'basil-dev');
  it.skipIf(!existsSync(basil) && !process.env.CI)(
    'is what the MDX compiler makes of real news (BASIL, the first 30 articles: links written in the text included)',
    async () => {
      const events = JSON.parse(readFileSync(path.join(basil, 'events.json'), 'utf8')) as { articles: { file: string }[] }[];
      const files = events
        .flatMap((event) => event.articles)
        .slice(0, 30)
        .map(({ file }) => ({ file: file.replace(/[^A-Za-z0-9]+/g, '-'), bytes: new Uint8Array(readFileSync(path.join(basil, file))) }));
      await expectSame(annotateBriefing(files, seedDefinitions()));
    },
    60_000,
  );

  it('marks each sentence with its claim and kind, keeps footnote links out of search, and sends no referrer off the site', () => {
    const tree = annotatedTree({
      sourceId: 'x',
      paragraphs: [{ text: 'See www.example.org now. Then stop.', claims: [{ claim: { id: 'x-1', kind: 'narration' } as never, start: 0, end: 24 }] }],
      footnote: () => [{ type: 'text', value: 'Narration.' }],
    });
    const hast = fromHtml(renderArticleHtml(tree), { fragment: true });
    const claim = select('span.claim', hast)!;
    expect(claim.properties).toMatchObject({ id: 'claim-x-1', dataKind: 'narration', title: KINDS.narration.label });
    const outbound = select('span.claim a', hast)!;
    expect(outbound.properties).toMatchObject({ href: 'http://www.example.org', rel: ['external', 'noopener', 'noreferrer'] });
    const footnoteLinks = selectAll('a[data-footnote-ref], a[data-footnote-backref]', hast);
    expect(footnoteLinks).toHaveLength(2);
    for (const link of footnoteLinks) expect(link.properties.dataPagefindIgnore).toBe('');
    expect(select('h2#footnote-label', hast)).toBeDefined();
  });
});
