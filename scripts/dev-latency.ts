/**
 * `node scripts/dev-latency.ts`: measures how long `npm run dev` takes to show an edit.
 * Copies the bundled content to a temporary folder, starts `astro dev` on it, opens an
 * article in Chromium, then saves a changed sentence several times and times each save
 * until the open page shows it (the dev server re-annotates and the page reloads by itself).
 * Not part of the tests: it prints the timings.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/helpers/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.PORT ?? 4399);
const folder = mkdtempSync(path.join(tmpdir(), 'briefing-dev-'));
cpSync(path.join(root, 'content'), folder, { recursive: true });
const articleFile = readdirSync(path.join(folder, 'articles')).sort()[0]!;
const articlePath = path.join(folder, 'articles', articleFile);
const id = articleFile.replace(/\.[^.]+$/, '');
const original = readFileSync(articlePath, 'utf8');

const server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
  cwd: root,
  env: { ...process.env, BRIEFING_CONTENT: folder, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));

const url = `http://127.0.0.1:${port}/articles/${id}/`;
const browser = await launchBrowser();
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 300) throw new Error(`dev server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const page = await browser.newPage();
  await page.goto(url);
  // The first word of the article's first sentence, which every edit below replaces.
  const sentence = await page.locator('.article-text .claim').first().innerText();
  const word = sentence.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w))!;
  const timings: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const marker = `Edited${run}x`;
    const started = performance.now();
    writeFileSync(articlePath, original.replace(word, marker));
    await page.waitForFunction((text) => document.querySelector('.article-text')?.textContent?.includes(text) ?? false, marker, {
      timeout: 20_000,
      polling: 10,
    });
    timings.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(`save → updated page, ${runs} saves: ${timings.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, worst ${Math.round(sorted.at(-1)!)} ms`);
  if (process.env.VERBOSE) console.log(log);
} finally {
  await browser.close();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}
