/**
 * The BASIL section of `npm run eval`: one briefing built from every event of
 * `../shared/corpora/basil-dev` at once (each event told by three outlets), the
 * way the held-out measurement builds it. A relation between claims of two
 * different events is wrong by construction; the event of an article is the
 * prefix of its file name (`<event>-<n>-<outlet>.txt`).
 *
 * `BASIL_SAMPLE=N` also prints N within-event relations (a fixed, spread-out
 * choice) with both sentences, for judging by reading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentPaths } from '../content-fs/paths.ts';
import { readArticles, readDefinitions } from '../content-fs/read-content.ts';
import { analyseBriefing } from '../pipeline/annotate-briefing.ts';
import type { Briefing } from '../schema/briefing.ts';
import { corporaDir } from './corpora.ts';
import { normaliseQuote } from './score-quotes.ts';

/** The event of a source id: the file name's prefix before the first dash. */
export const eventOf = (sourceId: string) => sourceId.split('-')[0]!;

/** Quote text as the corpus rules normalise it. */
const normalQuote = normaliseQuote;

export interface BasilMeasures {
  events: number;
  articles: number;
  relations: number;
  acrossEvents: number;
  contradictsAcross: number;
  withinByKind: Record<string, number>;
  identicalQuotePairs: number;
  identicalFoundSameRemark: number;
  stories: number | null;
  /** Articles in their story's majority event, over all articles. */
  purity: number | null;
  /** Articles in their event's largest story, over all articles. */
  inversePurity: number | null;
}

/** The measures of one briefing whose source ids start with their event. */
export function measureBasil(briefing: Briefing): BasilMeasures {
  const sourceOf = new Map(briefing.claims.map((claim) => [claim.id, claim.source]));
  const events = new Set(briefing.sources.map((source) => eventOf(source.id)));
  let acrossEvents = 0;
  let contradictsAcross = 0;
  const withinByKind: Record<string, number> = {};
  const related = new Map<string, boolean>();
  for (const relation of briefing.relations) {
    const a = sourceOf.get(relation.a)!;
    const b = sourceOf.get(relation.b)!;
    if (eventOf(a) !== eventOf(b)) {
      acrossEvents++;
      if (relation.relation === 'contradicts') contradictsAcross++;
    } else {
      withinByKind[relation.relation] = (withinByKind[relation.relation] ?? 0) + 1;
    }
    related.set(`${relation.a} ${relation.b}`, relation.sameRemark);
  }
  // Quotations of at least five words carried word for word by two sources of one event.
  let identicalQuotePairs = 0;
  let identicalFoundSameRemark = 0;
  const quotes = briefing.quotes.map((quote) => ({ quote, text: normalQuote(quote.text) })).filter((q) => q.text.split(' ').length >= 5);
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const x = quotes[i]!;
      const y = quotes[j]!;
      if (x.quote.source === y.quote.source || eventOf(x.quote.source) !== eventOf(y.quote.source) || x.text !== y.text) continue;
      identicalQuotePairs++;
      const found = x.quote.claims.some((a) => y.quote.claims.some((b) => related.get(a < b ? `${a} ${b}` : `${b} ${a}`) === true));
      if (found) identicalFoundSameRemark++;
    }
  }
  let stories: number | null = null;
  let purity: number | null = null;
  let inversePurity: number | null = null;
  const list = (briefing as { stories?: { sources: string[] }[] }).stories;
  if (list) {
    stories = list.length;
    const storyOf = new Map<string, number>();
    for (const [index, story] of list.entries()) for (const source of story.sources) storyOf.set(source, index);
    let majority = 0;
    for (const story of list) {
      const counts = new Map<string, number>();
      for (const source of story.sources) counts.set(eventOf(source), (counts.get(eventOf(source)) ?? 0) + 1);
      majority += Math.max(...counts.values());
    }
    let largest = 0;
    for (const event of events) {
      const counts = new Map<number, number>();
      for (const source of briefing.sources)
        if (eventOf(source.id) === event) counts.set(storyOf.get(source.id) ?? -1, (counts.get(storyOf.get(source.id) ?? -1) ?? 0) + 1);
      largest += Math.max(...counts.values());
    }
    purity = majority / briefing.sources.length;
    inversePurity = largest / briefing.sources.length;
  }
  return {
    events: events.size,
    articles: briefing.sources.length,
    relations: briefing.relations.length,
    acrossEvents,
    contradictsAcross,
    withinByKind,
    identicalQuotePairs,
    identicalFoundSameRemark,
    stories,
    purity,
    inversePurity,
  };
}

/** Builds the basil-dev briefing in a temporary folder and prints its section of the eval. */
export function printBasilSection(corpus = 'basil-dev'): void {
  const dir = path.join(corporaDir, corpus);
  if (!existsSync(dir)) {
    console.log(`\n${corpus}: skipped (${path.relative(process.cwd(), dir)} is missing)`);
    return;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'briefing-basil-'));
  try {
    execFileSync(process.execPath, [path.join(corporaDir, 'events-content.mjs'), out, dir], { stdio: 'ignore' });
    const paths = contentPaths(out);
    const { briefing } = analyseBriefing(readArticles(paths), readDefinitions(paths));
    const m = measureBasil(briefing);
    const within = m.relations - m.acrossEvents;
    const pct = (x: number, of: number) => (of === 0 ? '—' : `${((100 * x) / of).toFixed(1)}%`);
    console.log(`\n${corpus}: ${m.articles} articles of ${m.events} events, ${briefing.claims.length} claims (one briefing)`);
    console.log(`  relations                      ${m.relations}`);
    console.log(`  across events (wrong)          ${m.acrossEvents} (${pct(m.acrossEvents, m.relations)} of all; bar ≤ 2%)`);
    console.log(`  contradicts across events      ${m.contradictsAcross} (bar 0)`);
    console.log(
      `  within events, per event       ${(within / m.events).toFixed(2)} (bar ≥ 1): ${
        Object.entries(m.withinByKind)
          .sort()
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }`,
    );
    console.log(`  identical quotes, same remark  ${m.identicalFoundSameRemark} / ${m.identicalQuotePairs} pairs (quotations of ≥ 5 words)`);
    if (m.stories !== null)
      console.log(
        `  stories                        ${m.stories}: purity ${pct(m.purity! * m.articles, m.articles)}, inverse purity ${pct(m.inversePurity! * m.articles, m.articles)} (vs the events)`,
      );
    const sample = Number(process.env.BASIL_SAMPLE ?? 0);
    if (sample > 0) printSample(briefing, sample);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every k-th within-event relation, with both sentences, for reading. */
function printSample(briefing: Briefing, count: number): void {
  const claimById = new Map(briefing.claims.map((claim) => [claim.id, claim]));
  const within = briefing.relations.filter((r) => eventOf(claimById.get(r.a)!.source) === eventOf(claimById.get(r.b)!.source));
  const step = Math.max(1, within.length / count);
  for (let k = 0; k < count && Math.floor(k * step) < within.length; k++) {
    const r = within[Math.floor(k * step)]!;
    const a = claimById.get(r.a)!;
    const b = claimById.get(r.b)!;
    console.log(
      `\n  [${k + 1}] ${r.relation}${r.sameRemark ? ' (same remark)' : ''} score ${r.score}${r.discrepancies.length ? ` · ${r.discrepancies.map((d) => `${d.kind}: ${d.a} | ${d.b}`).join('; ')}` : ''}`,
    );
    console.log(`    A (${a.source}, ${a.speaker ?? '—'}): ${a.text}`);
    console.log(`    B (${b.source}, ${b.speaker ?? '—'}): ${b.text}`);
    const evidence = (r as { evidence?: unknown }).evidence;
    if (evidence) console.log(`    evidence: ${JSON.stringify(evidence)}`);
  }
}
