/**
 * Astro integration for builds: writes `_headers` into the built site, for hosts
 * that read it (Netlify, Cloudflare Pages). It carries the Content-Security-Policy
 * that Astro puts in every page's meta tag (one policy for the whole site: Astro
 * hashes every inline script and style it renders), plus the directives a meta tag
 * cannot carry, and a few headers that keep browsers from guessing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../build/list-files.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy of every page, which must be the same one; throws (a bug) when a page has none or another. */
export function sitePolicy(dir: string): string {
  let policy: string | undefined;
  for (const file of listFiles(dir).filter((name) => name.endsWith('.html'))) {
    const found = META.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1];
    if (!found) throw new Error(`${file}: no Content-Security-Policy meta tag`);
    if (policy !== undefined && found !== policy) throw new Error(`${file}: a Content-Security-Policy unlike the other pages'`);
    policy = found;
  }
  if (policy === undefined) throw new Error('no pages to take a Content-Security-Policy from');
  return policy.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The `_headers` file for a built site. */
export function headersFile(policy: string): string {
  // frame-ancestors works only as a header: browsers ignore it in a meta tag.
  const full = `${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  return [
    '/*',
    `  Content-Security-Policy: ${full}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'briefing:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(path.join(out, '_headers'), headersFile(sitePolicy(out)));
      },
    },
  };
}
