/**
 * Search results down to the claim. Pagefind indexes pages; in an article every claim is
 * an element with an id (`claim-…`), and Pagefind returns the position of each such
 * element (`anchors`) and of each matching word (`locations`). From those, a hit is
 * placed in its claim and the result links to that claim. The kind and speaker of each
 * claim travel in the page's `claims` metadata, so the search page can show them and keep
 * to the claims that match its filters.
 *
 * Pure and browser-safe: used by the article page (to write the metadata) and by the
 * search UI (to read it and render results). Every string from the index is escaped.
 */
import type { ClaimKind } from '../schema/briefing.ts';
import { CLAIM_KINDS, KINDS } from '../vocabulary/kinds.ts';
import { CLAIM_ANCHOR_PREFIX, claimAnchor } from '../vocabulary/routes.ts';

/** The part of a Pagefind result's data (`await result.data()`) used here. */
export interface ResultData {
  url: string;
  /** The page's indexed text; split on whitespace, `locations` index into it. */
  content: string;
  /** Word positions of the matches. */
  locations: number[];
  /** Elements with an id, and the word position where each starts. */
  anchors: { element: string; id: string; location: number }[];
  meta: Record<string, string | undefined>;
  /** Pagefind's excerpt of the page: text with `<mark>`, `<` and `>` escaped. */
  excerpt: string;
  /** Pagefind's own sub-results: sections under headings with ids. */
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** What the page's `claims` metadata says about one claim. */
export interface ClaimFacts {
  kind: ClaimKind;
  speaker: string | null;
}

/** One claim that holds a match. */
export interface ClaimHit {
  /** Element id, `claim-…`. */
  anchor: string;
  url: string;
  /** The claim's words around the match, HTML-escaped, matches in `<mark>`. */
  excerpt: string;
  /** Number of matching words in the claim. */
  hits: number;
  facts: ClaimFacts | undefined;
}

/** Filters a reader has chosen that can be checked claim by claim. */
export interface ClaimFilters {
  /** Kind labels, as in the `claim kind` filter. */
  kinds?: readonly string[];
  speakers?: readonly string[];
}

/** Pagefind filter names used by the site. */
export const FILTER = { topic: 'topic', outlet: 'outlet', kind: 'claim kind', speaker: 'speaker' } as const;

/** The search index's sort keys (`data-pagefind-sort`): an article's publication date, as YYYY-MM-DD. */
export const SORT = { date: 'date' } as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Pagefind splits content into words this way (`build_excerpt` in pagefind.js). */
const wordsOf = (content: string): string[] => (content.includes('\u200B') ? content.split('\u200B') : content.split(/[\r\n\s]+/g));

/**
 * The `claims` metadata of an article page, kept short because Pagefind stores it in
 * every result fragment and holds it for every page while it builds the index (at 10,000
 * articles the earlier `[[id, kind, speaker?], …]` form was ~2.6 KB of a 13 KB fragment;
 * this one took the indexer's peak from 4.14 to 4.00 GB, measured): JSON `{"p": prefix, "s": [speaker, …], "c": "suffix.kind[.speaker] …"}`, where
 * each claim's id is the prefix (the ids' longest common prefix) and its suffix, its kind is
 * an index into `CLAIM_KINDS` and its speaker an index into `s`. Claim ids are
 * `[a-z0-9_-]` (the manifest schema), so `.` and space separate safely.
 */
export function encodeClaimFacts(claims: readonly { id: string; kind: ClaimKind; speaker: string | null }[]): string {
  let prefix = claims[0]?.id ?? '';
  for (const { id } of claims) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const speakers: string[] = [];
  const speakerIndex = new Map<string, number>();
  const rows = claims.map(({ id, kind, speaker }) => {
    const row = `${id.slice(prefix.length)}.${CLAIM_KINDS.indexOf(kind)}`;
    if (speaker === null) return row;
    let index = speakerIndex.get(speaker);
    if (index === undefined) speakerIndex.set(speaker, (index = speakers.push(speaker) - 1));
    return `${row}.${index}`;
  });
  return JSON.stringify({ p: prefix, s: speakers, c: rows.join(' ') });
}

/** Reads the `claims` metadata; anything malformed reads as no facts. */
export function decodeClaimFacts(value: string | undefined): Map<string, ClaimFacts> {
  const facts = new Map<string, ClaimFacts>();
  if (!value) return facts;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return facts; // Not JSON: the page was indexed without claim facts.
  }
  if (typeof parsed !== 'object' || parsed === null) return facts;
  const { p: prefix, s: speakers, c: rows } = parsed as Record<string, unknown>;
  if (typeof prefix !== 'string' || !Array.isArray(speakers) || typeof rows !== 'string') return facts;
  const index = (at: string | undefined) => (at !== undefined && /^\d+$/.test(at) ? Number(at) : Number.NaN);
  for (const row of rows.split(' ')) {
    const [suffix, kindAt, speakerAt] = row.split('.');
    const kind = CLAIM_KINDS[index(kindAt)];
    const speaker: unknown = speakerAt === undefined ? null : speakers[index(speakerAt)];
    if (suffix === undefined || kind === undefined || (speaker !== null && typeof speaker !== 'string')) continue;
    facts.set(claimAnchor(`${prefix}${suffix}`), { kind, speaker });
  }
  return facts;
}

/** `words[start, end)` as HTML, matches marked, cut to about `length` words around the first match. */
function excerptOf(words: readonly string[], start: number, end: number, marked: ReadonlySet<number>, length: number): string {
  let from = start;
  let to = end;
  if (to - from > length + 8) {
    const first = [...marked].filter((at) => at >= start && at < end).sort((a, b) => a - b)[0] ?? start;
    from = Math.max(start, Math.min(first - Math.floor(length / 3), end - length));
    to = Math.min(end, from + length);
  }
  const shown = [];
  for (let at = from; at < to; at++) {
    const word = escapeHtml(words[at] ?? '');
    if (word !== '') shown.push(marked.has(at) ? `<mark>${word}</mark>` : word);
  }
  return `${from > start ? '… ' : ''}${shown.join(' ')}${to < end ? ' …' : ''}`;
}

/**
 * The claims of a result that hold matches, best first (most matching words, then
 * document order), at most `max`; only claims that pass `filters` when the page says
 * what each claim is.
 */
export function claimHits(data: ResultData, options: { max?: number; words?: number; filters?: ClaimFilters } = {}): ClaimHit[] {
  const { max = 3, words: length = 32, filters = {} } = options;
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const words = wordsOf(data.content);
  const marked = new Set(data.locations);
  const facts = decodeClaimFacts(data.meta.claims);
  const pageUrl = data.url.replace(/#.*$/, '');
  const hits: ClaimHit[] = [];
  anchors.forEach((anchor, index) => {
    if (!anchor.id.startsWith(CLAIM_ANCHOR_PREFIX)) return;
    const start = anchor.location;
    const next = anchors.slice(index + 1).find((other) => other.location > start);
    const end = next ? next.location : words.length;
    const count = data.locations.filter((at) => at >= start && at < end).length;
    if (count === 0) return;
    const known = facts.get(anchor.id);
    if (known && filters.kinds?.length && !filters.kinds.includes(KINDS[known.kind].label)) return;
    if (known && filters.speakers?.length && !(known.speaker !== null && filters.speakers.includes(known.speaker))) return;
    hits.push({ anchor: anchor.id, url: `${pageUrl}#${anchor.id}`, excerpt: excerptOf(words, start, end, marked, length), hits: count, facts: known });
  });
  const order = new Map(hits.map((hit, index) => [hit.anchor, index]));
  return hits
    .sort((a, b) => b.hits - a.hits || order.get(a.anchor)! - order.get(b.anchor)!)
    .slice(0, max)
    .sort((a, b) => order.get(a.anchor)! - order.get(b.anchor)!);
}

/** Pagefind's own sub-results (sections under headings), without the page itself, most matches first, at most `max`. */
function sectionHits(data: ResultData, max: number): { title: string; url: string; excerpt: string }[] {
  const pageUrl = data.url.replace(/#.*$/, '');
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.replace(/#.*$/, '') === pageUrl && sub.url.includes('#'));
  const kept = new Set([...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max));
  return sections.filter((sub) => kept.has(sub));
}

/** "Article · Reuters · 13 September 2023": what the page is, its outlet and date (those not already in its title). */
function metaLine(meta: ResultData['meta']): string {
  const title = meta.title ?? '';
  return [meta.type, meta.outlet, meta.date]
    .filter((part): part is string => Boolean(part) && !title.includes(part!))
    .map(escapeHtml)
    .join(' · ');
}

/** "❝ Direct quote · Kim Jong Un", as HTML; the glyph is decorative. */
function claimLabel(facts: ClaimFacts | undefined): string {
  if (!facts) return 'Claim';
  const kind = KINDS[facts.kind];
  const glyph = kind.glyph ? `<span class="sr-glyph" aria-hidden="true">${escapeHtml(kind.glyph)}</span> ` : '';
  return `${glyph}${escapeHtml(kind.label)}${facts.speaker ? ` · ${escapeHtml(facts.speaker)}` : ''}`;
}

/** One result of the search page (`<pagefind-results>`), as HTML: title, outlet and date, then the claims that match. */
export function renderResult(data: ResultData, filters: ClaimFilters = {}): string {
  const title = escapeHtml(data.meta.title || data.url);
  const claims = claimHits(data, { filters });
  const sections = claims.length === 0 ? sectionHits(data, 3) : [];
  const meta = metaLine(data.meta);
  const subs = [
    ...claims.map(
      (hit) =>
        `<li class="sr-sub" data-kind="${escapeHtml(hit.facts?.kind ?? '')}"><a class="sr-sub-link" href="${escapeHtml(hit.url)}"><span class="sr-sub-title">${claimLabel(hit.facts)}</span><span class="sr-sub-excerpt">${hit.excerpt}</span></a></li>`,
    ),
    ...sections.map(
      (sub) =>
        `<li class="sr-sub"><a class="sr-sub-link" href="${escapeHtml(sub.url)}"><span class="sr-sub-title">${escapeHtml(sub.title)}</span><span class="sr-sub-excerpt">${sub.excerpt}</span></a></li>`,
    ),
  ];
  return `<li class="sr-result">
<p class="sr-title"><a class="sr-link" href="${escapeHtml(data.url)}">${title}</a></p>
${meta ? `<p class="sr-meta">${meta}</p>` : ''}
${subs.length === 0 && data.excerpt ? `<p class="sr-excerpt">${data.excerpt}</p>` : ''}
${subs.length > 0 ? `<ul class="sr-subs">${subs.join('')}</ul>` : ''}
</li>`;
}

/**
 * One result of the header's search box (`<pagefind-searchbox>`), as HTML following its
 * combobox pattern: every link an `option` with a unique id; a group when it has claims.
 */
export function renderSearchboxResult(data: ResultData, id: (prefix: string) => string): string {
  const title = escapeHtml(data.meta.title || data.url);
  const meta = metaLine(data.meta);
  const claims = claimHits(data, { max: 2, words: 24 });
  const option = (href: string, heading: string, detail: string, sub: boolean) => {
    const optionId = id('pf-sb-result');
    return `<a class="pf-searchbox-result${sub ? ' pf-searchbox-subresult' : ''}" id="${optionId}" href="${escapeHtml(href)}" role="option" aria-selected="false" aria-labelledby="${optionId}-title"${detail ? ` aria-describedby="${optionId}-excerpt"` : ''}><p class="pf-searchbox-result-title" id="${optionId}-title">${heading}</p>${detail ? `<p class="pf-searchbox-result-excerpt" id="${optionId}-excerpt">${detail}</p>` : ''}</a>`;
  };
  const main = option(data.url, `${title}${meta ? ` <span class="sr-meta">${meta}</span>` : ''}`, claims.length === 0 ? data.excerpt : '', false);
  if (claims.length === 0) return main;
  return `<div class="pf-searchbox-group" role="group" aria-label="${title}">${main}${claims.map((hit) => option(hit.url, claimLabel(hit.facts), hit.excerpt, true)).join('')}</div>`;
}
