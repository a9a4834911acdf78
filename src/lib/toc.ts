/** The on-page table of contents: headings of depth 2 and 3, as `getHeadings()` returns them. */

export interface TocItem {
  depth: number;
  /** The heading's element id. */
  slug: string;
  text: string;
}

/** Keeps the levels shown in the table of contents. */
export function tocOf(headings: readonly TocItem[], minDepth = 2, maxDepth = 3): TocItem[] {
  return headings.filter((heading) => heading.depth >= minDepth && heading.depth <= maxDepth);
}
