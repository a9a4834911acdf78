/**
 * The manifest for the pages, read from disk: `briefing.json` parsed and validated once
 * per build (and again in `astro dev` only when the file changed), and its fingerprint for
 * "cite this page". Node-only (reads the file). The pages get it as typed data through
 * `briefing.ts`; nothing else on the site side reads the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { z } from 'zod';
import { Briefing } from '../schema/briefing.ts';

/** Absolute path of the manifest, resolved in `astro.config.mjs` from `BRIEFING_CONTENT` (in `npm run build`, its copy beside the site). */
const manifest: string = import.meta.env.BRIEFING_MANIFEST;

interface Read {
  /** mtime and size of the file when it was read: in `astro dev` a change reads it again. */
  stamp: string;
  briefing: Briefing;
  digest: string;
}

let last: Read | undefined;

const stampOf = () => {
  try {
    const stat = statSync(manifest);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
};

function read(): Read {
  // A build reads the file once; `astro dev` looks at its stamp on every call.
  if (last && !import.meta.env.DEV) return last;
  const stamp = stampOf();
  if (last && last.stamp === stamp) return last;
  let bytes: Buffer;
  try {
    bytes = readFileSync(manifest);
  } catch {
    throw new AstroError(
      `No briefing manifest at ${manifest}.`,
      'Run `npm run annotate` to write `briefing.json` into the content folder (or set BRIEFING_CONTENT to a folder that has one).',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AstroError(`${manifest} is not JSON: ${(error as Error).message}`, 'Run `npm run annotate` again to rewrite it.');
  }
  const parsed = Briefing.safeParse(json);
  if (!parsed.success) {
    throw new AstroError(
      `${manifest} does not match the manifest schema:\n${z.prettifyError(parsed.error).slice(0, 2000)}`,
      'Run `npm run annotate` again to rewrite it.',
    );
  }
  last = { stamp, briefing: parsed.data, digest: createHash('sha256').update(bytes).digest('hex') };
  return last;
}

/** The manifest, validated by its schema. Throws an AstroError naming the file when it is missing or invalid. */
export function readManifest(): Briefing {
  return read().briefing;
}

/** Hex SHA-256 of `briefing.json` as published, so a citation names the exact data it was read from. */
export function manifestDigest(): string {
  return read().digest;
}
