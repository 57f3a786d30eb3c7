import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveMeeting } from '../../src/domain/meetings.ts';
import type { DeliveryResult, Store } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { dueCutoffs } from '../../src/scheduler/due.ts';
import { countingMetrics } from '../../src/scheduler/metrics.ts';
import type { ReminderStore, ReminderToSend } from '../../src/scheduler/ports.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { openDatabase } from '../../src/store/open.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { at, fakeSender, HOGLANDET, series, ZONE } from './fixtures.ts';

const MINUTE = 60_000;
const TRANAS = { type: 'kommun', id: '0687' } as const;
const SAVSJO = { type: 'kommun', id: '0684' } as const;

async function seed(store: Store, extraTranasChannel?: string): Promise<void> {
  const now = at('2026-01-01 00:00');
  await store.savePoliceArea(HOGLANDET, now);
  // Tranås meets Tuesday 10 March (7 days before: Tuesday 3 March); Sävsjö Friday 13 March (7 days before: 6 March).
  await store.saveMeetingSeries(series({ firstDate: '2026-03-10' }), now);
  await store.saveMeetingSeries(
    series({
      id: 'series-savsjo',
      scope: SAVSJO,
      firstDate: '2026-03-13',
      time: '10:00',
      place: 'Sävsjö kommunhus',
    }),
    now,
  );
  await store.saveBinding({ platform: 'console', conversationId: 'tranas', scope: TRANAS }, now);
  if (extraTranasChannel) {
    await store.saveBinding({ platform: 'console', conversationId: extraTranasChannel, scope: TRANAS }, now);
  }
  await store.saveBinding({ platform: 'console', conversationId: 'savsjo', scope: SAVSJO }, now);
  await store.grantRole({ person: 'console:anna', role: 'samordnare', scope: TRANAS }, now);
}

describe.each(testDialects())('scheduler dispatch [$name]', ({ name }) => {
  let t: TestDatabase;
  let reminders: ReminderStore;

  beforeEach(async () => {
    t = await createTestDatabase(name);
    reminders = reminderRepository(t.handle.db, t.handle.dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  function scheduler(sender: ReturnType<typeof fakeSender>['sender'], metrics = countingMetrics()) {
    return new Scheduler({
      store: t.store,
      reminders,
      sender,
      names: loadRegister(),
      clock: fixedClock(0),
      logger: silentLogger,
      zone: ZONE,
      metrics,
      replanEveryMs: 60 * MINUTE,
    });
  }

  it('after downtime: due 3 hours ago → sent once, marked late; due 3 days ago → missed and listed', async () => {
    await seed(t.store);
    const fake = fakeSender();
    // Running on 1 March: plans the rows, nothing due.
    const before = await scheduler(fake.sender).tickOnce(at('2026-03-01 10:00'));
    expect(before.sync?.upserted).toBeGreaterThan(0);
    expect(before.claimed).toBe(0);

    // Down until Friday 6 March 12:00; a new instance starts.
    const metrics = countingMetrics();
    const restarted = scheduler(fake.sender, metrics);
    const report = await restarted.tickOnce(at('2026-03-06 12:00'));
    expect(report).toMatchObject({ sent: 1, late: 1, missed: 1 });
    expect(fake.sent.map((r) => [r.key, r.late])).toEqual([
      ['meeting-reminder:series-savsjo:2026-03-13:7d:channel:console:savsjo', true],
    ]);
    await restarted.tickOnce(at('2026-03-06 12:01'));
    await scheduler(fake.sender).tickOnce(at('2026-03-06 12:02'));
    expect([...fake.deliveries.values()]).toEqual([1]);

    const missed = await reminders.list({ status: 'missed' });
    expect(missed.map((r) => r.key)).toEqual([
      'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas',
    ]);
    expect(missed[0]?.dueAt).toBe(at('2026-03-03 09:00'));
    const [sentRow] = await reminders.list({ status: 'sent' });
    expect(sentRow).toMatchObject({
      late: true,
      attempts: 1,
      messageId: 'm1',
      sentAt: at('2026-03-06 12:00'),
    });
    expect([metrics.total('sent'), metrics.total('late'), metrics.total('missed')]).toEqual([1, 1, 1]);
  });

  it('on time is not late, and the payload arrives as planned', async () => {
    await seed(t.store);
    const fake = fakeSender();
    const s = scheduler(fake.sender);
    await s.tickOnce(at('2026-03-01 10:00'));
    await s.tickOnce(at('2026-03-03 08:59'));
    expect(fake.sent).toEqual([]);
    await s.tickOnce(at('2026-03-03 09:00') + 20_000);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      key: 'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas',
      kind: 'meeting-reminder',
      target: 'channel:console:tranas',
      dueAt: at('2026-03-03 09:00'),
      late: false,
      attempt: 1,
      payload: {
        kind: 'meeting-reminder',
        subject: { name: 'Tranås', municipalityCode: '0687' },
        meeting: { date: '2026-03-10', time: '13:00', place: 'Tranås stadshus' },
        daysBefore: 7,
      },
    });
  });

  it('a failing send is retried with back-off, then failed — and never blocks the others', async () => {
    await seed(t.store, 'broken');
    const fake = fakeSender((r) =>
      r.target === 'channel:console:broken' ? { ok: false, permanent: false, error: 'timeout' } : null,
    );
    const metrics = countingMetrics();
    const s = scheduler(fake.sender, metrics);
    const due = at('2026-03-03 09:00');
    await s.tickOnce(at('2026-03-01 10:00'));

    const first = await s.tickOnce(due);
    expect(first).toMatchObject({ claimed: 2, sent: 1, retried: 1 });
    expect(fake.deliveries.get('meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas')).toBe(
      1,
    );
    const broken = 'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:broken';
    const row = async () => (await reminders.list({})).find((r) => r.key === broken);
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: due + MINUTE,
      lastError: 'timeout',
    });

    // Not before its back-off: 1, 4, 16, 64 minutes.
    await s.tickOnce(due + 30_000);
    expect(fake.attempts.filter((r) => r.key === broken)).toHaveLength(1);
    let tick = due;
    for (const wait of [1, 4, 16]) {
      tick += wait * MINUTE;
      await s.tickOnce(tick);
      expect((await row())?.nextAttemptAt).toBe(tick + wait * 4 * MINUTE);
    }
    tick += 64 * MINUTE;
    const last = await s.tickOnce(tick);
    expect(last).toMatchObject({ claimed: 1, failed: 1 });
    expect(await row()).toMatchObject({
      status: 'failed',
      attempts: 5,
      lastError: 'timeout',
      leaseUntil: null,
    });
    expect(fake.attempts.filter((r) => r.key === broken).map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(fake.attempts.filter((r) => r.key === broken).map((r) => r.late)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    await s.tickOnce(tick + 3 * 60 * MINUTE);
    expect(fake.attempts.filter((r) => r.key === broken)).toHaveLength(5);
    expect([metrics.total('retried'), metrics.total('failed'), metrics.total('sent')]).toEqual([4, 1, 1]);
    expect((await reminders.list({ status: 'failed' })).map((r) => r.key)).toEqual([broken]);
  });

  it('a permanent failure fails at once; a throwing sender is retried', async () => {
    await seed(t.store, 'gone');
    let throws = true;
    const fake = fakeSender((r: ReminderToSend): DeliveryResult | null => {
      if (r.target === 'channel:console:gone')
        return { ok: false, permanent: true, error: 'channel_not_found' };
      if (throws) {
        throws = false;
        throw new Error('socket hang up');
      }
      return null;
    });
    const s = scheduler(fake.sender);
    await s.tickOnce(at('2026-03-01 10:00'));
    const report = await s.tickOnce(at('2026-03-03 09:00'));
    expect(report).toMatchObject({ claimed: 2, failed: 1, retried: 1, sent: 0 });
    const retry = await s.tickOnce(at('2026-03-03 09:01'));
    expect(retry).toMatchObject({ claimed: 1, sent: 1 });
    expect((await reminders.list({ status: 'failed' }))[0]).toMatchObject({
      lastError: 'channel_not_found',
      attempts: 1,
    });
  });

  it('a moved meeting re-plans: obsolete pending rows go, new ones come, sent ones stay', async () => {
    await seed(t.store);
    const fake = fakeSender();
    const s = scheduler(fake.sender);
    await s.tickOnce(at('2026-03-03 09:00'));
    expect(fake.sent.map((r) => r.key)).toEqual([
      'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas',
    ]);

    const tranas = await t.store.meetingSeries('series-tranas');
    if (!tranas) throw new Error('series missing');
    const moved = moveMeeting(
      tranas,
      await t.store.meetingsOf([tranas.id]),
      '2026-03-10',
      '2026-03-12',
      at('2026-03-04 08:00'),
    );
    if (!moved.ok) throw new Error(moved.error);
    await t.store.saveMeeting(moved.meeting);
    s.requestReplan();
    const report = await s.tickOnce(at('2026-03-04 08:00'));
    expect(report.sync).toMatchObject({ deleted: 2 });

    const tranasRows = (await reminders.list({})).filter((r) => r.key.includes('series-tranas'));
    expect(tranasRows.map((r) => [r.key, r.status])).toEqual([
      ['meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas', 'sent'],
      ['meeting-reminder:series-tranas:2026-03-12:7d:channel:console:tranas', 'pending'],
      ['meeting-reminder:series-tranas:2026-03-12:1d:channel:console:tranas', 'pending'],
      ['meeting-followup:series-tranas:2026-03-12:person:console:anna', 'pending'],
    ]);
    await s.tickOnce(at('2026-03-05 09:00'));
    expect(fake.sent.at(-1)?.key).toBe('meeting-reminder:series-tranas:2026-03-12:7d:channel:console:tranas');
  });

  it('a changed series moves its pending reminders (same keys); a clock going backwards re-sends nothing', async () => {
    await seed(t.store);
    const fake = fakeSender();
    const s = scheduler(fake.sender);
    await s.tickOnce(at('2026-03-03 09:00'));
    expect(fake.sent).toHaveLength(1);
    const tranas = await t.store.meetingSeries('series-tranas');
    if (!tranas) throw new Error('series missing');
    await t.store.saveMeetingSeries({ ...tranas, remindAt: '07:45' }, at('2026-03-03 10:00'));
    s.requestReplan();
    const report = await s.tickOnce(at('2026-03-03 10:00'));
    expect(report.sync).toMatchObject({ deleted: 0 });
    const dayBefore = (await reminders.list({})).find(
      (r) => r.key === 'meeting-reminder:series-tranas:2026-03-10:1d:channel:console:tranas',
    );
    expect(dayBefore).toMatchObject({ status: 'pending', dueAt: at('2026-03-09 07:45') });
    // The clock jumps back an hour and forward again: the 09:00 reminder is not sent a second time.
    await s.tickOnce(at('2026-03-03 08:00'));
    await s.tickOnce(at('2026-03-03 09:00'));
    await s.tickOnce(at('2026-03-03 09:05'));
    expect([...fake.deliveries.values()]).toEqual([1]);
  });

  it('a claim whose sender died is taken over after its lease', async () => {
    await seed(t.store);
    const fake = fakeSender();
    const s = scheduler(fake.sender);
    await s.tickOnce(at('2026-03-01 10:00'));
    const due = at('2026-03-03 09:00');
    const claimed = await reminders.claimDue(dueCutoffs(due), 10);
    expect(claimed.map((r) => r.attempts)).toEqual([1]);
    // Within the lease nobody else may take it.
    await s.tickOnce(due + 2 * MINUTE);
    expect(fake.sent).toEqual([]);
    await s.tickOnce(due + 6 * MINUTE);
    expect(fake.sent.map((r) => r.attempt)).toEqual([2]);
    // The dead attempt can no longer record anything.
    expect(await reminders.markSent(claimed[0]?.key ?? '', 1, 'zombie', due + 7 * MINUTE)).toBe(false);
  });

  it('two handles claiming at once claim every due row exactly once', async () => {
    const due = at('2026-03-03 09:00');
    const subject = { scope: TRANAS, name: 'Tranås', municipalityCode: '0687' };
    const planned = Array.from({ length: 300 }, (_, i) => ({
      key: `meeting-followup:s:${String(i).padStart(3, '0')}:person:console:p`,
      kind: 'meeting-followup' as const,
      at: due - i * 1000,
      subject,
      target: 'person:console:p',
      payload: {
        kind: 'meeting-followup' as const,
        subject,
        meeting: { seriesId: 's', originalOn: '2026-03-02', date: '2026-03-02', time: '13:00', place: null },
      },
    }));
    const window = { start: due - 3_600_000, end: due + 1 };
    expect(await reminders.syncPlan(planned, window, due)).toEqual({ upserted: 300, deleted: 0 });
    expect(await reminders.syncPlan(planned, window, due)).toEqual({ upserted: 0, deleted: 0 });
    const second = openDatabase(t.url);
    try {
      const others = reminderRepository(second.db, second.dialect);
      const drain = async (store: ReminderStore) => {
        const got: string[] = [];
        for (;;) {
          const batch = await store.claimDue(dueCutoffs(due), 7);
          if (batch.length === 0) return got;
          got.push(...batch.map((r) => r.key));
        }
      };
      const [a, b] = await Promise.all([drain(reminders), drain(others)]);
      const all = [...a, ...b].sort();
      expect(all).toEqual(planned.map((r) => r.key).sort());
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
