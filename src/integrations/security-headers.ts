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

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The file it writes. */
export const HEADERS_FILE = '_headers';

/** The Content-Security-Policy a page's meta tag carries, as written in its HTML; undefined when it has none. */
export const pagePolicy = (html: string): string | undefined => META.exec(html)?.[1];

/** A meta tag's policy as a header carries it: its character references read. */
export const headerPolicy = (content: string): string => content.replace(/&#39;/g, "'").replace(/&amp;/g, '&');

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
      // The home page's policy. That every page has the same one is checked by the build's page
      // check, which reads every page anyway (`checkPages`); read here, every page's HTML once
      // more, it held the render stage ~0.35 s at 1,000 articles, after its last page.
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const policy = pagePolicy(readFileSync(path.join(out, 'index.html'), 'utf8'));
        if (policy === undefined) throw new Error('index.html: no Content-Security-Policy meta tag');
        writeFileSync(path.join(out, HEADERS_FILE), headersFile(headerPolicy(policy)));
      },
    },
  };
}
