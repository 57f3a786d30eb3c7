import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReminderSender } from '../../src/app/reminder-sender.ts';
import type { Notifier } from '../../src/bots/contract.ts';
import type { ChatCore } from '../../src/bots/core/core.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { ZONE } from '../chaos/support/seed.ts';
import { testDialects } from '../support/databases.ts';
import { sharedBotIdentity } from '../support/fake-bot-identity.ts';
import { type OpsServer, opsServer } from './support/server.ts';

/**
 * Issue 9, item 4 for Teams: a Bot Connector answering 503, 502 and 429 gets each reminder retried with back-off
 * and delivered exactly once; and a platform call that hangs is given up after the send timeout, so it cannot
 * stall the scheduler (the reminder is retried later).
 */

const TEAM_ID = '19:1122334455667788aabbccddeeff0011@thread.tacv2';
const START = DateTime.fromISO('2026-04-14T08:00', { zone: ZONE }).toMillis();

describe.each(testDialects())('Teams failing while reminders go out [$name]', ({ name }) => {
  let s: OpsServer;
  beforeAll(async () => {
    // Reminders need the conversation reference, which only an authenticated bot keeps.
    const identity = await sharedBotIdentity();
    s = await opsServer(name, {
      teamsIdentity: identity,
      now: START,
      start: { scheduler: true, tick: false, schedulerTuning: { replanEveryMs: 6 * 3_600_000 } },
    });
    const added = JSON.parse(
      readFileSync(new URL('../teams/fixtures/conversation-update-team-added.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const activity = { ...added, serviceUrl: s.connector.url };
    const res = await fetch(`${s.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identity.authorize(activity) },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBeLessThan(300);
    await s.server.ctx.store.saveBinding(
      { platform: 'teams', conversationId: TEAM_ID, scope: { type: 'kommun', id: '0687' } },
      START,
    );
    s.connector.reset();
  });
  afterAll(async () => {
    await s.close();
  });

  it('5xx and 429 from the Bot Connector: retried with back-off, each reminder posted once', async () => {
    const scheduler = s.server.scheduler;
    if (!scheduler) throw new Error('no scheduler');
    s.connector.failNext({ status: 503 }, 2);
    s.connector.failNext({ status: 429, retryAfter: 1 }, 1);
    s.connector.failNext({ status: 502 }, 1);
    for (let t = START; t <= START + 8 * 86_400_000; t += 30 * 60_000) {
      s.clock.set(t);
      await scheduler.tickOnce(t);
    }
    const rows = await s.server.ctx.handle.db
      .selectFrom('reminders')
      .select(['key', 'status', 'attempts'])
      .where('target', '=', `channel:teams:${TEAM_ID}`)
      .where('due_at', '<=', START + 7 * 86_400_000)
      .execute();
    const sends = s.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === TEAM_ID);
    const failed = sends.filter((c) => c.status >= 400);
    const delivered = sends.filter((c) => c.status < 300);
    console.log(
      `teams faults [${name}]: ${failed.length} connector failures (503, 503, 429, 502), ` +
        `${rows.length} reminders due, ${delivered.length} delivered, retried ${rows.filter((r) => Number(r.attempts) > 1).length}`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(failed.length).toBe(4);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(delivered.length).toBe(rows.length);
    expect(rows.some((r) => Number(r.attempts) > 1)).toBe(true);
  });
});

describe('a platform call that hangs', () => {
  it('is given up after the send timeout as a transient failure, for the scheduler to retry', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const hanging: Notifier = {
      platform: 'teams',
      send: (message) => {
        signals.push(message.signal);
        return new Promise(() => {});
      },
    };
    const core: Pick<ChatCore, 'renderReminderToSend'> = {
      renderReminderToSend: async () => ({
        headline: 'x',
        sections: [],
        fallback: 'x',
        visibility: 'channel',
      }),
    };
    const sender = createReminderSender(core, () => [hanging], silentLogger, { timeoutMs: 30 });
    const result = await sender.send({
      key: 'k',
      kind: 'meeting-reminder',
      target: `channel:teams:${TEAM_ID}`,
      dueAt: START,
      late: false,
      attempt: 1,
      payload: {} as never,
    });
    expect(result).toEqual({ ok: false, permanent: false, error: 'send timed out after 30 ms' });
    // The Notifier is told to post nothing more: the scheduler's retry will.
    expect(signals.map((s) => s?.aborted)).toEqual([true]);
  });
});

describe('the reminder sender', () => {
  it('hands the reminder’s delivery record to its platform’s Notifier, which records what was shown', async () => {
    const progress = { shown: { total: 2, sent: 1, first: 'p1' }, record: async () => {} };
    const seen: unknown[] = [];
    const notifier: Notifier = {
      platform: 'teams',
      async send(message) {
        seen.push(message.progress);
        return { ok: true, messageId: 'p1' };
      },
    };
    const core: Pick<ChatCore, 'renderReminderToSend'> = {
      renderReminderToSend: async () => ({
        headline: 'x',
        sections: [],
        fallback: 'x',
        visibility: 'channel',
      }),
    };
    const sender = createReminderSender(core, () => [notifier], silentLogger);
    const reminder = {
      key: 'k',
      kind: 'meeting-reminder' as const,
      target: `channel:teams:${TEAM_ID}`,
      dueAt: START,
      late: false,
      attempt: 2,
      payload: {} as never,
    };
    expect(await sender.send(reminder, progress)).toEqual({ ok: true, messageId: 'p1' });
    expect(seen).toEqual([progress]);
  });
});
