/** Reading order of the site's sections, for previous/next links and breadcrumbs. */
import type { BriefingView } from './view.ts';
import { href, topicHref } from './url.ts';

/** A link with its text. */
export interface NavLink {
  href: string;
  text: string;
}

/** Overview, the topics in order, then the reference pages. */
export function readingOrder(view: BriefingView): NavLink[] {
  return [
    { href: href(''), text: 'Overview' },
    ...view.topics.map((topic) => ({ href: topicHref(topic.id), text: topic.title })),
    { href: href('timeline/'), text: 'Timeline' },
    { href: href('people/'), text: 'People and organisations' },
    { href: href('sources/'), text: 'Sources and coverage' },
    { href: href('history/'), text: 'Revisions' },
  ];
}

/** The links before and after `current` in `order` (matched by href). */
export function neighbours(order: readonly NavLink[], current: string): { prev?: NavLink; next?: NavLink } {
  const index = order.findIndex((link) => link.href === current);
  if (index < 0) return {};
  return { prev: order[index - 1], next: order[index + 1] };
}

/** The breadcrumb trail's first step. */
export const home = (): NavLink => ({ href: href(''), text: 'Overview' });
