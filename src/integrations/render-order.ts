/**
 * Astro integration: the article pages render last. In `npm run build` Astro may start on
 * the pages while the annotation still writes the articles' bodies (`src/build/annotate-child.ts`);
 * the article pages wait for them (`src/lib/article-html-fs.ts`). Astro renders a few pages
 * at a time (`build.concurrency`) in the order it lists them, and lists the article pages
 * early: they would hold every place while the pages that need only the manifest wait.
 * The pages are the same, byte for byte; only the order they are made in changes.
 */
import type { AstroIntegration, PathWithRoute } from 'astro';

/** The page that shows an article's annotated body, as Astro names its component. */
export const ARTICLE_PAGE = 'src/pages/articles/[id].astro';

/** `paths` with the article pages moved to the end, each group in the order it had. */
export function articlesLast(paths: readonly PathWithRoute[]): PathWithRoute[] {
  const isArticle = ({ route }: PathWithRoute) => route.component === ARTICLE_PAGE;
  return [...paths.filter((path) => !isArticle(path)), ...paths.filter(isArticle)];
}

export default function renderOrder(): AstroIntegration {
  return {
    name: 'briefing:render-order',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({ ...astro, getStaticPaths: async () => articlesLast(await astro.getStaticPaths()) }));
      },
    },
  };
}
