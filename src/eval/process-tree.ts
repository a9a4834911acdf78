/**
 * Runs a command and measures it as a user feels it: wall time, and the peak of the summed
 * resident memory of every process it starts (node, Pagefind's service, …), sampled from
 * /proc while it runs. Linux only (the bench machines and CI).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Peak of the summed resident set of the process tree, in bytes. */
  peakRss: number;
  /**
   * CPU seconds (user + system) of every process of the tree, as last sampled: steadier than
   * wall time on a shared machine, and a little low (each process's last interval is missed).
   */
  cpuSeconds: number;
  /** The command's standard output and error, interleaved as lines arrived. */
  output: string;
}

/** The process and all its descendants, from /proc's children lists. */
function tree(pid: number): number[] {
  const found = [pid];
  for (let index = 0; index < found.length; index++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${found[index]}/task`);
    } catch {
      continue; // exited meanwhile
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${found[index]}/task/${task}/children`, 'utf8').trim();
        if (children) found.push(...children.split(/\s+/).map(Number));
      } catch {
        // exited meanwhile
      }
    }
  }
  return found;
}

/** Resident set of one process in bytes (0 once it has exited). */
function rss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux that matters here). */
const TICKS = 100;

/** User + system CPU seconds of one process so far (null once it has exited). */
function cpu(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** Runs `command args` in `cwd` with `env`, sampling memory every `interval` ms; rejects on a non-zero exit. */
export function measure(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; interval?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRss = 0;
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let total = 0;
      for (const pid of tree(child.pid)) {
        total += rss(pid);
        const seconds = cpu(pid);
        if (seconds !== null) cpuByPid.set(pid, seconds);
      }
      if (total > peakRss) peakRss = total;
    };
    const timer = setInterval(sample, options.interval ?? 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = [...cpuByPid.values()].reduce((sum, value) => sum + value, 0);
      if (code === 0) resolve({ seconds, peakRss, cpuSeconds, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
