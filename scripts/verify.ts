/**
 * `npm run verify [folder]`: checks a built or downloaded briefing (default ./dist, or
 * BRIEFING_OUT) against its BagIt manifest. Prints every file missing, added or changed
 * and exits 1 if there is any; exits 0 when every byte is as built.
 */
import path from 'node:path';
import { describeVerification, isIntact, verifyBag } from '../src/build/bag.ts';

const folder = path.resolve(process.argv[2] ?? process.env.BRIEFING_OUT ?? 'dist');
const result = verifyBag(folder);
const lines = describeVerification(result);
if (isIntact(result)) {
  console.log(`${path.relative(process.cwd(), folder) || folder}: intact, every file as its manifest-sha256.txt says`);
} else {
  console.error(
    `${path.relative(process.cwd(), folder) || folder}: does not match its manifest (${lines.length} ${lines.length === 1 ? 'problem' : 'problems'})`,
  );
  for (const line of lines) console.error(`  ${line}`);
  process.exitCode = 1;
}
