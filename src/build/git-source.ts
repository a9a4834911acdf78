/**
 * What a build was made from, as git knows it: the commit of the repository holding the
 * content folder and that commit's date. A build's date is this date (or
 * `SOURCE_DATE_EPOCH`), never the clock: two builds of one commit carry the same date.
 */
import { execFileSync } from 'node:child_process';

export interface SourceCommit {
  /** Full commit id. */
  commit: string;
  /** The commit's date (committer), ISO 8601 in UTC. */
  date: string;
  /** Tracked files of the checkout differ from the commit: the build is of the commit plus those changes. */
  modified: boolean;
}

/** The HEAD commit of the git checkout holding `dir`, or null outside a checkout (or without git). */
export function sourceCommit(dir: string): SourceCommit | null {
  try {
    const out = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%H %ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(out);
    if (!match) return null;
    const status = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit: match[1]!, date: new Date(Number(match[2]) * 1000).toISOString().replace('.000Z', 'Z'), modified: status.trim() !== '' };
  } catch {
    return null;
  }
}

/**
 * The build date: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when
 * set, else the source commit's date, else null (then nothing is dated).
 */
export function buildDate(commit: SourceCommit | null, env: NodeJS.ProcessEnv = process.env): string | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, not ${JSON.stringify(epoch)}`);
    return new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z');
  }
  return commit?.date ?? null;
}
