import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChild } from '../../src/build/in-child.ts';
import { repoRoot } from '../helpers/seeds.ts';

const waitingChild = path.join(repoRoot, 'tests/helpers/waiting-child.ts');

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
