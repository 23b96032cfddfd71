import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median of the timed runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** What the benchmarked function returns is kept here so the engine cannot skip the work. */
let sink: unknown;
export const lastResult = (): unknown => sink;

const median = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Warms `work` up (at least 5 runs and 300 ms, so the engine has optimised it), then times it at
 * least `runs` times and for at least `minMs`; gives the median and spread.
 */
export function measure(work: () => unknown, runs: number, minMs = 1_000): Timing {
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) sink = work();
  const times: number[] = [];
  const until = performance.now() + minMs;
  for (let i = 0; i < runs || performance.now() < until; i++) {
    const start = performance.now();
    sink = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: median(times), min: times[0] ?? 0, max: times[times.length - 1] ?? 0, runs: times.length };
}
