/**
 * Astro integration for `npm run dev`: annotates the content folder when the dev server
 * starts, then again whenever an article, a topic or one of the definition files
 * (entities, outlets, boilerplate, framing, briefing) is saved, and reloads the open page:
 * the pages read `briefing.json` again when it changed (`src/lib/manifest-fs.ts`) and the
 * annotated MDX is a content collection. A mistake in the content is reported with its file and line, and the last
 * good annotations stay in place. Does nothing in `astro build` (the build script
 * annotates first).
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { annotate } from '../content-fs/annotate-content.ts';
import { contentPaths } from '../content-fs/paths.ts';
import { ContentError, ContentErrors } from '../schema/content-error.ts';

/** Saves closer together than this are annotated once. */
const SETTLE_MS = 30;

/** Runs the annotate step; returns false (and logs why) when the content has a mistake. */
function run(logger: AstroIntegrationLogger, reason: string): boolean {
  const started = performance.now();
  try {
    const result = annotate();
    logger.info(`${reason}: annotated ${result.sources} articles, ${result.claims} claims in ${Math.round(performance.now() - started)} ms`);
    return true;
  } catch (error) {
    if (error instanceof ContentError || error instanceof ContentErrors) {
      logger.error(`Content error, annotations unchanged:\n${error.message}`);
      return false;
    }
    throw error;
  }
}

export default function reannotate(): AstroIntegration {
  return {
    name: 'briefing:reannotate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'dev') run(logger, 'dev server starting');
      },
      'astro:server:setup': ({ server, logger }) => {
        const paths = contentPaths();
        const inputs = [paths.articles, paths.topics, paths.entities, paths.outlets, paths.boilerplate, paths.framing, paths.briefing];
        const isInput = (file: string) => inputs.some((input) => file === input || file.startsWith(`${input}${path.sep}`));
        server.watcher.add(inputs);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = new Set<string>();
        const onEvent = (file: string) => {
          if (!isInput(file)) return;
          changed.add(path.relative(paths.root, file));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const names = [...changed].sort().join(', ');
            changed.clear();
            if (run(logger, names)) server.environments.client.hot.send({ type: 'full-reload' });
          }, SETTLE_MS);
        };
        server.watcher.on('change', onEvent);
        server.watcher.on('add', onEvent);
        server.watcher.on('unlink', onEvent);
      },
    },
  };
}
