/**
 * "Cite this page": a plain-text reference built only from the manifest — its dates,
 * the source's fixity hash and the manifest's own hash — never from the clock.
 */
import type { Source } from '../schema/briefing.ts';
import { formatDate, plural, sourceTitle } from './format.ts';
import { outletName, type BriefingView } from './view.ts';

export interface Citation {
  /** The reference, one paragraph of text. */
  text: string;
  /** The facts it rests on, as label/value pairs. */
  facts: { label: string; value: string; code?: boolean }[];
}

/** The span of publication dates: "13 September 2023" or "1 March 2025 to 28 March 2025". */
function span(view: BriefingView): string | null {
  const { first, last } = view.dates;
  if (!first || !last) return null;
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}

/** A reference to a page of the briefing at `url`; on an article page, to the article as well. */
export function citation(view: BriefingView, pageTitle: string, url: string, digest: string, source?: Source): Citation {
  const dates = span(view);
  const briefing = `${view.title}: a briefing of ${plural(view.sources.length, 'article')} from ${plural(view.outlets.length, 'outlet')}${dates ? `, published ${dates}` : ''}`;
  const data = { label: 'Data', value: `briefing.json, SHA-256 ${digest}`, code: true };
  if (source) {
    const published = formatDate(source.published);
    return {
      text: `${outletName(source)}${published ? ` (${published})` : ''}. “${sourceTitle(source)}”.${source.url ? ` ${source.url}.` : ''} Annotated in ${briefing}. ${url}`,
      facts: [{ label: 'Source file', value: `${source.file}, SHA-256 ${source.sha256}`, code: true }, data],
    };
  }
  return { text: `“${pageTitle}”. In ${briefing}. ${url}`, facts: [data] };
}
