/**
 * The real articles of `../shared/corpora` (read in place, never copied into the
 * repository): PolNeAR and Gender Gap Tracker files as they are, BASIL articles
 * with the outlet and date as front matter, as `events-content.mjs` writes them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corporaDir } from '../../src/eval/corpora.ts';
import type { ArticleFile } from '../../src/pipeline/annotate-briefing.ts';

export const haveCorpora = existsSync(corporaDir);
/** Tests needing the corpora may skip only locally: under CI a missing folder fails them. */
export const skipCorpora = !haveCorpora && !process.env.CI;

interface BasilEvent {
  triplet_uuid: string;
  articles: { source: string; file: string; date?: string }[];
}

const outlets: Record<string, string> = { fox: 'Fox News', nyt: 'New York Times', hpo: 'HuffPost' };
const encoder = new TextEncoder();

/** One folder's articles, file names prefixed with the corpus so that several can share a briefing. */
function folder(name: string): ArticleFile[] {
  const dir = path.join(corporaDir, name, 'articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file: `${name}-${file}`, bytes: new Uint8Array(readFileSync(path.join(dir, file))) }));
}

function basil(): ArticleFile[] {
  const base = path.join(corporaDir, 'basil-dev');
  const events: BasilEvent[] = JSON.parse(readFileSync(path.join(base, 'events.json'), 'utf8'));
  return events.flatMap((event) =>
    event.articles.map((article, n) => {
      const text = readFileSync(path.join(base, article.file), 'utf8');
      const front = `---\noutlet: "${outlets[article.source] ?? article.source}"\n${article.date ? `published: ${article.date}\n` : ''}---\n`;
      return { file: `basil-${event.triplet_uuid.replace(/[^A-Za-z0-9]+/g, '').slice(0, 12)}-${n}-${article.source}.txt`, bytes: encoder.encode(front + text) };
    }),
  );
}

/** Every article of the corpora, by corpus. */
export function corporaArticles(): Record<'polnear' | 'ggt' | 'basil', ArticleFile[]> {
  return { polnear: folder('polnear-dev'), ggt: folder('ggt-dev'), basil: basil() };
}
