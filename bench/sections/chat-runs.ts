import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMs } from '../lib/processes.ts';
import { round } from '../lib/stats.ts';
import { type LoadResult, type LoadTarget, type RequestFactory, runOpenLoop } from '../load/generator.ts';

/** One fixed-rate run and the server CPU time it cost per request (null without /proc). */
export interface FixedRun {
  readonly result: LoadResult;
  readonly cpuPerRequest: number | null;
}

/** The median of several fixed-rate runs: each figure the median of its own values (p50, p99, CPU). */
export interface FixedMedian {
  readonly runs: readonly FixedRun[];
  readonly p50: number;
  readonly p99: number;
  readonly throughput: number;
  readonly cpuPerRequest: number | null;
  /** The run whose p99 is the median (its details go in results.json). */
  readonly typical: LoadResult;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** `times` open-loop runs at `rate` for `durationMs` each, 300 ms apart, with the server's CPU per request. */
export async function fixedRuns(
  target: LoadTarget,
  make: RequestFactory,
  options: { rate: number; durationMs: number; times: number; pid: number },
): Promise<FixedMedian> {
  const runs: FixedRun[] = [];
  for (let i = 0; i < options.times; i++) {
    await sleep(300);
    const before = cpuMs(options.pid);
    const result = await runOpenLoop(target, make, { rate: options.rate, durationMs: options.durationMs });
    const after = cpuMs(options.pid);
    const cpuPerRequest =
      before === null || after === null ? null : (after - before) / Math.max(1, result.sent);
    runs.push({ result, cpuPerRequest });
  }
  const cpus = runs.map((r) => r.cpuPerRequest).filter((c): c is number => c !== null);
  const p99 = median(runs.map((r) => r.result.p99));
  return {
    runs,
    p50: median(runs.map((r) => r.result.p50)),
    p99,
    throughput: median(runs.map((r) => r.result.throughput)),
    cpuPerRequest: cpus.length === runs.length ? median(cpus) : null,
    typical: runs.find((r) => r.result.p99 === p99)?.result ?? (runs[0] as FixedRun).result,
  };
}

/**
 * The noisy neighbour: a second process that keeps one CPU core busy (a spinning loop) for as long as `during`
 * runs — what a busy VM neighbour, a backup or a report export on the same machine does to the server's latency.
 */
export async function withBusyCore<T>(during: () => Promise<T>): Promise<T> {
  const spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    await sleep(200);
    return await during();
  } finally {
    const exited = new Promise<void>((resolve) => spinner.once('exit', () => resolve()));
    spinner.kill('SIGKILL');
    await exited;
  }
}

/** results.json details of repeated runs. */
export function runsDetails(m: FixedMedian, details: (r: LoadResult) => Record<string, unknown>) {
  return m.runs.map((r) => ({
    ...details(r.result),
    cpuPerRequest: r.cpuPerRequest === null ? null : round(r.cpuPerRequest, 3),
  }));
}
