import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpObserver } from '../http/server.ts';

/** The process's Prometheus metrics (served on GET /metrics). One registry per process (tests make their own). */
export interface Metrics {
  readonly registry: Registry;
  readonly commands: Counter<'platform' | 'command' | 'outcome'>;
  readonly httpDuration: Histogram<'route' | 'method' | 'status'>;
  readonly reminders: Counter<'kind' | 'outcome'>;
  readonly reminderQueue: Gauge<'status'>;
  readonly http: HttpObserver;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
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
  const reminderQueue = new Gauge({
    name: 'loftesbot_reminder_queue',
    help: 'Planned reminders by status',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  return {
    registry,
    commands,
    httpDuration,
    reminders,
    reminderQueue,
    http: {
      onResponse: (route, method, status, seconds) =>
        httpDuration.observe({ route, method, status: String(status) }, seconds),
    },
  };
}
