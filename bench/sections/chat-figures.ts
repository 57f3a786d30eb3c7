import type { Figure } from '../lib/report.ts';
import { round } from '../lib/stats.ts';
import type { LoadResult } from '../load/generator.ts';
import { type SearchResult, SUSTAINED_P99_MS } from '../load/sustained.ts';
import { type FixedMedian, runsDetails } from './chat-runs.ts';

/** The figures of the Slack and Teams sections: what each path's runs become in the table and in results.json. */

export interface PathRun {
  /** The fixed-rate runs (three): latency, throughput and the server's CPU time per request, each a median. */
  readonly fixed: FixedMedian;
  /** The same with a second process spinning one CPU core (the noisy neighbour), or null when not measured. */
  readonly noisy: FixedMedian | null;
  readonly search: SearchResult;
}

/** Targets of one path (issue "Lighter and faster"); null: none. */
export interface PathTargets {
  readonly p99: number | null;
  readonly noisyP99: number | null;
  readonly cpu: number | null;
  readonly ratio: number;
}

function runDetails(r: LoadResult): Record<string, unknown> {
  return {
    offeredRate: r.offeredRate,
    durationMs: r.plannedMs,
    sent: r.sent,
    ok: r.ok,
    errors: r.errors,
    outcomes: r.outcomes,
    throughput: round(r.throughput, 1),
    p50: round(r.p50),
    p90: round(r.p90),
    p99: round(r.p99),
    max: round(r.max),
  };
}

/** Figures of one path and its floor: fixed-rate latency (median of three), sustained rate, the ratio to the floor. */
export function pathFigures(
  section: 'Slack' | 'Teams',
  what: string,
  floor: string,
  real: PathRun | null,
  bare: PathRun | null,
  targets: PathTargets,
  why: string | undefined,
): Figure[] {
  const key = section.toLowerCase();
  const note = why ? { note: why } : {};
  const sustainedNote = (r: PathRun | null) =>
    r && !r.search.sustained
      ? { note: `no rate sustained (p99 ≤ ${SUSTAINED_P99_MS} ms, ≥ 95 % delivered)` }
      : {};
  const target = (value: number | null, op: '<=' | '>=' = '<=') =>
    value === null ? {} : { target: { op, value } as const };
  const figs: Figure[] = [];
  for (const [who, run, label] of [
    ['real', real, what],
    ['bare', bare, floor],
  ] as const) {
    const mine = who === 'real';
    const d = run ? { median: 'of the runs below', runs: runsDetails(run.fixed, runDetails) } : undefined;
    figs.push(
      {
        id: `${key}.${who}.fixed.p50`,
        section,
        label: `${label} p50 at 200 req/s (median of ${run?.fixed.runs.length ?? 3})`,
        value: run ? round(run.fixed.p50) : null,
        unit: 'ms',
        ...(run ? {} : note),
        ...(d ? { details: d } : {}),
      },
      {
        id: `${key}.${who}.fixed.p99`,
        section,
        label: `${label} p99 at 200 req/s (median)`,
        value: run ? round(run.fixed.p99) : null,
        unit: 'ms',
        ...(mine ? target(targets.p99) : {}),
        ...(run ? {} : note),
      },
    );
    if (mine && targets.noisyP99 !== null) {
      figs.push({
        id: `${key}.${who}.noisy.p99`,
        section,
        label: `${label} p99 at 200 req/s while a second process burns one core (median)`,
        value: run?.noisy ? round(run.noisy.p99) : null,
        unit: 'ms',
        ...target(targets.noisyP99),
        ...(run?.noisy ? { details: { runs: runsDetails(run.noisy, runDetails) } } : note),
      });
    }
    figs.push(
      {
        id: `${key}.${who}.fixed.throughput`,
        section,
        label: `${label} throughput at 200 req/s (median)`,
        value: run ? round(run.fixed.throughput, 1) : null,
        unit: 'req/s',
        ...(run ? {} : note),
      },
      {
        id: `${key}.${who}.fixed.cpu`,
        section,
        label: `${label} server CPU per request (median)`,
        value: run?.fixed.cpuPerRequest != null ? round(run.fixed.cpuPerRequest, 3) : null,
        unit: 'ms',
        ...(mine ? target(targets.cpu) : {}),
        ...(run ? (run.fixed.cpuPerRequest == null ? { note: 'no /proc on this system' } : {}) : note),
      },
      {
        id: `${key}.${who}.sustained.rate`,
        section,
        label: `${label} highest sustained throughput`,
        value: run ? round(run.search.final.throughput, 0) : null,
        unit: 'req/s',
        ...(run ? sustainedNote(run) : note),
        ...(run
          ? {
              details: {
                final: runDetails(run.search.final),
                probe: runDetails(run.search.probe),
                trials: run.search.trials.map(runDetails),
              },
            }
          : {}),
      },
      ...(['p50', 'p99'] as const).map((q) => ({
        id: `${key}.${who}.sustained.${q}`,
        section,
        label: `${label} ${q} at that rate`,
        value: run ? round(run.search.final[q]) : null,
        unit: 'ms' as const,
        ...(run ? {} : note),
      })),
    );
  }
  const ratio =
    real && bare
      ? round((100 * real.search.final.throughput) / Math.max(1, bare.search.final.throughput), 1)
      : null;
  figs.push({
    id: `${key}.ratio`,
    section,
    label: `${what} sustained throughput vs ${floor}`,
    value: ratio,
    unit: '%',
    ...target(targets.ratio, '>='),
    ...(ratio === null ? note : ratioNote(real, bare)),
  });
  return figs;
}

/** A ratio over a search that found no sustained rate compares that search's last run, and says so. */
function ratioNote(real: PathRun | null, bare: PathRun | null): { note?: string } {
  const unsustained = [real, bare].filter((r) => r && !r.search.sustained).length;
  if (unsustained === 0) return {};
  const what =
    unsustained === 2
      ? 'neither search found a sustained rate'
      : real?.search.sustained
        ? "the floor's search found no sustained rate"
        : 'our search found no sustained rate';
  return { note: `${what}: the ratio compares the last runs` };
}

/** The targets: /insats ≥ 35 % of bare Bolt, CPU ≤ 1.0 ms, p99 ≤ 15 ms (≤ 25 ms with a busy neighbour). */
export const SLACK_TARGETS: PathTargets = { p99: 15, noisyP99: 25, cpu: 1.0, ratio: 35 };
/** Teams ≥ 80 % of bare botbuilder with CPU ≤ 2.0 ms. */
export const TEAMS_TARGETS: PathTargets = { p99: null, noisyP99: null, cpu: 2.0, ratio: 80 };
