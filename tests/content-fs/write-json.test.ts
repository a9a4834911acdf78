import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../src/content-fs/write-json.ts';
import { bundled } from '../helpers/seeds.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-json-'));
const written = (value: unknown) => {
  const file = path.join(dir, 'out.json');
  writeJsonFile(file, value);
  return readFileSync(file, 'utf8');
};

describe('writeJsonFile', () => {
  it('writes the bundled manifest exactly as JSON.stringify with two spaces does', () => {
    const manifest = JSON.parse(readFileSync(bundled.manifest, 'utf8'));
    expect(written(manifest)).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('writes any JSON value, and what JSON leaves out, exactly as JSON.stringify does', () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined), fc.array(fc.constant(undefined)))),
    );
    fc.assert(
      fc.property(anything, (value) => {
        expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
