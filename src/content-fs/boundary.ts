/**
 * The content folder is a boundary: a file is read only when it is a regular
 * file inside the folder (a symbolic link may point elsewhere in it, not out of
 * it) and not larger than the limit. Everything else is refused with a
 * ContentError saying why. Node-only.
 */
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../schema/content-error.ts';

/** The largest content file read: 2 MB, some 300,000 words, far beyond any article. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device file';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Whether `file` (resolved) lies inside `root`; a root that does not exist holds nothing. */
function inside(file: string, root: string): boolean {
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    return false;
  }
  return file === real || file.startsWith(real.endsWith(path.sep) ? real : `${real}${path.sep}`);
}

/**
 * The bytes of `file`, which must resolve inside one of `roots`.
 * @param shown the file's name in messages.
 */
export function readContentFile(file: string, roots: readonly string[], shown: string): Uint8Array {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    const link = lstatSync(file, { throwIfNoEntry: false });
    throw new ContentError(
      shown,
      undefined,
      link?.isSymbolicLink() ? 'Refused: a symbolic link to nothing (its target is missing)' : 'Missing file: expected it to exist',
    );
  }
  if (!roots.some((root) => inside(real, root))) {
    throw new ContentError(shown, undefined, `Refused: a symbolic link out of the content folder (to ${real}); copy the file into the folder instead`);
  }
  const stats = statSync(real);
  if (!stats.isFile()) throw new ContentError(shown, undefined, `Refused: ${kindOf(stats)}, expected a text file`);
  if (stats.size > MAX_FILE_BYTES) {
    throw new ContentError(
      shown,
      undefined,
      `Refused: ${megabytes(stats.size)}, over the limit of ${megabytes(MAX_FILE_BYTES)} per file; split it into several articles`,
    );
  }
  const bytes = new Uint8Array(readFileSync(real));
  // It may have grown since it was measured.
  if (bytes.length > MAX_FILE_BYTES) throw new ContentError(shown, undefined, `Refused: over the limit of ${megabytes(MAX_FILE_BYTES)} per file`);
  return bytes;
}
