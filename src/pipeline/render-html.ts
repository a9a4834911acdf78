/**
 * Render: an annotated article's mdast tree (the one `emit.ts` serialises to MDX) to the
 * HTML of its body, which the article page shows as it is. The same tree, so the page and
 * the MDX say the same thing; tested against each other (`tests/pipeline/render-html.test.ts`).
 *
 * Why not let Astro compile each MDX file: every article then became a module that Vite
 * bundled and the build process kept loaded to its end. Measured at 1,000 synthetic
 * articles, that bundling alone took 10 s of a 35 s build; at 4,000 it took 41 s and the
 * render process held 3.8 GB before its first page. mdast-util-to-hast and hast-util-to-html
 * render the tree in ~1 ms an article, in the annotation stage, where the tree already is.
 *
 * Untrusted article text stays text: hast-util-to-html escapes every text node and attribute.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { KINDS, type ClaimKind } from '../vocabulary/kinds.ts';
import { claimAnchor, FOOTNOTES_HEADING } from '../vocabulary/routes.ts';

/** An address written with a scheme ("https:", "mailto:") leads to another host. */
const OUTBOUND = /^[a-z][a-z0-9+.-]*:/i;

const attribute = (node: MdxJsxTextElement, name: string): string => {
  const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  if (!found || typeof found.value !== 'string') throw new Error(`Internal error: <${node.name}> without a ${name}`);
  return found.value;
};

/**
 * `<Claim id kind>sentence</Claim>`: the sentence in a span with the claim's anchor, its
 * kind for the CSS marker and the kind's name as a tooltip. No text is added: assistive
 * technology reads the kind in the claim's footnote.
 */
const claim: Handler = (state, node: MdxJsxTextElement) => {
  if (node.name !== 'Claim') throw new Error(`Internal error: unexpected element <${node.name ?? ''}> in an annotated tree`);
  const kind = attribute(node, 'kind') as ClaimKind;
  const view = KINDS[kind];
  if (!view) throw new Error(`Internal error: unexpected claim kind ${JSON.stringify(kind)}`);
  const element: Element = {
    type: 'element',
    tagName: 'span',
    properties: { id: claimAnchor(attribute(node, 'id')), className: ['claim'], dataKind: kind, title: view.label },
    children: state.all(node) as ElementContent[],
  };
  state.patch(node, element);
  return element;
};

/**
 * Links: footnote numbers and back-links ("↩") are kept out of the search index; an
 * address written in the article opens no window back to the briefing and sends no referrer.
 */
function markLinks(tree: HastRoot): void {
  visit(tree, 'element', (element) => {
    if (element.tagName !== 'a') return;
    const { properties } = element;
    if ('dataFootnoteRef' in properties || 'dataFootnoteBackref' in properties) properties.dataPagefindIgnore = '';
    if (typeof properties.href === 'string' && OUTBOUND.test(properties.href)) properties.rel = ['external', 'noopener', 'noreferrer'];
  });
}

/** Turns "www.…" and "https://…" written in the text into links, as GFM reads them in the MDX. */
const [linkAddresses] = gfmAutolinkLiteralFromMarkdown().transforms!;

/** The HTML of an annotated article's body: its paragraphs, then the footnotes section. */
export function renderArticleHtml(tree: Root): string {
  const copy = structuredClone(tree);
  linkAddresses!(copy);
  const hast = toHast(copy, { footnoteLabel: FOOTNOTES_HEADING.text, handlers: { mdxJsxTextElement: claim, yaml: () => undefined } }) as HastNodes;
  markLinks(hast as HastRoot);
  return toHtml(hast);
}
