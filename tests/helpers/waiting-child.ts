/**
 * A stage's process for tests/build/in-child.test.ts: waits for the parent as the render stage
 * does, and says what it has been told, in order: "manifest" then "articles".
 */
import { sendProgress, sendResult, untilParentReady, waitForParent } from '../../src/build/in-child.ts';

waitForParent();
const heard: string[] = [];
const articles = untilParentReady('articles').then(() => heard.push('articles'));
await untilParentReady('manifest');
heard.push('manifest');
// Told so far: the parent sends "articles" only once it has seen this.
sendProgress(heard.length);
await articles;
sendResult(heard);
