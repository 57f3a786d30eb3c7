import { setTimeout as sleep } from 'node:timers/promises';
import {
  type LoadResult,
  type LoadTarget,
  type RequestFactory,
  runClosedLoop,
  runOpenLoop,
} from './generator.ts';

/**
 * "Sustained" means the server keeps up with an open-loop rate: at most 0.1 % errors, the achieved throughput at
 * least 95 % of the offered rate, and p99 latency (from the intended send time) within `maxP99Ms` — when a server
 * falls behind, its queue and so its p99 grow without bound, which this catches.
 */
export const SUSTAINED_P99_MS = 100;

export function sustains(r: LoadResult, maxP99Ms = SUSTAINED_P99_MS): boolean {
  const offered = r.offeredRate ?? 0;
  return r.errors <= r.sent * 0.001 && r.throughput >= offered * 0.95 && r.p99 <= maxP99Ms;
}

export interface SearchOptions {
  /** Closed-loop probe (16 connections) that estimates capacity. */
  readonly probeMs: number;
  /** Length of each open-loop trial. */
  readonly stepMs: number;
  readonly maxSteps: number;
  /** Length of the final run at the rate found (0: report the best trial instead). */
  readonly finalMs: number;
  readonly log?: (line: string) => void;
}

export interface SearchResult {
  readonly probe: LoadResult;
  readonly trials: readonly LoadResult[];
  /** The run at the highest sustained rate (or the last trial when none sustained). */
  readonly final: LoadResult;
  readonly sustained: boolean;
}

/** Final runs at most (each a tenth below the one before) before the search reports no rate sustained. */
const FINAL_ATTEMPTS = 4;

const roundRate = (r: number) => Math.max(10, Math.round(r / 10) * 10);

export function describeRun(r: LoadResult): string {
  const rate = r.offeredRate === null ? `closed ×${r.connections}` : `${r.offeredRate} req/s`;
  return `${rate}: ${Math.round(r.throughput)} ok/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`;
}

/**
 * The highest open-loop rate the target sustains: a closed-loop probe estimates the capacity C, trials start at
 * 0.9 C and bisect between the best sustained and the lowest failed rate, then one final run at the rate found.
 */
export async function findSustainedRate(
  target: LoadTarget,
  make: RequestFactory,
  options: SearchOptions,
): Promise<SearchResult> {
  const log = options.log ?? (() => {});
  const probe = await runClosedLoop(target, make, { connections: 16, durationMs: options.probeMs });
  log(`  probe ${describeRun(probe)}`);
  const trials: LoadResult[] = [];
  let lo: LoadResult | null = null;
  let hi: number | null = null;
  let rate = roundRate(probe.throughput * 0.9);
  for (let step = 0; step < options.maxSteps; step++) {
    await sleep(300);
    const r = await runOpenLoop(target, make, { rate, durationMs: options.stepMs });
    trials.push(r);
    const ok = sustains(r);
    log(`  trial ${describeRun(r)} ${ok ? 'sustained' : 'not sustained'}`);
    if (ok && (!lo || rate > (lo.offeredRate ?? 0))) lo = r;
    if (!ok) hi = Math.min(hi ?? rate, rate);
    const loRate = lo?.offeredRate ?? null;
    if (loRate !== null && hi !== null && (hi - loRate) / loRate < 0.08) break;
    const next =
      loRate !== null && hi !== null ? (loRate + hi) / 2 : loRate !== null ? loRate * 1.2 : rate * 0.7;
    rate = roundRate(next);
    if (trials.some((t) => t.offeredRate === rate)) break;
  }
  if (!lo) {
    const last = trials[trials.length - 1] ?? probe;
    return { probe, trials, final: last, sustained: false };
  }
  if (options.finalMs <= 0) return { probe, trials, final: lo, sustained: true };
  // The final run is three times a trial's length, and a rate a short trial sustained may not last it: step down
  // by a tenth until one does (a sustained rate on each side is what the ratio to the floor compares).
  let finalRate = lo.offeredRate ?? rate;
  let final = lo;
  for (let attempt = 0; attempt < FINAL_ATTEMPTS; attempt++) {
    await sleep(300);
    final = await runOpenLoop(target, make, { rate: finalRate, durationMs: options.finalMs });
    const ok = sustains(final);
    log(`  final ${describeRun(final)} ${ok ? 'sustained' : 'not sustained'}`);
    if (ok) return { probe, trials, final, sustained: true };
    finalRate = roundRate(finalRate * 0.9);
  }
  return { probe, trials, final, sustained: false };
}
