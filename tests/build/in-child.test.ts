import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_INTERVAL_MS, startChild } from '../../src/build/in-child.ts';
import { repoRoot } from '../helpers/seeds.ts';

const waitingChild = path.join(repoRoot, 'tests/helpers/waiting-child.ts');
const countingChild = path.join(repoRoot, 'tests/helpers/counting-child.ts');

describe('a stage that waits for its parent', () => {
  it('hears "manifest" before "articles", and not "articles" until it is sent', async () => {
    let told: ((heard: number) => void) | undefined;
    const heardFirst = new Promise<number>((resolve) => (told = resolve));
    const child = startChild<string[]>(waitingChild, { onProgress: (heard) => told?.(heard) });
    child.go('manifest');
    // The child has the manifest and is still waiting for the articles: one thing heard.
    expect(await heardFirst).toBe(1);
    child.go('articles');
    expect(await child.done).toEqual(['manifest', 'articles']);
  });

  it('takes "articles" alone to mean the manifest too', async () => {
    const child = startChild<string[]>(waitingChild);
    child.go('articles');
    expect(await child.done).toEqual(['manifest', 'articles']);
  });
});

describe('progress from a stage', () => {
  it('is sent at most every PROGRESS_INTERVAL_MS, in order, and ends with the last count before the result', async () => {
    const heard: number[] = [];
    const child = startChild<number>(countingChild, { env: { ...process.env, COUNT: '3000' }, onProgress: (done) => heard.push(done) });
    expect(await child.done).toBe(3000);
    // ~0.35 s of reports: the first at once, then one per interval at most, and the last.
    expect(heard[0]).toBe(1);
    expect(heard.at(-1)).toBe(3000);
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(350 / PROGRESS_INTERVAL_MS) + 2);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
  });
});
