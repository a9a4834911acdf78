/**
 * The render stage of `npm run build`, in a process of its own (`in-child.ts`): Astro's
 * build of the site into BRIEFING_OUT, quiet unless BRIEFING_LOG=info.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { cpuSeconds, sendResult } from './in-child.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
await build({ root, logLevel: process.env.BRIEFING_LOG === 'info' ? 'info' : 'warn' });
sendResult({ cpuSeconds: cpuSeconds() });
