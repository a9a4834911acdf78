/**
 * A stage's process for tests/build/in-child.test.ts: reports progress as fast as it can, as
 * the render stage does for each page, then its result, and says how many it reported.
 */
import { sendProgress, sendResult } from '../../src/build/in-child.ts';

const count = Number(process.env.COUNT);
const started = performance.now();
for (let done = 1; done <= count; done++) {
  sendProgress(done);
  // A little work between reports, as between pages: the whole loop takes ~0.35 s.
  while (performance.now() - started < (done / count) * 350);
}
sendResult(count);
