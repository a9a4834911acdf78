/**
 * A Sätteri hast plugin for Markdown written by the briefing's editors (topic
 * introductions): every heading gets an id prefixed `user-content-`, the way
 * GitHub and GFM footnotes do it, so that content can never take an id the
 * layout uses (`content`, `sidebar`) or clobber a DOM global (`window.x`).
 * Astro's own heading plugin runs after it and keeps ids already set, so the
 * table of contents links to the same prefixed ids.
 */
import type { HastPluginEntry } from 'satteri';
import { slugify } from '../lib/slug.ts';

/** The prefix of every id made from content. */
export const CONTENT_ID_PREFIX = 'user-content-';

export function prefixedHeadingIds(): HastPluginEntry {
  return () => {
    const used = new Map<string, number>();
    return {
      name: 'prefixed-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, context) {
          if (typeof node.properties?.id === 'string') return;
          const base = `${CONTENT_ID_PREFIX}${slugify(context.textContent(node))}`;
          const count = used.get(base) ?? 0;
          used.set(base, count + 1);
          context.setProperty(node, 'id', count === 0 ? base : `${base}-${count}`);
        },
      },
    };
  };
}
