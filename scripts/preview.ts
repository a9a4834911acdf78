/**
 * `npm run preview`: serves the built site (BRIEFING_OUT, default ./dist) on
 * 127.0.0.1 with any static file server semantics — no server-side code.
 */
import path from 'node:path';
import { serveStatic } from '../src/build/static-server.ts';

const dir = path.resolve(process.env.BRIEFING_OUT ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const server = await serveStatic(dir, port);
console.log(`Serving ${dir} at ${server.url}  (Ctrl+C to stop)`);
