/** The timeline's events, from the dates the pipeline found in each claim (`claims[].dates`). */
import type { Claim, Source } from '../schema/briefing.ts';
import type { BriefingView } from './view.ts';

/** One entry of the timeline: an article published that day, or a claim about that day. */
export type TimelineEvent =
  | { date: string; kind: 'published'; source: Source }
  | { date: string; kind: 'mentioned'; source: Source; claim: Claim; phrase: string };

/**
 * The briefing's dated events, oldest first: for each day, the claims that name it (in
 * briefing order, each claim once per day, with its first phrase naming it), then the
 * articles published that day.
 */
export function timelineEvents(view: BriefingView): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const claim of view.claims) {
    const source = view.sourceById.get(claim.source);
    if (!source) continue;
    const days = new Set<string>();
    for (const { date, phrase } of claim.dates) {
      if (days.has(date)) continue;
      days.add(date);
      events.push({ date, kind: 'mentioned', source, claim, phrase });
    }
  }
  for (const source of view.sources) if (source.published) events.push({ date: source.published, kind: 'published', source });
  const rank = (event: TimelineEvent) => (event.kind === 'mentioned' ? 0 : 1);
  // Array.prototype.sort is stable: within a day and kind, briefing order is kept.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || rank(a) - rank(b));
}
