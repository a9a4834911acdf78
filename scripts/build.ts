/**
 * `npm run build`: annotate the content folder (BRIEFING_CONTENT, default
 * ./content), build the site with Astro into BRIEFING_OUT (default ./dist), then
 * index it with Pagefind.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireModernNode } from './lib/node-version.ts';

requireModernNode();
// No build step may reach another host: Astro would otherwise send telemetry.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { annotateOrExit } = await import('./lib/annotate-content.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const annotated = annotateOrExit();
console.log(`annotated ${annotated.sources} articles, ${annotated.claims} claims`);

const { build } = await import('astro');
const { buildSearchIndex } = await import('./lib/search-index.ts');
await build({ root, force: true, logLevel: process.env.BRIEFING_LOG === 'info' ? 'info' : 'warn' });
const outDir = path.resolve(root, process.env.BRIEFING_OUT ?? 'dist');
// The manifest's JSON Schema is published beside it.
const { briefingJsonSchema } = await import('./lib/json-schema.ts');
writeFileSync(path.join(outDir, 'briefing.schema.json'), briefingJsonSchema());
const search = await buildSearchIndex(outDir);
console.log(`indexed ${search.pages} pages for search`);
console.log(`built ${path.relative(process.cwd(), outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
