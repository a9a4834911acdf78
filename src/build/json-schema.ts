/** The manifest's JSON Schema, generated from its zod schema (the single source of truth). */
import { z } from 'zod';
import { Briefing } from '../schema/briefing.ts';

export function briefingJsonSchema(): string {
  const schema = z.toJSONSchema(Briefing, { target: 'draft-2020-12', io: 'output' });
  return `${JSON.stringify({ ...schema, $id: 'briefing.schema.json' }, null, 2)}\n`;
}
