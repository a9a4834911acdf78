/**
 * Labels for dates, sources and counts. Dates are formatted by hand, never from the
 * clock or the runtime's locale data, so that builds are reproducible.
 */
import type { Source } from '../schema/briefing.ts';
import { outletName } from './view.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `2023-09-13` → `13 September 2023`; anything else is returned as given. */
export function formatDate(iso: string): string;
export function formatDate(iso: string | null): string | null;
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** `2023-09-13` → `Wednesday`, by the proleptic Gregorian calendar (UTC, no time zone). */
export function weekdayOf(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay()]!;
}

/** A source's page title: its headline, or "<Outlet>, <date>" when it has none. */
export function sourceTitle(source: Source): string {
  return source.title ?? `${outletName(source)}, ${formatDate(source.published) ?? 'undated'}`;
}

/** "Reuters, 13 September 2023" (or just the outlet when undated). */
export function sourceLine(source: Source): string {
  return [outletName(source), formatDate(source.published)].filter(Boolean).join(', ');
}

/** "1 claim", "2 claims". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
