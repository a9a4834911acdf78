/**
 * Where a briefing's files live. `BRIEFING_CONTENT` names another content folder
 * with the same layout; a folder with only `articles/` borrows the bundled
 * entities and patterns, but never the bundled briefing's topics, title or
 * summary: those belong to it. Node-only: never import this from browser code.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's own `content/` folder: the bundled briefing and the fallbacks. */
export const bundledContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

export interface ContentPaths {
  /** The content folder being built. */
  root: string;
  articles: string;
  /** Topic definitions: the folder's own only (a folder without `topics/` has no topics). */
  topics: string;
  entities: string;
  outlets: string;
  boilerplate: string;
  /** `framing.yaml`: words that frame an entity. */
  framing: string;
  /** `briefing.yaml`: title and summary of the briefing; the folder's own only (without it, its stories describe it). */
  briefing: string;
  /** Generated: per article, its annotated MDX and the HTML of its body (`<id>.mdx`, `<id>.html`). */
  annotated: string;
  /** Generated: the manifest. */
  manifest: string;
}

/** Picks `own` when it exists, else the bundled file or folder of the same name. */
function ownOrBundled(root: string, name: string): string {
  const own = path.join(root, name);
  return existsSync(own) ? own : path.join(bundledContentDir, name);
}

/** Resolves the content folder from `BRIEFING_CONTENT` (or `dir`), relative to the working directory. */
export function contentPaths(dir: string | undefined = process.env.BRIEFING_CONTENT): ContentPaths {
  const root = path.resolve(dir && dir.length > 0 ? dir : bundledContentDir);
  return {
    root,
    articles: path.join(root, 'articles'),
    topics: path.join(root, 'topics'),
    entities: ownOrBundled(root, 'entities.yaml'),
    outlets: ownOrBundled(root, 'outlets.yaml'),
    boilerplate: ownOrBundled(root, 'boilerplate.yaml'),
    framing: ownOrBundled(root, 'framing.yaml'),
    briefing: path.join(root, 'briefing.yaml'),
    annotated: path.join(root, 'annotated'),
    manifest: path.join(root, 'briefing.json'),
  };
}
