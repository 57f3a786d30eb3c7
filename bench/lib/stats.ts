import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of ascending sorted values, nearest-rank; NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    runs: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/**
 * Times `fn` (milliseconds per call): `warmup` untimed calls, then at least `minRuns` and at most `maxRuns` timed
 * calls, stopping once `budgetMs` of timed calls have passed. `fn` gets the run number (to rotate inputs).
 */
export async function timeRepeated(
  fn: (i: number) => Promise<unknown> | unknown,
  options: { warmup?: number; minRuns?: number; maxRuns?: number; budgetMs?: number } = {},
): Promise<Timing> {
  const { warmup = 2, minRuns = 5, maxRuns = 200, budgetMs = 3_000 } = options;
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t = performance.now();
    await fn(warmup + i);
    samples.push(performance.now() - t);
    if (samples.length >= minRuns && performance.now() - started >= budgetMs) break;
  }
  return summarize(samples);
}

/** Rounds for the results file: 3 significant decimals are plenty. */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
