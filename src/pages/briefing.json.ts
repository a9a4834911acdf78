/**
 * `/briefing.json`: the manifest exactly as the pipeline wrote it, byte for byte, streamed
 * from the file: at 10,000 articles it is ~0.4 GB, and reading it whole (then copying it
 * into the response) held three copies at once, the render's peak (3.2 GB, measured).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { APIRoute } from 'astro';

/** Absolute path of the manifest, resolved in `astro.config.mjs` from `BRIEFING_CONTENT` (in `npm run build`, its copy beside the site). */
const manifest: string = import.meta.env.BRIEFING_MANIFEST;

export const GET: APIRoute = () =>
  new Response(Readable.toWeb(createReadStream(manifest)) as ReadableStream<Uint8Array>, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
