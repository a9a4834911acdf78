import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema } from '../../src/build/json-schema.ts';

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

describe('the JSON Schema of briefing.json', () => {
  it('is committed as generated from the zod schema (run npm run schema after changing it)', () => {
    expect(readFileSync(new URL('../../docs/briefing.schema.json', import.meta.url), 'utf8')).toBe(briefingJsonSchema());
  });

  it('documents every property', () => {
    const undocumented: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undocumented.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      if (node.items) walk(node.items, `${path}[]`);
      for (const option of node.anyOf ?? []) walk(option, path);
    };
    walk(JSON.parse(briefingJsonSchema()) as SchemaNode, '$');
    expect(undocumented).toEqual([]);
  });
});
