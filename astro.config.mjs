// @ts-check
/**
 * Astro configuration for the Briefing site. Environment:
 * - BRIEFING_OUT: output folder (default `dist`)
 * - BRIEFING_SITE: absolute site URL (default `https://briefing.example`)
 * - BRIEFING_BASE: base path the site is served under (default `/`)
 * - BRIEFING_CONTENT: content folder, read by `src/content.config.ts`
 */
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { contentPaths } from './src/content-fs/paths.ts';
import reannotate from './src/integrations/reannotate.ts';
import renderOrder from './src/integrations/render-order.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { prefixedHeadingIds } from './src/integrations/heading-ids.ts';
import { siteAddress } from './src/build/site-address.ts';

/** @param {string} name @param {string} fallback */
const env = (name, fallback) => {
  const value = process.env[name];
  return value && value.length > 0 ? value : fallback;
};

/** Resolved here, where paths.ts runs from its own file: bundled page code cannot resolve it. */
const paths = contentPaths();

const address = siteAddress();

export default defineConfig({
  site: address.site,
  base: address.base,
  outDir: env('BRIEFING_OUT', 'dist'),
  trailingSlash: 'always',
  // Eight pages at once: with one, Astro waits on each page's file write before it renders the
  // next (a third of the render stage idle, profiled); eight cut the 1,000-article render from
  // 9.0–9.6 s to 6.8–7.6 s with byte-identical output (pages share no state as they render).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Article text is evidence: no smart quotes, dashes or ellipses may be substituted.
  // Headings of editors' Markdown get `user-content-` ids, which content cannot turn into page ids.
  // No syntax highlighting: Shiki colours code with inline styles, which the Content-Security-Policy
  // below forbids (and articles are prose); code blocks stay plain, as written.
  markdown: { processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [prefixedHeadingIds()] }), syntaxHighlight: false },
  // reannotate: in `astro dev`, annotates again whenever an article or definition is saved;
  // securityHeaders: after a build, `_headers` with the pages' Content-Security-Policy;
  // renderOrder: the article pages last, since in `npm run build` they wait for their bodies.
  integrations: [reannotate(), securityHeaders(), renderOrder()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page: Astro hashes the scripts and styles it
  // renders, so no 'unsafe-inline' is needed; Pagefind compiles WebAssembly ('wasm-unsafe-eval').
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Scripts as files, never inlined: the browser caches them once instead of every page
      // repeating them (~4 KB a page, 40 MB over 10,000 pages), and the offline shell holds them.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every compiled MDX module carries Astro's "use astro:head-inject" directive, and the
        // bundler warns about each one: one warning per article, and nothing to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    define: {
      // Read by src/lib/manifest-fs.ts and by src/pages/briefing.json.ts, which serves it unchanged. `npm run build`
      // has its copy of the manifest read (BRIEFING_BUILD_MANIFEST, src/build/annotate-child.ts).
      'import.meta.env.BRIEFING_MANIFEST': JSON.stringify(env('BRIEFING_BUILD_MANIFEST', paths.manifest)),
      // Read by src/lib/article-html-fs.ts: each article's body, rendered by the pipeline.
      'import.meta.env.BRIEFING_ANNOTATED': JSON.stringify(paths.annotated),
      // Written by scripts/build.ts from git, read by src/lib/history-fs.ts; unset in `astro dev`.
      'import.meta.env.BRIEFING_HISTORY': JSON.stringify(process.env.BRIEFING_HISTORY ?? ''),
    },
  },
});
