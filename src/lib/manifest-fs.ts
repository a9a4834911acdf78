/**
 * The manifest's fingerprint, for "cite this page": the SHA-256 of `briefing.json` as
 * published, so a citation names the exact data it was read from. Node-only (reads the file).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Absolute path of the manifest, resolved in `astro.config.mjs` from `BRIEFING_CONTENT`. */
const manifest: string = import.meta.env.BRIEFING_MANIFEST;

let cached: string | undefined;

/** Hex SHA-256 of `briefing.json` (read once per build; on every call in `astro dev`). */
export function manifestDigest(): string {
  if (cached && !import.meta.env.DEV) return cached;
  cached = createHash('sha256').update(readFileSync(manifest)).digest('hex');
  return cached;
}
