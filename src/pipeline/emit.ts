/**
 * Emit: one article's claims in, annotated MDX out. The MDX is built as an mdast
 * tree and serialised by mdast-util-to-markdown with the MDX, GFM and front
 * matter extensions, so article text — untrusted — always comes out as text.
 */
import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Options } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Claim } from '../schema/briefing.ts';
import { createEscapePrefilter } from './escape-prefilter.ts';
import { trackPositions } from './position-tracker.ts';

/** A paragraph of the article: its text and the claims (sentences) in it, in order. */
export interface EmitParagraph {
  text: string;
  claims: { claim: Claim; start: number; end: number }[];
}

export interface EmitInput {
  sourceId: string;
  paragraphs: EmitParagraph[];
  /** The footnote for each claim, as phrasing content (text and links). */
  footnote: (claim: Claim) => PhrasingContent[];
}

/**
 * The serialiser escapes `{`, `<` and the like, but not a line that starts with
 * `import`/`export`, which MDX would run as ES module code (measured, see
 * PLATFORM.md). Declaring those words unsafe at a line start makes it write them
 * as character references.
 */
const esmGuard: Options = {
  unsafe: [
    { atBreak: true, character: 'i', after: 'mport\\b' },
    { atBreak: true, character: 'e', after: 'xport\\b' },
  ],
};

/** The serialiser's settings without the speed-ups below: what they must agree with. */
export const librarySerialiseOptions: Options = {
  extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml']), esmGuard],
  bullet: '-',
  emphasis: '_',
};

const installEscapePrefilter = createEscapePrefilter();

/**
 * Two shortcuts, installed on each serialisation's state by the root handler:
 * escaping is asked for only where the library would escape something, and
 * positions are tracked without splitting every string. Each writes exactly
 * what the library alone writes (see their modules; tested on random trees).
 */
const speedups: Options = {
  handlers: {
    root(node, parent, state, info) {
      installEscapePrefilter(state);
      state.createTracker = trackPositions;
      return defaultHandlers.root(node as never, parent, state, info);
    },
  },
};

const serialiseOptions: Options = {
  ...librarySerialiseOptions,
  extensions: [...librarySerialiseOptions.extensions!, speedups],
};

/** Soft line breaks inside a paragraph become spaces: same length, same offsets, same rendered text. */
const flat = (text: string) => text.replace(/\n/g, ' ');

/** The mdast tree of an annotated article. */
export function annotatedTree(input: EmitInput): Root {
  const children: RootContent[] = [];
  const footnotes: FootnoteDefinition[] = [];
  for (const paragraph of input.paragraphs) {
    const phrasing: PhrasingContent[] = [];
    let cursor = 0;
    for (const { claim, start, end } of paragraph.claims) {
      if (start > cursor) phrasing.push({ type: 'text', value: flat(paragraph.text.slice(cursor, start)) });
      const element: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'Claim',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: claim.id },
          { type: 'mdxJsxAttribute', name: 'kind', value: claim.kind },
        ],
        children: [{ type: 'text', value: flat(paragraph.text.slice(start, end)) }],
      };
      phrasing.push(element, { type: 'footnoteReference', identifier: claim.id, label: claim.id });
      footnotes.push({ type: 'footnoteDefinition', identifier: claim.id, label: claim.id, children: [{ type: 'paragraph', children: input.footnote(claim) }] });
      cursor = end;
    }
    if (cursor < paragraph.text.length) phrasing.push({ type: 'text', value: flat(paragraph.text.slice(cursor)) });
    children.push({ type: 'paragraph', children: phrasing });
  }
  return {
    type: 'root',
    children: [{ type: 'yaml', value: stringify({ source: input.sourceId }).trimEnd() }, ...children, ...footnotes],
  };
}

/** Serialises an annotated tree to MDX. */
export function toMdx(tree: Root): string {
  return toMarkdown(tree, serialiseOptions);
}
