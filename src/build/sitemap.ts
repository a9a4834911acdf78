/**
 * `sitemap.xml` (sitemaps.org 0.9) of a built site: every page's canonical URL, sorted, from
 * the built files themselves. Pages marked `noindex` (404, search) and Pagefind's files are left out. Over 50,000
 * pages (the protocol's limit) the build fails rather than write a sitemap crawlers reject.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './list-files.ts';
import type { SiteAddress } from './site-address.ts';

const NOINDEX = /<meta name="robots" content="noindex"/;
/** The start of a page, where its <head> says noindex: reading whole pages would cost a second at 1,000 articles. */
const HEAD_BYTES = 8192;
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeSitemap(siteDir: string, address: SiteAddress): number {
  const pages = listFiles(siteDir)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .filter((file) => !NOINDEX.test(head(path.join(siteDir, file))))
    .map((file) => new URL(`${address.base}${file.slice(0, -'index.html'.length)}`.split('/').map(encodeURIComponent).join('/'), address.site).href);
  if (pages.length > 50_000) throw new Error(`sitemap.xml: ${pages.length} pages, over the protocol's 50,000`);
  const body = pages.map((url) => `  <url><loc>${xml(url)}</loc></url>\n`).join('');
  writeFileSync(
    path.join(siteDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`,
  );
  return pages.length;
}
