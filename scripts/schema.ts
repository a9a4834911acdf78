/**
 * `npm run schema`: writes docs/briefing.schema.json, the JSON Schema of
 * briefing.json generated from src/schema/briefing.ts. A test checks that the
 * committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { briefingJsonSchema } from '../src/build/json-schema.ts';

const target = new URL('../docs/briefing.schema.json', import.meta.url);
writeFileSync(target, briefingJsonSchema());
console.log(`wrote ${target.pathname}`);
