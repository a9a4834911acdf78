/**
 * What a long build says while it works. On a terminal, one live line per stage with its
 * count and rate ("rendering 2,910 pages · 312/s"), rewritten in place at most ten times
 * a second; elsewhere (CI, a log file) nothing until the stage ends. Either way each stage
 * ends with one line: what it did, how long it took, and its rate when it counts things.
 */
import type { WriteStream } from 'node:tty';

export interface Stage {
  /** `done` of `total` things handled so far. */
  tick(done: number, total?: number): void;
  /** Ends the stage with a line such as "annotated 1,000 articles in 3.1 s · 322/s", and the CPU time it took when known. */
  end(summary: string, count?: number, cpuSeconds?: number): void;
}

export interface Progress {
  /** Starts a stage; `label` is what it is doing ("annotating articles"). */
  stage(label: string, unit?: string): Stage;
}

const number = new Intl.NumberFormat('en');

const rateOf = (count: number, seconds: number) => (seconds > 0 && count > 0 ? ` · ${number.format(Math.round(count / seconds))}/s` : '');

/** A progress reporter writing to `stream` (standard output by default). */
export function createProgress(stream: NodeJS.WriteStream | WriteStream = process.stdout, live = Boolean(stream.isTTY) && !process.env.CI): Progress {
  // One live line for all stages: two may run at once (the render starts before the annotation ends).
  let drawn = false;
  return {
    stage(label, unit = '') {
      const started = performance.now();
      let shown = 0;
      return {
        tick(done, total) {
          if (!live) return;
          const now = performance.now();
          if (now - shown < 100) return;
          shown = now;
          const seconds = (now - started) / 1000;
          const of = total === undefined ? number.format(done) : `${number.format(done)}/${number.format(total)}`;
          stream.write(`\r\x1b[2K${label} · ${of}${unit ? ` ${unit}` : ''}${rateOf(done, seconds)}`);
          drawn = true;
        },
        end(summary, count, cpuSeconds) {
          const seconds = (performance.now() - started) / 1000;
          if (drawn) stream.write('\r\x1b[2K');
          drawn = false;
          const cpu = cpuSeconds === undefined ? '' : ` (CPU ${cpuSeconds.toFixed(1)} s)`;
          stream.write(`${summary} in ${seconds.toFixed(1)} s${cpu}${count === undefined ? '' : rateOf(count, seconds)}\n`);
        },
      };
    },
  };
}
