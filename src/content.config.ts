/**
 * Content collections of the Briefing site: the files Astro itself must render, read from
 * the content folder named by `BRIEFING_CONTENT` (see `src/content-fs/paths.ts`):
 * `topicText`, the topic files, whose body is the editor's introduction (Markdown).
 *
 * The annotated articles are not a collection either: the pipeline renders each one's body
 * to HTML from the tree its MDX is written from, and the article page reads that file
 * (`src/lib/article-html-fs.ts`). As compiled MDX, every article was a module that Vite
 * bundled and the build kept loaded: 10 s of a 1,000-article build, 41 s at 4,000.
 *
 * The manifest `briefing.json` is not a collection: the pages read it once, validated, as
 * typed data (`src/lib/manifest-fs.ts`). As collections its ~40 claims per article were
 * each an entry of the content layer's store — digested, serialised with devalue and kept
 * in memory twice — which cost more of a build than rendering the pages that use them.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentPaths } from './content-fs/paths.ts';
import { TopicDefinition } from './schema/content.ts';

const paths = contentPaths();

/** A folder without topics has no topic pages: nothing to load, and nothing to warn about. */
const noTopics: Loader = { name: 'briefing:no-topics', load: async ({ store }) => store.clear() };

export const collections = {
  /** Topic definitions; the Markdown body is the editor's introduction (may be empty). */
  topicText: defineCollection({
    loader: existsSync(paths.topics) ? glob({ pattern: '*.md', base: paths.topics, generateId: ({ entry }) => entry.replace(/\.md$/, '') }) : noTopics,
    schema: TopicDefinition,
  }),
};
