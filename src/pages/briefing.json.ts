/** `/briefing.json`: the manifest exactly as the pipeline wrote it, byte for byte. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';

/** Absolute path of the manifest, resolved in `astro.config.mjs` from `BRIEFING_CONTENT`. */
const manifest: string = import.meta.env.BRIEFING_MANIFEST;

export const GET: APIRoute = async () => {
  const bytes = await readFile(manifest);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
