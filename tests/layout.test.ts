/**
 * The folders keep their roles: product code under `src/` never imports the `npm run`
 * entry points under `scripts/` (they import `src/`, never the other way), nor the tests.
 * Every relative import of every `.ts`, `.mjs` and `.astro` file under `src/` is read with
 * TypeScript's own import scanner and resolved against its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The code parts of a file: an `.astro` file's front matter and `<script>` blocks, else all of it. */
function codeOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontMatter?.[1]) parts.push(frontMatter[1]);
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) if (script[1]) parts.push(script[1]);
  return parts;
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(file: string, text: string): string[] {
  return codeOf(file, text).flatMap((code) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName));
}

/** Files under `src/` whose relative imports reach into one of `forbidden` (folders of the repository). */
function crossings(files: { file: string; text: string }[], forbidden: string[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    for (const specifier of importsOf(file, text)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.relative(root, path.resolve(root, path.dirname(file), specifier));
      if (forbidden.some((folder) => target === folder || target.startsWith(`${folder}/`))) found.push(`${file} imports ${specifier}`);
    }
  }
  return found;
}

const sourceFiles = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|mjs|astro)$/.test(f))
  .map((f) => path.join('src', f))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));

describe('layout', () => {
  it('reads the imports of every kind of file under src/', () => {
    expect(sourceFiles.length).toBeGreaterThan(50);
    const integration = sourceFiles.find((f) => f.file === 'src/integrations/reannotate.ts');
    expect(importsOf(integration!.file, integration!.text)).toContain('../content-fs/annotate-content.ts');
    const layout = sourceFiles.find((f) => f.file === 'src/layouts/Page.astro');
    expect(importsOf(layout!.file, layout!.text)).toContain('../lib/url.ts');
  });

  it('src/ imports nothing from scripts/ or tests/', () => {
    expect(crossings(sourceFiles, ['scripts', 'tests'])).toEqual([]);
  });

  it('finds a crossing when there is one', () => {
    const planted = [
      { file: 'src/integrations/x.ts', text: "import { annotate } from '../../scripts/annotate.ts';" },
      { file: 'src/components/X.astro', text: "---\nimport a from '../../tests/helpers/html.ts';\n---\n<p>import b from '../../scripts/y.ts'</p>" },
      { file: 'src/build/y.ts', text: "const m = await import('../../scripts/lib/z.ts');" },
    ];
    expect(crossings(planted, ['scripts', 'tests'])).toEqual([
      'src/integrations/x.ts imports ../../scripts/annotate.ts',
      'src/components/X.astro imports ../../tests/helpers/html.ts',
      'src/build/y.ts imports ../../scripts/lib/z.ts',
    ]);
  });
});
