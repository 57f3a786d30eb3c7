import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpObserver } from './http.ts';

/** The process's Prometheus metrics (served on GET /metrics). One registry per process (tests make their own). */
export interface Metrics {
  readonly registry: Registry;
  readonly commands: Counter<'platform' | 'command' | 'outcome'>;
  readonly httpDuration: Histogram<'route' | 'method' | 'status'>;
  readonly reminders: Counter<'kind' | 'outcome'>;
  readonly reminderQueue: Gauge<'status'>;
  /** Errors caught by the process guards (unhandledRejection, uncaughtException). */
  readonly processErrors: Counter<'kind'>;
  readonly http: HttpObserver;
}

export interface MetricsOptions {
  /** Node's own process metrics (CPU, memory, event loop lag, handles); default true. */
  readonly defaultMetrics?: boolean;
  /** Reads the reminders table by status at each scrape (queue depth); a failing read leaves the last values. */
  readonly reminderQueue?: () => Promise<Readonly<Record<string, number>>>;
  /** Requests being handled now (the scrape itself included). */
  readonly inFlightRequests?: () => number;
  /** SQLite's group commit so far: commits, and the transactions they held (absent on PostgreSQL). */
  readonly commits?: () => { readonly batches: number; readonly units: number };
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'loftesbot_' });
  const commands = new Counter({
    name: 'loftesbot_commands_total',
    help: 'Chat commands handled, by platform, command and outcome',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'loftesbot_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const reminders = new Counter({
    name: 'loftesbot_reminders_total',
    help: 'Reminders by kind and outcome (sent, late, missed, failed, retried)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const readQueue = options.reminderQueue;
  const reminderQueue: Gauge<'status'> = new Gauge({
    name: 'loftesbot_reminder_queue',
    help: 'Reminders in the database by status (pending and sending are the queue)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      if (!readQueue) return;
      try {
        for (const [status, n] of Object.entries(await readQueue())) reminderQueue.set({ status }, n);
      } catch {
        // The database is down: /healthz says so; the gauge keeps its last values.
      }
    },
  });
  const readInFlight = options.inFlightRequests;
  gaugeReadAtScrape(
    registry,
    'loftesbot_http_requests_in_flight',
    'HTTP requests being handled (a graceful stop waits for them)',
    () => readInFlight?.() ?? 0,
  );
  const readCommits = options.commits;
  if (readCommits) {
    // Counters by nature, read from the committer at each scrape (gauges whose values only grow).
    gaugeReadAtScrape(
      registry,
      'loftesbot_sqlite_commits',
      'SQLite commits since start (group commit: one commit and fsync may hold several transactions)',
      () => readCommits().batches,
    );
    gaugeReadAtScrape(
      registry,
      'loftesbot_sqlite_committed_transactions',
      'Transactions the SQLite commits held since start (divided by loftesbot_sqlite_commits: the batch size)',
      () => readCommits().units,
    );
  }
  const processErrors = new Counter({
    name: 'loftesbot_process_errors_total',
    help: 'Errors caught by the process guards, by kind (unhandledRejection, uncaughtException)',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  return {
    registry,
    commands,
    httpDuration,
    reminders,
    reminderQueue,
    processErrors,
    http: {
      onResponse: (route, method, status, seconds) =>
        httpDuration.observe({ route, method, status: String(status) }, seconds),
    },
  };
}

/** A gauge whose value is read from `read` when /metrics is scraped. */
function gaugeReadAtScrape(registry: Registry, name: string, help: string, read: () => number): void {
  const gauge: Gauge = new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      gauge.set(read());
    },
  });
}
