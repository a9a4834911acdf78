/**
 * Holds every page until the manifest is written, and counts the pages a build renders, for `npm run build`'s progress line ("rendering pages ·
 * 2,310 pages · 312/s"): the Astro stage runs in a child process (`src/build/astro-child.ts`)
 * and the count of pages rendered is reported to the parent (at most every
 * `PROGRESS_INTERVAL_MS`, and the last count always). Changes no response, and does nothing in
 * `astro dev` or when Astro is run by hand (there is no parent to tell).
 */
import { defineMiddleware } from 'astro:middleware';
import { sendProgress, untilParentReady } from './build/in-child.ts';

let rendered = 0;

export const onRequest = defineMiddleware(async (context, next) => {
  // In `npm run build`, Astro starts before the manifest is written: no page renders until it is.
  await untilParentReady();
  const response = await next();
  if (context.isPrerendered) sendProgress(++rendered);
  return response;
});
