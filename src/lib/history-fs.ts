/** The revision history the build made from git (`src/build/history.ts`). Node-only (reads the file). */
import { readFileSync } from 'node:fs';
import { History } from '../schema/history.ts';

/** Path of the history file, set by `scripts/build.ts`; empty in `astro dev`. */
const file: string = import.meta.env.BRIEFING_HISTORY;

let cached: History | undefined;

export function loadHistory(): History {
  if (cached) return cached;
  cached = file ? History.parse(JSON.parse(readFileSync(file, 'utf8'))) : { status: 'unavailable', revisions: [], truncated: false };
  return cached;
}
