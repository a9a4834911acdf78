/**
 * A briefing an archivist can keep: two builds of one commit in two folders are the same
 * byte for byte, the bag's manifest verifies a build and names every file tampered with,
 * and a build that fails, for whatever reason, leaves the previous site as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BAG_INFO, MANIFEST, TAG_FILES, verifyBag } from '../../src/build/bag.ts';
import { checkPages, checkSite } from '../../src/build/check-site.ts';
import { siteAddress } from '../../src/build/site-address.ts';
import { listFiles } from '../helpers/html.ts';
import { tmp } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/seeds.ts';

const seeds = inject('seeds');
const again = inject('seedsAgain');

/** A scratch copy of the seeds' site, for tampering. */
function copyOfSeeds(name: string): string {
  const folder = path.join(tmp, 'archive', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.dirname(folder), { recursive: true });
  cpSync(seeds.site, folder, { recursive: true });
  return folder;
}

/** Every file's bytes, as one map: what "the same site" means. */
const snapshot = (dir: string) => new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));

const verifyCli = (folder: string) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/verify.ts'), folder], { encoding: 'utf8' });

describe('two builds of one commit', () => {
  it('give the same site, every file byte for byte, in another folder and time zone', () => {
    const a = listFiles(seeds.site);
    const b = listFiles(again.site);
    expect(b).toEqual(a);
    const differ = a.filter((file) => !readFileSync(path.join(seeds.site, file)).equals(readFileSync(path.join(again.site, file))));
    expect(differ).toEqual([]);
    // The index's filters are there to compare: the check covers Pagefind's unstable files.
    expect(a.filter((file) => file.startsWith('pagefind/filter/')).length).toBeGreaterThan(2);
  });

  it('write the same annotated MDX and manifest', () => {
    const files = ['briefing.json', ...listFiles(path.join(seeds.content, 'annotated')).map((file) => `annotated/${file}`)];
    for (const file of files) {
      expect(readFileSync(path.join(again.content, file)).equals(readFileSync(path.join(seeds.content, file))), file).toBe(true);
    }
  });
});

describe('the bag of a build', () => {
  it('lists every file of the site but its own tag files, and verifies', () => {
    const manifest = readFileSync(path.join(seeds.site, MANIFEST), 'utf8').trim().split('\n');
    const payload = listFiles(seeds.site).filter((file) => !TAG_FILES.includes(file));
    expect(manifest.map((line) => line.replace(/^[0-9a-f]{64} {2}data\//, ''))).toEqual(payload);
    const info = readFileSync(path.join(seeds.site, BAG_INFO), 'utf8');
    const bytes = payload.reduce((sum, file) => sum + statSync(path.join(seeds.site, file)).size, 0);
    expect(info).toContain(`Payload-Oxum: ${bytes}.${payload.length}\n`);
    expect(info).toMatch(/^Briefing-Sources: 2$/m);
    const result = verifyCli(seeds.site);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('dates a build and names its commit from git, not the clock', () => {
    const info = readFileSync(path.join(seeds.site, BAG_INFO), 'utf8');
    const inGit = spawnSync('git', ['-C', seeds.content, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
    if (inGit.status === 0) {
      const [commit, seconds] = execFileSync('git', ['-C', seeds.content, 'log', '-1', '--format=%H %ct'], { encoding: 'utf8' }).trim().split(' ');
      expect(info).toContain(`Source-Commit: ${commit}\n`);
      expect(info).toMatch(/^Source-Modified: (?:no|yes \(tracked files differ from the commit\))$/m);
      expect(info).toContain(`Build-Date: ${new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z')}\n`);
    } else {
      expect(info).toContain('Source-Commit: none');
      expect(info).not.toContain('Bagging-Date');
    }
  });

  it('catches one byte changed, a file removed and a file added, and names each', () => {
    const folder = copyOfSeeds('tampered');
    const victim = listFiles(folder).find((file) => /^articles\/[^/]+\/index\.html$/.test(file))!;
    const bytes = readFileSync(path.join(folder, victim));
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 1;
    writeFileSync(path.join(folder, victim), bytes);
    expect(verifyBag(folder).changed).toEqual([victim]);

    unlinkSync(path.join(folder, 'pagefind/pagefind-entry.json'));
    writeFileSync(path.join(folder, 'extra.html'), '<p>not built</p>');
    const result = verifyCli(folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`changed: ${victim}`);
    expect(result.stderr).toContain('missing: pagefind/pagefind-entry.json');
    expect(result.stderr).toContain('added: extra.html');
  });

  it('catches a tag file changed', () => {
    const folder = copyOfSeeds('tag-tampered');
    appendFileSync(path.join(folder, BAG_INFO), 'Source-Commit: forged\n');
    expect(verifyBag(folder).problems).toEqual([`tag file ${BAG_INFO} has changed`]);
    expect(verifyCli(folder).status).toBe(1);
  });

  it('verifies in BagIt’s own layout too, the site moved into data/', () => {
    const folder = path.join(tmp, 'archive', 'rfc-layout');
    rmSync(folder, { recursive: true, force: true });
    cpSync(seeds.site, path.join(folder, 'data'), { recursive: true });
    for (const tag of TAG_FILES) cpSync(path.join(folder, 'data', tag), path.join(folder, tag));
    for (const tag of TAG_FILES) unlinkSync(path.join(folder, 'data', tag));
    expect(verifyCli(folder).status).toBe(0);
    appendFileSync(path.join(folder, 'data/index.html'), ' ');
    expect(verifyBag(folder).changed).toEqual(['index.html']);
  });
});

describe('the checks a build makes before it replaces the last site', () => {
  const address = siteAddress({});
  const pagefindFiles = () =>
    listFiles(seeds.site)
      .filter((file) => file.startsWith('pagefind/'))
      .map((file) => ({ path: file, bytes: statSync(path.join(seeds.site, file)).size }));

  it('pass on a good build', () => {
    expect(checkSite(seeds.site, address, pagefindFiles())).toEqual([]);
  });

  it('fail on an empty Pagefind stylesheet, naming the file and the pages that load it', () => {
    const folder = copyOfSeeds('empty-css');
    const written = pagefindFiles();
    truncateSync(path.join(folder, 'pagefind/pagefind-component-ui.css'), 0);
    const problems = checkSite(folder, address, written);
    expect(problems).toContain(
      `pagefind/pagefind-component-ui.css: 0 bytes, Pagefind made ${statSync(path.join(seeds.site, 'pagefind/pagefind-component-ui.css')).size}`,
    );
    expect(problems).toContain('changed: pagefind/pagefind-component-ui.css');
  });

  it('fail on a missing stylesheet a page links, and on a missing index chunk', () => {
    const folder = copyOfSeeds('missing');
    const css = listFiles(folder).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    unlinkSync(path.join(folder, css));
    const fragment = listFiles(folder).find((file) => file.startsWith('pagefind/fragment/'))!;
    unlinkSync(path.join(folder, fragment));
    const problems = checkSite(folder, address, pagefindFiles());
    expect(problems).toContain(`index.html: /${css} (no ${css})`);
    expect(problems.some((line) => line.endsWith(`names ${fragment}, which is missing`))).toBe(true);
    expect(problems).toContain(`missing: ${css}`);
  });

  it('read the pages while Pagefind writes: a file written after the pages were read is looked at when the build is done', () => {
    const folder = copyOfSeeds('pages-first');
    const written = pagefindFiles();
    // As the build has it when the page check starts: no index yet.
    cpSync(path.join(folder, 'pagefind'), path.join(folder, '..', 'pages-first-index'), { recursive: true });
    rmSync(path.join(folder, 'pagefind'), { recursive: true });
    const pages = checkPages(folder, address);
    expect(pages.problems).toEqual([]);
    expect(pages.pending.map((reference) => reference.file)).toContain('pagefind/pagefind-component-ui.css');
    // Pagefind writes its files, but for the stylesheet every page loads.
    cpSync(path.join(folder, '..', 'pages-first-index'), path.join(folder, 'pagefind'), { recursive: true });
    unlinkSync(path.join(folder, 'pagefind/pagefind-component-ui.css'));
    const problems = checkSite(folder, address, written, pages);
    expect(problems).toContain('index.html: /pagefind/pagefind-component-ui.css (no pagefind/pagefind-component-ui.css)');
    expect(problems.filter((line) => line.includes('(no ')).every((line) => line.endsWith('(no pagefind/pagefind-component-ui.css)'))).toBe(true);
    // The same problems as reading the pages after everything is written.
    expect([...problems].sort()).toEqual([...checkSite(folder, address, written)].sort());
  });

  it('hold every page to the home page’s Content-Security-Policy, and `_headers` to serving it', () => {
    const folder = copyOfSeeds('policy');
    const written = pagefindFiles();
    const policyTag = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/;
    const history = path.join(folder, 'history/index.html');
    writeFileSync(history, readFileSync(history, 'utf8').replace(policyTag, ''));
    const sources = path.join(folder, 'sources/index.html');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace(/(content-security-policy" content=")/, "$1script-src 'unsafe-inline';"));
    appendFileSync(path.join(folder, '_headers'), '  X-Extra: 1\n');
    const problems = checkSite(folder, address, written).filter((line) => !line.startsWith('changed: '));
    expect(problems).toEqual([
      'history/index.html: no Content-Security-Policy meta tag',
      "sources/index.html: a Content-Security-Policy unlike the home page's",
      "_headers: not the pages' Content-Security-Policy",
    ]);
  });

  it('look for references in tags only: a link an article writes as text is text', () => {
    const folder = copyOfSeeds('text-link');
    const page = path.join(folder, 'history/index.html');
    const html = readFileSync(page, 'utf8').replace(
      '</main>',
      '<p>&#x3C;a href="/gone/" title="a > b">text&#x3C;/a></p><a title="x > y" class="c" href="/also-gone/">real</a></main>',
    );
    writeFileSync(page, html);
    const problems = checkSite(folder, address, pagefindFiles()).filter((line) => !line.startsWith('changed: '));
    expect(problems).toEqual(['history/index.html: /also-gone/ (no also-gone/index.html)']);
  });
});

describe('a build that fails', () => {
  const env = (out: string, content: string, extra: NodeJS.ProcessEnv = {}) => {
    const vars: NodeJS.ProcessEnv = { ...process.env, BRIEFING_OUT: out, BRIEFING_CONTENT: content, ...extra };
    for (const name of ['BASE_URL', 'MODE', 'PROD', 'DEV', 'SSR']) delete vars[name];
    return vars;
  };
  const build = (out: string, content: string, extra?: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], { cwd: repoRoot, env: env(out, content, extra), encoding: 'utf8' });

  it('on a content mistake, leaves the previous site untouched', () => {
    const out = copyOfSeeds('previous-content');
    const before = snapshot(out);
    const content = path.join(tmp, 'archive', 'broken-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(seeds.content, content, { recursive: true });
    const article = path.join(content, 'articles', listFiles(path.join(content, 'articles'))[0]!);
    writeFileSync(article, `---\npublished: not a date\n---\n${readFileSync(article, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}`);
    const result = build(out, content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('published');
    expect(snapshot(out)).toEqual(before);
  });

  it('on an internal error after annotating (Astro fails), leaves the previous site untouched and no staging folder', () => {
    const out = copyOfSeeds('previous-internal');
    const before = snapshot(out);
    const content = path.join(tmp, 'archive', 'internal-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(seeds.content, content, { recursive: true });
    const result = build(out, content, { BRIEFING_SITE: 'not a url' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the previous site');
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});
