import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml, quickParse } from '../../src/schema/parse-yaml.ts';
import { ContentErrors } from '../../src/schema/content-error.ts';
import { repoRoot } from '../helpers/seeds.ts';

/** Every YAML document in the repository's content and fixtures: files, and front matter of articles and topics. */
function documents(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.ya?ml$/.test(name)) found.push([file, readFileSync(file, 'utf8')]);
      else if (/\.(?:md|txt)$/.test(name)) {
        const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
        if (front) found.push([file, front[1]!]);
      }
    }
  };
  for (const dir of ['content', 'tests/fixtures']) walk(path.join(repoRoot, dir));
  return found;
}

// Scalars on which YAML parsers are known to disagree: 1.1 booleans, octals, binary,
// timestamps, special floats, signs, quoting and escapes, folding, comments.
const tricky = [
  'a: yes', 'a: No', 'a: on', 'a: 0o17', 'a: 017', 'a: 0b101', 'a: 0x1F', 'a: -0x1F', 'a: +12', 'a: 1_000', 'a: 1e3', 'a: .5', 'a: 1.',
  'a: .inf', 'a: -.Inf', 'a: .NaN', 'a: ~', 'a: Null', 'a: 2025-03-01', 'a: 2025-03-01T10:00:00Z', 'a: 12:30', 'a: "x\\ty\\u00e9"',
  "a: 'it''s'", 'a: x # comment', 'a: http://x.test/a#b', 'a: |\n  one\n  two\n', 'a: >\n  one\n  two\n', 'a:\n  - b\n  - c',
  'a: [b, "c, d"]', 'a: {b: 1}', 'a: "multi\n  line"', 'a: plain\n  continued', 'a: &x 1\nb: *x', 'a: !!str 1', '? a\n: b', 'a: ""', 'a:',
];

describe('parseYaml', () => {
  it('reads every YAML document in the repository the same with both parsers', () => {
    const all = documents();
    expect(all.length).toBeGreaterThan(15);
    for (const [file, text] of all) {
      const quick = quickParse(text);
      expect(quick.ok, file).toBe(true);
      if (quick.ok) expect(quick.value, file).toEqual(parse(text) ?? null);
    }
  });

  it('agrees with yaml wherever the fast parser accepts a tricky scalar', () => {
    let accepted = 0;
    for (const text of tricky) {
      const quick = quickParse(text);
      if (!quick.ok) continue;
      accepted++;
      expect(quick.value, text).toEqual(parse(text));
    }
    // The comparison must have run on most of them, not been skipped for all.
    expect(accepted).toBeGreaterThan(tricky.length / 2);
    expect(accepted).toBeGreaterThan(30);
  });

  it('still names the line of an error the fast parser or the schema rejects', () => {
    const schema = z.object({ title: z.string(), order: z.number() }).strict();
    const line = (text: string) => {
      try {
        parseYaml(text, schema, 'topic.md', 2);
      } catch (error) {
        return (error as ContentErrors).errors.map((e) => e.line);
      }
      return null;
    };
    expect(line('title: A\norder: 0b10')).toEqual([3]);
    expect(line('title: A\ntitle: B\norder: 1')).toEqual([3]);
    expect(line('title: [A\norder: 1')).not.toBeNull();
  });
});
