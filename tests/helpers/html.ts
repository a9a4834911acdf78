/** Reading built HTML pages as hast trees. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll, toText };
export { listFiles } from '../../src/build/list-files.ts';
export type { Element, Root };

export function readPage(site: string, urlPath: string): Root {
  const file = path.join(site, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${urlPath} (${file})`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/**
 * Text of an element with footnote references and aria-hidden decorations left out;
 * white space collapsed as a reader sees it, or kept as written (`pre`).
 */
export function readableText(node: Element, whitespace: 'normal' | 'pre' = 'normal'): string {
  const copy = structuredClone(node);
  const strip = (parent: Element) => {
    parent.children = parent.children.filter(
      (child) =>
        child.type !== 'element' ||
        !(child.tagName === 'sup' || String(child.properties.ariaHidden) === 'true' || child.properties.dataFootnoteRef !== undefined),
    );
    for (const child of parent.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return toText(copy, { whitespace });
}
