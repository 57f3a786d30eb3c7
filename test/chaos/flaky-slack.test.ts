import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import type { ServerPlugin } from '../../src/bots/contract.ts';
import { createDeliveryClient } from '../../src/bots/slack/api/client.ts';
import { createSlackNotifier } from '../../src/bots/slack/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { freshPostgresUrl, freshSqliteUrl, testDialects } from '../support/databases.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { startFlakySlack } from './support/flaky-slack.ts';
import { seedBusyMonth, ZONE } from './support/seed.ts';
import { BOT_TOKEN } from './support/slack-requests.ts';

/**
 * Chaos c: the Slack Web API fails 30 % of chat.postMessage calls at random — 5xx, 429 with Retry-After, and
 * calls that never answer (the client times out). Over a simulated month the real scheduler, reminder sender,
 * Slack Notifier and WebClient deliver every reminder eventually, exactly once: the notifier retries within a send
 * (waiting out Retry-After), the scheduler retries with back-off after that.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = DateTime.fromISO('2026-04-06T00:00', { zone: ZONE }).toMillis();
const END = START + 30 * DAY;
const SEED = 20_261_121;

describe('chaos c: a Slack that fails 30 % of calls', () => {
  it.concurrent.each(testDialects())(
    'delivers every reminder of the month exactly once [$name]',
    async ({ name }) => {
      const fake = await startFakeSlack();
      const flaky = await startFlakySlack(fake.url, { failureRate: 0.3, seed: SEED, holdMs: 1_000 });
      const db = name === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
      const clock = fixedClock(START);
      try {
        await seedBusyMonth(db.url, clock);
        const notifier = createSlackNotifier({
          api: createDeliveryClient(
            BOT_TOKEN,
            { apiUrl: flaky.apiUrl, retries: 0, timeoutMs: 250 },
            silentLogger,
          ),
          logger: silentLogger,
          // Two tries per send, so that some reminders also go through the scheduler's back-off.
          maxAttempts: 2,
          // Real waits, shortened: Retry-After of 1–3 s and back-off of 1–4 s become a few milliseconds.
          sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms / 200, 20))),
        });
        const slack = (): ServerPlugin => ({ name: 'slack', routes: [], notifier });
        const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', LOFTESBOT_SCHEDULER: 'true' });
        const server = await startServer(config, {
          clock,
          logger: silentLogger,
          port: 0,
          host: '127.0.0.1',
          plugins: [slack],
          tick: false,
          schedulerTuning: { replanEveryMs: 6 * HOUR },
        });
        const scheduler = server.scheduler;
        if (!scheduler) throw new Error('no scheduler');
        try {
          // Every 20 minutes of the month (the scheduler's back-off is 1, 4, 16, 64 minutes).
          for (let t = START; t <= END + DAY / 2; t += 20 * MINUTE) {
            clock.set(t);
            await scheduler.tickOnce(t);
          }
          const rows = (
            await server.ctx.handle.db
              .selectFrom('reminders')
              .select(['key', 'status', 'due_at', 'message_id', 'attempts', 'late'])
              .where('target', 'like', '%:slack:%')
              .execute()
          ).map((r) => ({ ...r, due_at: Number(r.due_at), attempts: Number(r.attempts) }));
          const posts = fake.callsOf('chat.postMessage');
          const posted = new Map<string, number>();
          for (const p of posts)
            posted.set(String(p.args.channel), (posted.get(String(p.args.channel)) ?? 0) + 1);
          const due = rows.filter((r) => r.due_at < END);
          const sent = rows.filter((r) => r.status === 'sent');
          const lost = due.filter((r) => r.status !== 'sent');
          const retried = sent.filter((r) => r.attempts > 1).length;
          const metrics = await server.metrics.registry.getSingleMetricAsString('loftesbot_reminders_total');
          const failures = flaky.injected['5xx'] + flaky.injected['429'] + flaky.injected.timeout;
          const sentMetric = [...metrics.matchAll(/outcome="sent"\} (\d+)/g)].reduce(
            (n, m) => n + Number(m[1]),
            0,
          );
          console.log(
            `chaos c [${name}] (failure rate 30 %: ${failures} of ${flaky.calls} chat.postMessage calls failed — ${flaky.injected['5xx']} × 5xx, ` +
              `${flaky.injected['429']} × 429, ${flaky.injected.timeout} × timeout): reminders due ${due.length}, ` +
              `delivered ${sent.length} (${retried} after a scheduler retry), posts ${posts.length}, ` +
              `lost = ${lost.length}, duplicates = ${posts.length - sent.length}`,
          );
          expect(failures).toBeGreaterThan(10);
          expect(retried).toBeGreaterThan(0);
          expect(due.length).toBeGreaterThan(50);
          expect(lost.map((r) => `${r.key} ${r.status}`)).toEqual([]);
          // One post per sent row, and each sent row's message id is one of the posts.
          expect(posts.length).toBe(sent.length);
          expect(new Set(sent.map((r) => r.message_id)).size).toBe(sent.length);
          expect(sentMetric).toBe(sent.length);
        } finally {
          await server.close();
        }
      } finally {
        await flaky.close();
        await fake.close();
        await db.drop();
      }
    },
    150_000,
  );
});
