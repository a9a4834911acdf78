/**
 * Machine-readable descriptions of the briefing, from the manifest alone: schema.org
 * JSON-LD for each page (the briefing as a `Dataset`, each source as a `NewsArticle`, its
 * sentences as `Claim`s) and CSL-JSON references for citation managers.
 *
 * Every URL is absolute, made from the site and base path the build was given. A page's
 * JSON-LD is bounded: an aggregate page describes at most `MAX_CLAIMS` of the claims it
 * quotes, and a claim at most `MAX_APPEARANCES` of the articles that carry it, so no page
 * grows with the number of articles.
 */
import type { Claim, Source } from '../schema/briefing.ts';
import { sourceTitle } from './format.ts';
import { articleHref, href } from './url.ts';
import { outletName, type BriefingView } from './view.ts';

/** Claims described on a page that quotes claims (a topic page); an article describes all of its own. */
export const MAX_CLAIMS = 20;
/** Articles named as a claim's appearances. */
export const MAX_APPEARANCES = 10;

type Json = Record<string, unknown>;

/** An absolute URL of a path of the site. */
export const absolute = (site: URL, path: string): string => new URL(path, site).href;

/** The `@id` of a source's NewsArticle: its source card on the article's page. */
const sourceNode = (site: URL, source: Source) => absolute(site, `${articleHref(source.id)}#source-heading`);

/** People in a byline ("By Jane Doe and John Roe") and the contributors, as schema.org Persons. */
function people(source: Source): Json[] {
  const names = (source.byline ?? '')
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set([...names, ...source.contributors])].map((name) => ({ '@type': 'Person', name }));
}

export function datasetLd(view: BriefingView, site: URL, digest: string): Json {
  return {
    '@type': 'Dataset',
    '@id': absolute(site, `${href()}#dataset`),
    name: view.title,
    description: view.summary,
    url: absolute(site, href()),
    ...(view.dates.first ? { temporalCoverage: view.dates.first === view.dates.last ? view.dates.first : `${view.dates.first}/${view.dates.last}` } : {}),
    distribution: [
      {
        '@type': 'DataDownload',
        contentUrl: absolute(site, href('briefing.json')),
        encodingFormat: 'application/json',
        sha256: digest,
      },
      { '@type': 'DataDownload', contentUrl: absolute(site, href('sources.csl.json')), encodingFormat: 'application/vnd.citationstyles.csl+json' },
    ],
  };
}

export function newsArticleLd(source: Source, site: URL): Json {
  return {
    '@type': 'NewsArticle',
    '@id': sourceNode(site, source),
    headline: sourceTitle(source),
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    publisher: { '@type': 'Organization', name: outletName(source) },
    ...(people(source).length > 0 ? { author: people(source) } : {}),
    identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: source.sha256 },
    ...(source.corrections.length > 0
      ? { correction: source.corrections.map((correction) => ({ '@type': 'CorrectionComment', datePublished: correction.date, text: correction.text })) }
      : {}),
    subjectOf: { '@id': absolute(site, articleHref(source.id)) },
  };
}

/**
 * A claim: who makes it (the speaker, else the outlet), where it appears (its article and
 * the articles that corroborate it) and where it appeared first (the earliest of those).
 */
/** The articles that carry a claim: its own, then those of claims that corroborate it, at most MAX_APPEARANCES. */
function appearancesOf(claim: Claim, view: BriefingView): Source[] {
  const carriers = [view.sourceById.get(claim.source)!];
  for (const related of view.relationsByClaim.get(claim.id) ?? []) {
    if (carriers.length >= MAX_APPEARANCES) break;
    if (related.relation === 'contradicts') continue;
    const other = view.sourceById.get(related.other.source);
    if (other && !carriers.includes(other)) carriers.push(other);
  }
  return carriers;
}

export function claimLd(claim: Claim, view: BriefingView, site: URL): Json {
  const own = view.sourceById.get(claim.source)!;
  const appearances = appearancesOf(claim, view);
  // The earliest dated one; undated ones only when none is dated.
  const first = appearances.reduce((best, source) => (source.published && (!best.published || source.published < best.published) ? source : best));
  return {
    '@type': 'Claim',
    '@id': absolute(site, articleHref(claim.source, claim.id)),
    text: claim.text,
    author: claim.speaker ? { '@type': 'Person', name: claim.speaker } : { '@type': 'Organization', name: outletName(own) },
    appearance: appearances.map((source) => ({ '@id': sourceNode(site, source) })),
    firstAppearance: { '@id': sourceNode(site, first) },
  };
}

export interface PageLdInput {
  view: BriefingView;
  site: URL;
  /** The page's canonical URL. */
  url: string;
  title: string;
  description: string;
  digest: string;
  /** On an article page: the article. */
  source?: Source | undefined;
  /** Claims the page quotes (an article's own claims need not be given). */
  claims?: readonly Claim[] | undefined;
}

/** The JSON-LD graph of one page. */
export function pageLd({ view, site, url, title, description, digest, source, claims }: PageLdInput): Json {
  const described = source ? (view.claimsBySource.get(source.id) ?? []) : (claims ?? []).slice(0, MAX_CLAIMS);
  const sources = new Map<string, Source>();
  if (source) sources.set(source.id, source);
  // The articles of the claims described; other appearances are named by their @id, described on their own pages.
  for (const claim of described) sources.set(claim.source, view.sourceById.get(claim.source)!);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      datasetLd(view, site, digest),
      {
        '@type': 'WebPage',
        '@id': url,
        url,
        name: title,
        description,
        isPartOf: { '@id': absolute(site, `${href()}#dataset`) },
        ...(source ? { about: { '@id': sourceNode(site, source) } } : {}),
      },
      ...[...sources.values()].map((item) => newsArticleLd(item, site)),
      ...described.map((claim) => claimLd(claim, view, site)),
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the element. */
export const ldScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** A source as a CSL-JSON item (the citation format of Zotero, Pandoc and citeproc). */
export function cslItem(source: Source, site: URL): Json {
  const date = source.published?.split('-').map(Number);
  return {
    id: source.id,
    type: 'article-newspaper',
    title: sourceTitle(source),
    'container-title': outletName(source),
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(people(source).length > 0 ? { author: people(source).map((person) => ({ literal: person.name })) } : {}),
    note: `Annotated in ${absolute(site, articleHref(source.id))}; SHA-256 ${source.sha256}`,
  };
}

/** A page of the briefing as a CSL-JSON item. */
export function cslPage(view: BriefingView, title: string, url: string): Json {
  const date = view.dates.last?.split('-').map(Number);
  return {
    id: url,
    type: 'webpage',
    title,
    'container-title': view.title,
    URL: url,
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
  };
}
