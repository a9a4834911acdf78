import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE, articlesLast } from '../../src/integrations/render-order.ts';
import { repoRoot } from '../helpers/seeds.ts';

const page = (pathname: string, component: string) => ({ pathname, route: { component } }) as unknown as PathWithRoute;

describe('the order Astro renders pages in', () => {
  it('puts the article pages last, each group in the order Astro listed it', () => {
    const listed = [
      page('/', 'src/pages/index.astro'),
      page('/articles/b/', ARTICLE_PAGE),
      page('/articles/a/', ARTICLE_PAGE),
      page('/people/', 'src/pages/people/index.astro'),
      page('/404', 'src/pages/404.astro'),
    ];
    expect(articlesLast(listed).map((item) => item.pathname)).toEqual(['/', '/people/', '/404', '/articles/b/', '/articles/a/']);
  });

  it('names the page that waits for the annotated bodies', () => {
    // Renamed or moved, the article pages would render early again and hold every place while they wait.
    expect(readFileSync(path.join(repoRoot, ARTICLE_PAGE), 'utf8')).toMatch(/await articleHtml\(/);
  });
});
