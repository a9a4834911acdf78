/**
 * The bench's yardstick: the same articles built without annotation by the smallest
 * Astro + MDX site that renders them (one content collection, one page per article, an
 * index) and indexed by `pagefind --site`. What Briefing's build costs beyond this is
 * the cost of its annotations and its pages.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFile } from '../pipeline/annotate-briefing.ts';

/** Front matter fields and paragraphs of a synthetic article (`---` block, title line, paragraphs). */
function toMdx(file: ArticleFile): string {
  const text = new TextDecoder().decode(file.bytes);
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const [title = file.file, ...paragraphs] = body.trim().split(/\n\n+/);
  // Escapes what MDX would read as code or JSX; the synthetic text has none, but the baseline must be valid for any.
  const escapeMdx = (line: string) => line.replace(/[{}<>\\]/g, (c) => `\\${c}`);
  return `---\n${head}\ntitle: ${JSON.stringify(title)}\n---\n\n${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ outDir: 'dist', integrations: [mdx()], devToolbar: { enabled: false } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './articles' }),
    schema: z.object({ title: z.string(), outlet: z.string(), published: z.coerce.date() }),
  }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body><header><a href="/">Articles</a></header><main data-pagefind-body><slot /></main></body></html>
`;

const ARTICLE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}><h1>{entry.data.title}</h1><p>{entry.data.outlet}, {entry.data.published.toISOString().slice(0, 10)}</p><Content /></Layout>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const articles = await getCollection('articles');
---
<Layout title="Articles"><ul>{articles.map((entry) => <li><a href={\`/articles/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></Layout>
`;

/** Writes the baseline project into `folder` (replacing it), resolving packages from `modules`. */
export function writeBaselineSite(folder: string, files: readonly ArticleFile[], modules: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const dir of ['articles', 'src/pages/articles', 'src/layouts']) mkdirSync(path.join(folder, dir), { recursive: true });
  symlinkSync(modules, path.join(folder, 'node_modules'), 'dir');
  writeFileSync(path.join(folder, 'package.json'), '{ "name": "briefing-baseline", "private": true, "type": "module" }\n');
  writeFileSync(path.join(folder, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(folder, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(path.join(folder, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(path.join(folder, 'src/pages/articles/[id].astro'), ARTICLE);
  writeFileSync(path.join(folder, 'src/pages/index.astro'), INDEX);
  for (const file of files) writeFileSync(path.join(folder, 'articles', file.file.replace(/\.[^.]+$/, '.mdx')), toMdx(file));
}
