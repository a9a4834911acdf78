/**
 * Internal links. Every link in the site goes through `href` so that it respects
 * the configured base path (`BRIEFING_BASE`) and `trailingSlash: 'always'`; the
 * paths themselves and the claim anchor are defined once, in `src/vocabulary/routes.ts`.
 */
import { claimAnchor, routes } from '../vocabulary/routes.ts';

export { claimAnchor, routes };

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
  href(routes.article(sourceId), claimId === undefined ? undefined : claimAnchor(claimId));

/** Link to a story page. */
export const storyHref = (storyId: string): string => href(routes.story(storyId));

/** Link to a topic page. */
export const topicHref = (topicId: string): string => href(routes.topic(topicId));

/** Link to a person's (or organisation's) page. */
export const personHref = (slug: string, fragment?: string): string => href(routes.person(slug), fragment);

/** Link to an outlet's page. */
export const outletHref = (slug: string, fragment?: string): string => href(routes.outlet(slug), fragment);

/** True when `link` is the page at `pathname` (both with base and trailing slash). */
export function isCurrent(link: string, pathname: string): boolean {
  const normal = (value: string) => (value.endsWith('/') ? value : `${value}/`);
  return normal(link) === normal(pathname);
}
