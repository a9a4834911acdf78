/**
 * The render stage of `npm run build`, in a process of its own (`in-child.ts`): Astro's
 * build of the site into BRIEFING_OUT, quiet unless BRIEFING_LOG=info. It starts while the
 * articles are still being annotated: Astro loads, syncs the topics and bundles the pages
 * meanwhile (~4 s at 1,000 articles), and no page reads the manifest before the parent
 * says it is written (`untilParentReady`, awaited by `loadBriefing` and the middleware).
 */
import { fileURLToPath } from 'node:url';
import { cpuSeconds, sendResult, waitForParent } from './in-child.ts';

waitForParent();
const { build } = await import('astro');

const root = fileURLToPath(new URL('../..', import.meta.url));
await build({ root, logLevel: process.env.BRIEFING_LOG === 'info' ? 'info' : 'warn' });
sendResult({ cpuSeconds: cpuSeconds() });
