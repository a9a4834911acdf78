/**
 * The site's addresses: each page's path below the site's base (no leading slash,
 * a trailing slash: the site builds `/articles/<id>/index.html`), and the anchor of a
 * claim inside its article. The pipeline writes footnote links with them (relative, so
 * the MDX works under any base path); the site prefixes the base (`src/lib/url.ts`).
 */

export const routes = {
  article: (sourceId: string): string => `articles/${sourceId}/`,
  story: (storyId: string): string => `stories/${storyId}/`,
  topic: (topicId: string): string => `topics/${topicId}/`,
  person: (slug: string): string => `people/${slug}/`,
  outlet: (slug: string): string => `outlets/${slug}/`,
} as const;

/**
 * The heading of an article's footnotes (one per claim): its text, and its element id, which
 * mdast-util-to-hast gives it (and the footnote references point to with aria-describedby).
 */
export const FOOTNOTES_HEADING = { slug: 'footnote-label', text: 'Footnotes' } as const;

/** The element id of a claim inside its article: prefixed so content can never clobber page ids. */
export const CLAIM_ANCHOR_PREFIX = 'claim-';
export const claimAnchor = (claimId: string): string => `${CLAIM_ANCHOR_PREFIX}${claimId}`;

/**
 * The link from one page to another, relative: from `articles/a/` to `articles/b/` is
 * `../b/`, to `topics/t/` is `../../topics/t/`. Both are route paths (`routes.*`).
 */
export function relativeRoute(from: string, to: string, fragment?: string): string {
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const path = [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
  const folder = path === '' ? './' : `${path}/`;
  return fragment === undefined ? folder : `${folder}#${fragment}`;
}
