/**
 * Builds the Pagefind search index for a built site through Pagefind's Node API.
 * Any error Pagefind reports is fatal; the service is always closed.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'en',
      // Footnote back-links repeat "↩" on every claim: not content.
      excludeSelectors: ['.data-footnote-backref', '[data-footnote-backref]'],
    });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    fail('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    fail('writeFiles', written.errors);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
