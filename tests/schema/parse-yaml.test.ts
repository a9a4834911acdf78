import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '../../src/schema/parse-yaml.ts';
import type { ContentErrors } from '../../src/schema/content-error.ts';
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

// Scalars on which YAML parsers are known to disagree: 1.1 booleans, octals, dates. The
// content schema depends on YAML 1.2's core schema: `published: 2025-03-01` is a string,
// `yes` is not a boolean, `017` is seventeen.
const scalars: [string, unknown][] = [
  ['a: yes', 'yes'],
  ['a: No', 'No'],
  ['a: on', 'on'],
  ['a: true', true],
  ['a: 0o17', 15],
  ['a: 017', 17],
  ['a: 0x1F', 31],
  ['a: 1_000', '1_000'],
  ['a: 2025-03-01', '2025-03-01'],
  ['a: 2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z'],
  ['a: 12:30', '12:30'],
  ['a: ~', null],
  ['a: x # comment', 'x'],
  ['a: http://x.test/a#b', 'http://x.test/a#b'],
  ["a: 'it''s'", "it's"],
];

describe('parseYaml', () => {
  it('reads every YAML document in the repository', () => {
    const all = documents();
    expect(all.length).toBeGreaterThan(15);
    for (const [file, text] of all) expect(() => parseYaml(text, z.unknown(), file), file).not.toThrow();
  });

  it('reads scalars as YAML 1.2 with the core schema', () => {
    for (const [text, value] of scalars) expect(parseYaml(text, z.object({ a: z.unknown() }), 'x.yaml').a, text).toEqual(value);
  });

  it('names the line of a syntax error and of a schema issue', () => {
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
