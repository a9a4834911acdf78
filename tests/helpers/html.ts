/** Reading built HTML pages as hast trees. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll, toText };
export type { Element, Root };

export function readPage(site: string, urlPath: string): Root {
  const file = path.join(site, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${urlPath} (${file})`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const relative = path.join(sub, name);
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else files.push(relative);
    }
  };
  walk('');
  return files;
}

/** Text of an element with footnote references and aria-hidden decorations left out. */
export function readableText(node: Element): string {
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
  return toText(copy, { whitespace: 'normal' });
}
