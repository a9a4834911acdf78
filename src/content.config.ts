/**
 * Content collections of the Briefing site. Everything is read from the content
 * folder named by `BRIEFING_CONTENT` (see `src/content-fs/paths.ts`):
 * - `briefing`, `sources`, `claims`, `quotes`, `relations`, `framing`, `topics`,
 *   `entities`: the generated manifest `briefing.json`, one array (or the title and
 *   summary) per collection;
 * - `topicText`: the topic files, whose body is the editor's introduction;
 * - `annotated`: the generated annotated MDX, one file per article.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPaths } from './content-fs/paths.ts';
import { Claim, ClaimRelation, EntitySummary, Framing, Quote, Source, Story, TopicSummary } from './schema/briefing.ts';
import { TopicDefinition } from './schema/content.ts';

const paths = contentPaths();

/** The manifest's fields that the collections read; each entry is validated by its collection's schema. */
interface ManifestArrays {
  title?: unknown;
  summary?: unknown;
  schemaVersion?: unknown;
  sources?: Record<string, unknown>[];
  claims?: Record<string, unknown>[];
  quotes?: Record<string, unknown>[];
  stories?: Record<string, unknown>[];
  relations?: Record<string, unknown>[];
  framing?: Record<string, unknown>[];
  topics?: Record<string, unknown>[];
  entities?: Record<string, unknown>[];
}

/** The manifest collections read the same text: parse it once. */
let lastText: string | undefined;
let lastParsed: ManifestArrays | undefined;
function parseOnce(text: string): ManifestArrays {
  if (text !== lastText || !lastParsed) {
    lastParsed = JSON.parse(text) as ManifestArrays;
    lastText = text;
  }
  return lastParsed;
}

/**
 * A `file()` loader over the manifest that keeps one part of it. Each item gets its
 * `position` in the manifest, because collections do not keep the file's order, and
 * items without an `id` of their own (quotes, relations, framing, entities) get their
 * position as id.
 */
const fromManifest = (pick: (manifest: ManifestArrays) => Record<string, unknown>[] | undefined) =>
  file(paths.manifest, {
    parser: (text) => {
      const items = pick(parseOnce(text));
      if (!Array.isArray(items)) throw new Error(`${paths.manifest}: expected the arrays of a briefing manifest (schemaVersion 1)`);
      return items.map((item, position) => ({ id: String(position), ...item, position }));
    },
  });

/** Position of an item in its manifest array. */
const position = { position: z.number().int().nonnegative() };

export const collections = {
  /** One entry, id `briefing`: the briefing's title and summary (the same as `briefing.yaml`). */
  briefing: defineCollection({
    loader: fromManifest((manifest) => [{ id: 'briefing', title: manifest.title, summary: manifest.summary, schemaVersion: manifest.schemaVersion }]),
    schema: z.object({ title: z.string(), summary: z.string(), schemaVersion: z.literal(1) }),
  }),
  sources: defineCollection({ loader: fromManifest((manifest) => manifest.sources), schema: Source.extend(position) }),
  claims: defineCollection({ loader: fromManifest((manifest) => manifest.claims), schema: Claim.extend(position) }),
  quotes: defineCollection({ loader: fromManifest((manifest) => manifest.quotes), schema: Quote.extend(position) }),
  stories: defineCollection({ loader: fromManifest((manifest) => manifest.stories), schema: Story.extend(position) }),
  relations: defineCollection({ loader: fromManifest((manifest) => manifest.relations), schema: ClaimRelation.extend(position) }),
  framing: defineCollection({ loader: fromManifest((manifest) => manifest.framing), schema: Framing.extend(position) }),
  topics: defineCollection({ loader: fromManifest((manifest) => manifest.topics), schema: TopicSummary.extend(position) }),
  /** Entities by position; their URL slugs are made by `src/lib/view.ts`, which resolves clashes. */
  entities: defineCollection({ loader: fromManifest((manifest) => manifest.entities), schema: EntitySummary.extend(position) }),
  /** Topic definitions; the Markdown body is the editor's introduction (may be empty). */
  topicText: defineCollection({
    loader: glob({ pattern: '*.md', base: paths.topics, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: TopicDefinition,
  }),
  /** Annotated articles: MDX with `<Claim>` elements and GFM footnotes. */
  annotated: defineCollection({
    loader: glob({ pattern: '*.mdx', base: paths.annotated, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: z.object({ source: z.string().min(1) }),
  }),
};
