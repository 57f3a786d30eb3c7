import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEND_TIMEOUT_MS } from '../../src/app/reminder-sender.ts';
import type { Logger, Store } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { DEFAULT_DUE_POLICY, dueCutoffs } from '../../src/scheduler/due.ts';
import type { ReminderSender, ReminderStore } from '../../src/scheduler/ports.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { type DatabaseHandle, openDatabase } from '../../src/store/open.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { at, fakeSender, HOGLANDET, series } from './fixtures.ts';

const MINUTE = 60_000;
const TRANAS = { type: 'kommun', id: '0687' } as const;
const DUE = at('2026-03-03 09:00');
const CHANNELS = ['c1', 'c2', 'c3', 'c4', 'c5'];
const keyOf = (channel: string) => `meeting-reminder:series-tranas:2026-03-10:7d:channel:console:${channel}`;

/** Tranås meets Tuesday 10 March: its 7-day reminder is due at 09:00 on 3 March in each of five bound channels. */
async function seed(store: Store): Promise<void> {
  const now = at('2026-01-01 00:00');
  await store.savePoliceArea(HOGLANDET, now);
  await store.saveMeetingSeries(series({ firstDate: '2026-03-10' }), now);
  for (const c of CHANNELS)
    await store.saveBinding({ platform: 'console', conversationId: c, scope: TRANAS }, now);
}

it('a send is cut off well within the lease it is sent under, so a confirmed reminder cannot be claimed while it is sent', () => {
  expect(DEFAULT_DUE_POLICY.leaseMs).toBeGreaterThanOrEqual(2 * SEND_TIMEOUT_MS);
});

describe.each(testDialects())('the lease of a claimed reminder [$name]', ({ name }) => {
  let t: TestDatabase;
  let second: DatabaseHandle;
  let reminders: ReminderStore;

  // One database per dialect (made and seeded once: PostgreSQL's are slow to make); each test starts with no reminders.
  beforeAll(async () => {
    t = await createTestDatabase(name);
    second = openDatabase(t.url);
    reminders = reminderRepository(t.handle.db, t.handle.dialect);
    await seed(t.store);
  });
  beforeEach(async () => {
    await t.handle.db.deleteFrom('reminders').execute();
  });
  afterAll(async () => {
    await second.close();
    await t.dispose();
  });

  /** A scheduler on `handle` whose clock is the test's `clock.now` (moved forward by the senders, never waited). */
  function instance(handle: DatabaseHandle, sender: ReminderSender, clock: { now: number }) {
    return new Scheduler({
      store: t.store,
      reminders: reminderRepository(handle.db, handle.dialect),
      sender,
      names: loadRegister(),
      clock: { now: () => clock.now },
      logger: silentLogger,
      zone: 'Europe/Stockholm',
      replanEveryMs: 24 * 60 * MINUTE,
      batchSize: 20,
    });
  }

  it('a batch slowed beyond its lease by rate limiting, and a second instance ticking meanwhile: each reminder goes out once', async () => {
    const clock = { now: DUE - 60 * MINUTE };
    const fast = fakeSender();
    const b = instance(second, fast.sender, clock);
    await b.tickOnce(clock.now); // plans the rows; nothing due yet
    const slow = fakeSender();
    let bTicked = false;
    const a = instance(
      t.handle,
      {
        async send(r) {
          // Each message waits out two minutes of Slack's Retry-After before it is accepted.
          const result = await slow.sender.send(r);
          clock.now += 2 * MINUTE;
          // Six minutes into the batch — past the five-minute lease it was claimed with — the other instance ticks.
          if (!bTicked && clock.now > DUE + 5 * MINUTE) {
            bTicked = true;
            await b.tickOnce(clock.now);
          }
          return result;
        },
      },
      clock,
    );
    clock.now = DUE;
    const report = await a.tickOnce(DUE);
    expect(bTicked).toBe(true);
    expect(report.claimed).toBe(CHANNELS.length);

    const twice = CHANNELS.map(keyOf).filter(
      (k) => (slow.deliveries.get(k) ?? 0) + (fast.deliveries.get(k) ?? 0) !== 1,
    );
    expect(twice).toEqual([]);
    // The first three were sent by the instance that claimed them (each lease confirmed just before its send); the
    // two the other instance took over once their lease had run out are skipped by the first.
    expect(report).toMatchObject({ sent: 3, skipped: 2 });
    expect(fast.sent.map((r) => r.key)).toEqual([keyOf('c4'), keyOf('c5')]);
    const rows = await reminders.list({ dueTo: DUE + 1 });
    expect(rows.map((r) => [r.key, r.status, r.attempts])).toEqual(
      CHANNELS.map((c, i) => [keyOf(c), 'sent', i < 3 ? 1 : 2]),
    );
    // A later tick of either sends nothing again.
    await a.tickOnce(clock.now + 10 * MINUTE);
    await b.tickOnce(clock.now + 11 * MINUTE);
    expect(slow.sent.length + fast.sent.length).toBe(CHANNELS.length);
  });

  it('alone, a slow batch keeps every claim it confirms and sends each reminder once', async () => {
    const clock = { now: DUE };
    const fake = fakeSender();
    const a = instance(
      t.handle,
      {
        async send(r) {
          clock.now += 2 * MINUTE;
          return fake.sender.send(r);
        },
      },
      clock,
    );
    const report = await a.tickOnce(DUE);
    expect(report).toMatchObject({ claimed: 5, sent: 5, skipped: 0 });
    expect([...fake.deliveries.values()]).toEqual([1, 1, 1, 1, 1]);
    const rows = await reminders.list({});
    expect(rows.filter((r) => r.status === 'sent').map((r) => r.sentAt)).toEqual(
      [2, 4, 6, 8, 10].map((m) => DUE + m * MINUTE),
    );
  });

  it('renewLease: only the attempt that holds the row may extend its lease, in one statement', async () => {
    await instance(t.handle, fakeSender().sender, { now: DUE - MINUTE }).tickOnce(DUE - MINUTE);
    const key = keyOf('c1');
    const claim = async (now: number) =>
      (await reminders.claimDue(dueCutoffs(now), 1)).map((r) => r.attempts);
    const row = async () => (await reminders.list({})).find((r) => r.key === key);
    const cases: [string, () => Promise<unknown>, number, boolean][] = [
      ['the holder, within its lease', () => claim(DUE), 1, true],
      ['the holder, its lease run out but nobody took it', async () => undefined, 1, true],
      ['an attempt whose row was taken over', () => claim(DUE + 30 * MINUTE), 1, false],
      ['the attempt that took it over', async () => undefined, 2, true],
      [
        'an attempt whose row is already sent',
        () => reminders.markSent(key, 2, 'm', DUE + 45 * MINUTE),
        2,
        false,
      ],
    ];
    let now = DUE;
    for (const [what, step, attempt, owned] of cases) {
      await step();
      now += 10 * MINUTE;
      const leaseBefore = (await row())?.leaseUntil;
      expect([what, await reminders.renewLease(key, attempt, now + 5 * MINUTE, now)]).toEqual([what, owned]);
      expect([what, (await row())?.leaseUntil]).toEqual([what, owned ? now + 5 * MINUTE : leaseBefore]);
    }
  });
  it('recordProgress: the attempt that holds the row records; so does one whose late answer came after it gave up, until the next claim', async () => {
    await instance(t.handle, fakeSender().sender, { now: DUE - MINUTE }).tickOnce(DUE - MINUTE);
    const key = keyOf('c1');
    const shown = async () => (await reminders.list({})).find((r) => r.key === key)?.shown ?? null;
    await reminders.claimDue(dueCutoffs(DUE), 1);
    const cases: [string, () => Promise<unknown>, number, boolean, number][] = [
      ['the holder, sending', async () => undefined, 1, true, 1],
      [
        'the same attempt after it was given up (timed out) for a retry',
        () => reminders.markRetry(key, 1, DUE + MINUTE, 'timed out', DUE),
        1,
        true,
        2,
      ],
      [
        'that attempt once the retry has claimed the row',
        () => reminders.claimDue(dueCutoffs(DUE + MINUTE), 1),
        1,
        false,
        2,
      ],
      ['the retry', async () => undefined, 2, true, 3],
    ];
    for (const [what, step, attempt, recorded, sent] of cases) {
      await step();
      // A refused write would claim all three parts shown: the record must stay as it was.
      const progress = { total: 3, sent: recorded ? sent : 3, first: 'p1' };
      expect([what, await reminders.recordProgress(key, attempt, progress, DUE)]).toEqual([what, recorded]);
      expect([what, await shown()]).toEqual([what, { total: 3, sent, first: 'p1' }]);
    }
  });

  it.each([
    // Where the process died, what it had recorded, what the next attempt sends and whether it warns of a doubt.
    ['before its send began', null, null, true, false],
    ['as its message went out, before Slack’s answer was recorded', 'began', null, true, true],
    ['after Slack accepted the first of two parts', 'began', { total: 2, sent: 1, first: 'p1' }, true, true],
    [
      'after Slack accepted every part, before the reminder was marked sent',
      'began',
      { total: 2, sent: 2, first: 'p1' },
      false,
      false,
    ],
  ] as const)(
    'a process that died %s: the next attempt, on another instance, follows the record',
    async (_where, began, shown, sendsAgain, warns) => {
      await instance(t.handle, fakeSender().sender, { now: DUE - MINUTE }).tickOnce(DUE - MINUTE);
      const key = keyOf('c1');
      // The process that died: it claimed c1, began its send and recorded what Slack accepted — then nothing more.
      expect((await reminders.claimDue(dueCutoffs(DUE), 1)).map((r) => r.key)).toEqual([key]);
      if (began) expect(await reminders.renewLease(key, 1, DUE + 5 * MINUTE, DUE)).toBe(true);
      if (shown) expect(await reminders.recordProgress(key, 1, shown, DUE)).toBe(true);
      expect((await reminders.list({ dueTo: DUE + 1 }))[0]).toMatchObject({
        key,
        sendBegan: began ? 1 : null,
        shown,
      });

      const handed: [string, unknown][] = [];
      const warnings: string[] = [];
      const logger: Logger = {
        debug: () => {},
        info: () => {},
        warn: (_fields, msg) => warnings.push(msg),
        error: () => {},
        child: () => logger,
      };
      const other = new Scheduler({
        store: t.store,
        reminders: reminderRepository(second.db, second.dialect),
        sender: {
          async send(r, progress) {
            handed.push([r.key, progress?.shown ?? null]);
            return { ok: true, messageId: 'm-other' };
          },
        },
        names: loadRegister(),
        clock: { now: () => DUE + 6 * MINUTE },
        logger,
        zone: 'Europe/Stockholm',
      });
      await other.tickOnce(DUE + 6 * MINUTE);
      expect(handed.filter(([k]) => k === key)).toEqual(sendsAgain ? [[key, shown]] : []);
      expect(warnings.filter((w) => w.includes('may have delivered'))).toHaveLength(warns ? 1 : 0);
      const row = (await reminders.list({ dueTo: DUE + 1 }))[0];
      expect(row).toMatchObject({
        key,
        status: 'sent',
        attempts: 2,
        sendBegan: null,
        messageId: sendsAgain ? 'm-other' : 'p1',
      });
    },
  );
});
