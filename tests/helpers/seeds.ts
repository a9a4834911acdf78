/** The bundled content folder and its reference annotations, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentPaths } from '../../src/content-fs/paths.ts';
import { readArticles, readDefinitions } from '../../src/content-fs/read-content.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bundled = contentPaths(`${repoRoot}content`);

export interface GoldQuote {
  article: string;
  text: string;
  speaker: string;
  partial?: boolean;
}
export interface GoldSpan {
  article: string;
  text: string;
}
export interface Gold {
  boilerplate: (GoldSpan & { why: string })[];
  quotes: GoldQuote[];
  attributed: (GoldSpan & { source: string; kind: string })[];
  unattributed_assessments: (GoldSpan & { hedge?: string })[];
  topics: Record<string, GoldSpan[]>;
  articles: Record<string, { outlet: string; title: string | null; published: string; contributors: string[] }>;
}

export const gold: Gold = JSON.parse(readFileSync(new URL('../fixtures/gold.json', import.meta.url), 'utf8'));

export const seedDefinitions = () => readDefinitions(bundled);
export const seedArticles = () => readArticles(bundled);
/** Gold names articles by their file name; sources are ids without the extension. */
export const sourceIdOf = (article: string) => article.replace(/\.[^.]+$/, '');
