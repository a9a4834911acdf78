/**
 * `node scripts/synthetic-content.ts <folder> [count]`: writes `count` (default 1,000)
 * synthetic articles into `<folder>/articles/`, for measuring a build of that size:
 * `BRIEFING_CONTENT=<folder> BRIEFING_OUT=<out> npm run build`. Not part of the tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticArticles } from '../src/eval/synthetic.ts';

const [folder, count = '1000'] = process.argv.slice(2);
if (!folder) {
  console.error('Usage: node scripts/synthetic-content.ts <folder> [count]');
  process.exit(2);
}
const articles = path.resolve(folder, 'articles');
rmSync(path.resolve(folder), { recursive: true, force: true });
mkdirSync(articles, { recursive: true });
for (const file of syntheticArticles(Number(count))) writeFileSync(path.join(articles, file.file), file.bytes);
console.log(`wrote ${count} articles to ${articles}`);
