/**
 * `npm run screenshots`: builds the bundled briefing into a temporary folder (or takes
 * the built site named by SCREENSHOTS_SITE), serves it on 127.0.0.1 and writes PNGs of
 * its main pages — desktop and mobile, light and dark — into `screenshots/`.
 * Needs Chromium (see the README); prints any console error a page logs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../src/build/static-server.ts';
import { chromiumPath, hasChromium, launchBrowser, watchErrors } from '../tests/helpers/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'screenshots');

if (!hasChromium) {
  console.error(`No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

let site = process.env.SCREENSHOTS_SITE;
let temporary: string | undefined;
if (!site) {
  temporary = mkdtempSync(path.join(tmpdir(), 'briefing-screenshots-'));
  site = path.join(temporary, 'dist');
  console.log('building the bundled briefing …');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.ts')], { cwd: root, env: { ...process.env, BRIEFING_OUT: site }, stdio: 'inherit' });
}
if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${site} has no index.html: build the site first.`);
  process.exit(1);
}

/** The pages to look at: the three the issue names first, then the rest of the site's page types. */
const manifest = (await import(path.join(site, 'briefing.json'), { with: { type: 'json' } })).default as {
  sources: { id: string }[];
  topics: { id: string }[];
};
const pages: [name: string, path: string][] = [
  ['overview', ''],
  ['topic', `topics/${manifest.topics[0]?.id}/`],
  ['article', `articles/${manifest.sources[0]?.id}/`],
  ['people', 'people/'],
  ['person', 'people/kim-jong-un/'],
  ['timeline', 'timeline/'],
  ['sources', 'sources/'],
  ['not-found', '404.html'],
];
const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;
const schemes = ['light', 'dark'] as const;
const only = process.env.SCREENSHOTS_ONLY?.split(',');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveStatic(site);
const browser = await launchBrowser();
let failures = 0;
try {
  for (const [name, urlPath] of pages) {
    if (only && !only.includes(name)) continue;
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const scheme of schemes) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const errors = watchErrors(page);
        const response = await page.goto(new URL(urlPath, server.url).href, { waitUntil: 'load' });
        if (!response || (response.status() >= 400 && name !== 'not-found')) errors.push(`HTTP ${response?.status()}`);
        const file = path.join(out, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        for (const error of errors) console.error(`${name} ${device} ${scheme}: ${error}`);
        failures += errors.length;
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
console.log(`wrote screenshots to ${path.relative(process.cwd(), out) || out}`);
if (failures > 0) process.exitCode = 1;
