/**
 * Vitest global setup for the site tests: builds the bundled briefing (from a
 * copy of content/, so tests never touch the repository's files) and a hostile
 * briefing, each with the real build script, into tests/.tmp.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './seeds.ts';

/** Where the test builds go; BRIEFING_TEST_TMP lets two test runs on one machine stay apart. */
export const tmp = path.resolve(process.env.BRIEFING_TEST_TMP ?? path.join(repoRoot, 'tests/.tmp'));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Built bundled briefing: content copy and site. */
    seeds: { content: string; site: string; seconds: number };
    /** Built briefing of tests/fixtures/hostile. */
    hostile: { content: string; site: string; seconds: number };
  }
}

/**
 * The environment of a real build: Vitest's own variables (BASE_URL, MODE, PROD,
 * DEV, SSR) would otherwise reach Astro and override its base path and mode.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'PROD', 'DEV', 'SSR']) delete env[name];
  return env;
}

function buildSite(name: string, contentFrom: string): { content: string; site: string; seconds: number } {
  const content = path.join(tmp, name, 'content');
  const site = path.join(tmp, name, 'dist');
  rmSync(path.join(tmp, name), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(contentFrom, content, { recursive: true });
  const started = performance.now();
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], {
    cwd: repoRoot,
    env: { ...buildEnvironment(), BRIEFING_CONTENT: content, BRIEFING_OUT: site },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { content, site, seconds: (performance.now() - started) / 1000 };
}

export default function setup(project: TestProject): void {
  project.provide('seeds', buildSite('seeds', path.join(repoRoot, 'content')));
  project.provide('hostile', buildSite('hostile', path.join(repoRoot, 'tests/fixtures/hostile')));
}
