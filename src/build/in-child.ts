/**
 * Runs one stage of the build in a child process of its own, so that its memory goes back
 * to the system before the next stage starts: V8 keeps a grown heap for the life of its
 * process, and annotation, Astro's render and Pagefind's index each peak on their own.
 * Measured at 1,000 articles: in one process the annotator's heap (~0.7 GB) stayed while
 * Astro grew on top of it, and Astro's (~2 GB) while Pagefind indexed.
 *
 * The child's output goes straight to the terminal. It talks back with `ChildMessage`s:
 * progress as it goes (`sendProgress`), what it has made ready for the next stage
 * (`sendReady`), and its result once (`sendResult`). A child that
 * exits non-zero rejects with its exit code.
 */
import { fork } from 'node:child_process';

export class ChildFailed extends Error {
  readonly script: string;
  readonly code: number;
  constructor(script: string, code: number) {
    super(`${script} exited with code ${code}`);
    this.script = script;
    this.code = code;
  }
}

/** What a stage's process sends its parent. */
export type ChildMessage = { type: 'progress'; done: number } | { type: 'ready'; ready: Readiness } | { type: 'result'; value: unknown };

/**
 * What the render stage waits for: the manifest, which every page reads, then the articles'
 * annotated bodies, which the article pages read. The annotation writes the manifest first.
 */
export type Readiness = 'manifest' | 'articles';

/** What the parent sends a stage's process: that what it waits for (`waitForParent`) is ready; the articles mean the manifest too. */
type ParentMessage = { type: 'go'; ready: Readiness };

/**
 * Where a waiting stage keeps its promise: a registered symbol, the same in every copy of
 * this module, since Vite bundles one into the site's page code and the build imports another.
 */
const WAITING = Symbol.for('briefing.build.waiting-for-parent');

/**
 * In a stage's process: from now on, `untilParentReady()` waits until the parent says go
 * (`StartedChild.go`). The render stage starts Astro while the articles are still being
 * annotated: its pages wait for the manifest, and the article pages for their bodies too.
 */
export function waitForParent(): void {
  const manifest = Promise.withResolvers<void>();
  const articles = Promise.withResolvers<void>();
  const waiting: Record<Readiness, Promise<void>> = { manifest: manifest.promise, articles: articles.promise };
  const onMessage = (message: ParentMessage) => {
    if (message?.type !== 'go') return;
    manifest.resolve();
    if (message.ready !== 'articles') return;
    articles.resolve();
    process.off('message', onMessage);
    // The channel must not keep the process alive once the stage is done.
    process.channel?.unref();
  };
  process.on('message', onMessage);
  (globalThis as Record<symbol, unknown>)[WAITING] = waiting;
}

/** Resolves once the parent has said `ready` is ready, or at once when nothing waits (`astro dev`, a build not started by `npm run build`). */
export function untilParentReady(ready: Readiness = 'manifest'): Promise<void> {
  const waiting = (globalThis as Record<symbol, unknown>)[WAITING] as Record<Readiness, Promise<void>> | undefined;
  return waiting?.[ready] ?? Promise.resolve();
}

/** In a stage's process: what it has made ready for the next stage, before its result (no-op when not run by `startChild`). */
export function sendReady(ready: Readiness): void {
  process.send?.({ type: 'ready', ready } satisfies ChildMessage);
}

/**
 * Progress is sent at most this often: sent for every page, the messages took ~0.33 s of the
 * render's one thread at 1,000 articles (measured, `--cpu-prof`). A progress line needs no more.
 */
export const PROGRESS_INTERVAL_MS = 100;

/** The progress not yet sent, in every copy of this module (as `WAITING`): the count, when the last was sent, the timer that sends it. */
interface PendingProgress {
  done: number | undefined;
  sentAt: number;
  timer: NodeJS.Timeout | undefined;
}

const PROGRESS = Symbol.for('briefing.build.progress');

function pendingProgress(): PendingProgress {
  const global = globalThis as Record<symbol, unknown>;
  global[PROGRESS] ??= { done: undefined, sentAt: Number.NEGATIVE_INFINITY, timer: undefined } satisfies PendingProgress;
  return global[PROGRESS] as PendingProgress;
}

/** Sends the count not yet sent, if any. */
function flushProgress(): void {
  const pending = pendingProgress();
  clearTimeout(pending.timer);
  pending.timer = undefined;
  if (pending.done === undefined) return;
  process.send?.({ type: 'progress', done: pending.done } satisfies ChildMessage);
  pending.done = undefined;
  pending.sentAt = performance.now();
}

/**
 * In a stage's process: how many things it has done so far (no-op when not run by
 * `startChild`). Sent at once when the last was sent `PROGRESS_INTERVAL_MS` ago or more;
 * otherwise the latest count is sent when that time is up, or with the result, whichever
 * comes first, so the parent always hears the last count.
 */
export function sendProgress(done: number): void {
  if (!process.send) return;
  const pending = pendingProgress();
  pending.done = done;
  const since = performance.now() - pending.sentAt;
  if (since >= PROGRESS_INTERVAL_MS) flushProgress();
  else pending.timer ??= setTimeout(flushProgress, PROGRESS_INTERVAL_MS - since);
}

/** CPU seconds (user and system) this process has used: what a stage reports with its result. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** In a stage's process: its result, sent once at the end, after the last progress. */
export function sendResult(value: unknown): void {
  flushProgress();
  process.send?.({ type: 'result', value } satisfies ChildMessage);
}

/** A stage's process, started: its outcome, and the means to let it go on or to stop it. */
export interface StartedChild<T> {
  done: Promise<T | undefined>;
  /** Tells a child that `waitForParent`s that `ready` is ready (default: everything). */
  go(ready?: Readiness): void;
  /** Stops it (a stage before it failed). */
  stop(): void;
}

/**
 * A stage's outcome as a value, for a child started before its outcome is awaited: its
 * failure meanwhile is then not an unhandled rejection.
 */
export const settled = <T>(outcome: Promise<T>): Promise<{ value: T } | { error: unknown }> =>
  outcome.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/** What the parent does with a child's messages, and the child's environment (default: the parent's). */
export interface ChildOptions {
  onProgress?: (done: number) => void;
  onReady?: (ready: Readiness) => void;
  env?: NodeJS.ProcessEnv;
}

export function startChild<T>(script: string, { onProgress, onReady, env = process.env }: ChildOptions = {}): StartedChild<T> {
  const child = fork(script, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<T | undefined>((resolve, reject) => {
    let result: T | undefined;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') onProgress?.(message.done);
      else if (message.type === 'ready') onReady?.(message.ready);
      else result = message.value as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(result);
      else reject(new ChildFailed(script, code ?? (signal ? 128 : 1)));
    });
  });
  return {
    done,
    // A child that has already ended (and failed) has no channel left: its outcome says why.
    go: (ready = 'articles') => {
      if (child.connected) child.send({ type: 'go', ready } satisfies ParentMessage);
    },
    stop: () => child.kill(),
  };
}
