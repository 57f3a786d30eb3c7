import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import type { Notifier } from '../../src/bots/contract.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { seedDemo, ZONE } from '../chaos/support/seed.ts';
import { post, SIGNING_SECRET, signedHeaders, slashBody } from '../chaos/support/slack-requests.ts';
import { freshSqliteUrl, testDialects } from '../support/databases.ts';
import { type OpsServer, opsServer, POLICE_USER } from './support/server.ts';

/**
 * Issue 9, item 6 (health and metrics): GET /healthz reports the database, the scheduler and each platform, and
 * answers 503 when the database does not; GET /metrics has commands by name and outcome, request latency,
 * reminders sent / late / missed / failed, the queue depth read from the reminders table, and process metrics.
 */

/** The value of one sample in Prometheus text, or null. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}

describe.each(testDialects())('GET /healthz and GET /metrics [$name]', ({ name }) => {
  let s: OpsServer;
  beforeAll(async () => {
    s = await opsServer(name);
  });
  afterAll(async () => {
    await s.close();
  });

  it('the public port answers /healthz with the status only and has no /metrics', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'degraded' });
    expect((await fetch(`${s.url}/metrics`)).status).toBe(404);
    expect(new URL(s.server.metricsUrl).hostname).toBe('127.0.0.1');
  });

  it('/healthz on the operations listener: database up, scheduler disabled here, each platform with its state', async () => {
    const res = await fetch(`${s.server.metricsUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'degraded',
      database: 'up',
      scheduler: { state: 'disabled', lastTickAt: null },
      platforms: {
        slack: { state: 'up' },
        teams: { state: 'degraded', detail: 'unauthenticated (local use only)' },
      },
      uptimeSeconds: expect.any(Number),
    });
  });

  it('/metrics: commands by platform, name and outcome; request latency by route', async () => {
    const send = (text: string, i: number) => {
      const body = slashBody({
        command: '/insats',
        text,
        userId: POLICE_USER,
        channelId: 'C0SAVSJO',
        triggerId: `metrics.${i}.${name}`,
        responseUrl: s.fake.responseUrl(`m${i}`),
      });
      return post(`${s.url}/slack/events`, body, signedHeaders(SIGNING_SECRET, body));
    };
    expect((await send('Sävsjö', 1)).status).toBe(200);
    expect((await send('Sävsjö', 2)).status).toBe(200);
    expect((await send('Sävsjö 2030-01-01', 3)).status).toBe(200);
    const res = await fetch(`${s.server.metricsUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const commands = (outcome: string) =>
      sample(text, 'loftesbot_commands_total', { platform: 'slack', command: 'insats', outcome });
    expect(commands('success')).toBe(2);
    expect(commands('error')).toBe(1);
    expect(
      sample(text, 'loftesbot_http_request_duration_seconds_count', { route: 'slack', status: '200' }),
    ).toBe(3);
    expect(text).toContain('# TYPE loftesbot_http_request_duration_seconds histogram');
    // SQLite's group commit: the two registrations were committed, one after the other (each its own batch).
    if (name === 'sqlite') {
      expect(sample(text, 'loftesbot_sqlite_committed_transactions')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'loftesbot_sqlite_commits')).toBeGreaterThanOrEqual(1);
    } else expect(sample(text, 'loftesbot_sqlite_commits')).toBeNull();
  });

  it('/metrics: process metrics and the process-error counter', async () => {
    const text = await (await fetch(`${s.server.metricsUrl}/metrics`)).text();
    for (const metric of [
      'loftesbot_process_cpu_user_seconds_total',
      'loftesbot_process_resident_memory_bytes',
      'loftesbot_nodejs_eventloop_lag_seconds',
      'loftesbot_nodejs_heap_size_used_bytes',
    ]) {
      expect(text).toContain(`\n${metric}`);
    }
    expect(text).toContain('# TYPE loftesbot_process_errors_total counter');
    // Requests in flight on the public port; the scrape, on the operations listener, is not one of them.
    expect(sample(text, 'loftesbot_http_requests_in_flight')).toBe(0);
  });
});

describe('reminder metrics and health with the scheduler running', () => {
  const start = DateTime.fromISO('2026-04-14T08:00', { zone: ZONE }).toMillis();
  const clock = fixedClock(start);
  const db = freshSqliteUrl();
  let server: Awaited<ReturnType<typeof startServer>>;
  let fail = false;

  beforeAll(async () => {
    await seedDemo(db.url, clock);
    const notifier: Notifier = {
      platform: 'slack',
      send: async () =>
        fail ? { ok: false, permanent: true, error: 'channel_not_found' } : { ok: true, messageId: 'm1' },
    };
    server = await startServer(loadConfig({ DATABASE_URL: db.url }), {
      clock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      plugins: [() => ({ name: 'slack', routes: [], notifier })],
      tick: false,
    });
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
  });

  it('counts reminders sent, late, missed and failed, and reads the queue depth from the reminders table', async () => {
    const scheduler = server.scheduler;
    if (!scheduler) throw new Error('no scheduler');
    await scheduler.tickOnce(start); // plans the next 35 days: a queue
    let text = await (await fetch(`${server.metricsUrl}/metrics`)).text();
    const pending = sample(text, 'loftesbot_reminder_queue', { status: 'pending' }) ?? 0;
    const rows = await server.ctx.handle.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    expect(pending).toBe(Number(rows.n));
    expect(pending).toBeGreaterThan(0);

    // 09:00 reminders sent 40 minutes late; then one failing permanently; then a day of downtime: missed.
    const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toMillis();
    clock.set(at('2026-04-14T09:40'));
    await scheduler.tickOnce(at('2026-04-14T09:40'));
    fail = true;
    clock.set(at('2026-04-16T09:00'));
    await scheduler.tickOnce(at('2026-04-16T09:00'));
    fail = false;
    clock.set(at('2026-04-22T12:00'));
    await scheduler.tickOnce(at('2026-04-22T12:00'));
    text = await (await fetch(`${server.metricsUrl}/metrics`)).text();
    const total = (outcome: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('loftesbot_reminders_total{') && l.includes(`outcome="${outcome}"`))
        .reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    expect(total('sent')).toBeGreaterThan(0);
    expect(total('late')).toBeGreaterThan(0);
    expect(total('failed')).toBeGreaterThan(0);
    expect(total('missed')).toBeGreaterThan(0);
    expect(sample(text, 'loftesbot_reminder_queue', { status: 'sent' })).toBe(total('sent'));
  });

  it('/healthz says the scheduler is ticking, and answers 503 when the database is gone', async () => {
    server.scheduler?.start();
    const up = (await (await fetch(`${server.metricsUrl}/healthz`)).json()) as {
      scheduler: { state: string };
    };
    expect(up.scheduler.state).toBe('up');
    await server.scheduler?.stop();
    await server.ctx.handle.db.destroy();
    const down = await fetch(`${server.metricsUrl}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'down', database: 'down' });
  });
});
