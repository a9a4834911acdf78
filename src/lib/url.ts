/**
 * Internal links. Every link in the site goes through `href` so that it respects
 * the configured base path (`BRIEFING_BASE`) and `trailingSlash: 'always'`.
 */

/** The site's base path, always with a leading and trailing slash: `/` or `/docs/`. */
export const base: string = `/${import.meta.env.BASE_URL.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Joins a site-relative path onto the base path: `href('topics/arms/')` → `/docs/topics/arms/`.
 * Page paths get a trailing slash; file paths (with an extension) and fragments are kept as given.
 */
export function href(path = '', fragment?: string): string {
  let clean = path.replace(/^\/+/, '');
  if (clean !== '' && !clean.endsWith('/') && !/\.[a-z0-9]+$/i.test(clean)) clean += '/';
  return `${base}${clean}${fragment ? `#${fragment}` : ''}`;
}

/** Link to an article page, optionally to one claim in it. */
export const articleHref = (sourceId: string, claimId?: string): string =>
  href(`articles/${sourceId}/`, claimId === undefined ? undefined : claimAnchor(claimId));

/** Link to a story page. */
export const storyHref = (storyId: string): string => href(`stories/${storyId}/`);

/** Link to a topic page. */
export const topicHref = (topicId: string): string => href(`topics/${topicId}/`);

/** The element id of a claim inside its article: prefixed so content can never clobber page ids. */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** True when `link` is the page at `pathname` (both with base and trailing slash). */
export function isCurrent(link: string, pathname: string): boolean {
  const normal = (value: string) => (value.endsWith('/') ? value : `${value}/`);
  return normal(link) === normal(pathname);
}
