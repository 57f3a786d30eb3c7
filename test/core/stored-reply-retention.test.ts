import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORED_REPLY_DAYS } from '../../src/domain/retention.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { fakeSender } from '../scheduler/fixtures.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture, NOW, ZONE } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The stored reply of a processed command (which may quote a note) is kept only as long as a platform may retry the
 * event or a question's button may be pressed: the scheduler's tick prunes older records in small batches.
 */
describe.each(testDialects())('stored replies are pruned after the window [$name]', ({ name }) => {
  let f: CoreFixture;
  let scheduler: Scheduler;
  beforeEach(async () => {
    f = await coreFixture(name);
    scheduler = new Scheduler({
      store: f.db.store,
      reminders: reminderRepository(f.db.handle.db, f.db.handle.dialect),
      sender: fakeSender().sender,
      names: loadRegister(),
      clock: f.clock,
      logger: silentLogger,
      zone: ZONE,
      ticker: { start() {}, stop() {} },
    });
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const keys = async () =>
    (await f.db.handle.db.selectFrom('processed_events').select('key').orderBy('key').execute()).map(
      (r) => r.key,
    );

  it('the first tick removes the records older than the window, 200 at a time, and keeps the recent ones', async () => {
    expect(STORED_REPLY_DAYS).toBe(7);
    const ages: [key: string, ageMs: number, kept: boolean][] = [
      ['now', 0, true],
      ['one-day', DAY, true],
      ['six-days', 6 * DAY, true],
      ['just-inside', 7 * DAY - 5 * 60_000, true],
      ['just-outside', 7 * DAY + 1, false],
      ['a-month', 30 * DAY, false],
    ];
    for (const [key, age] of ages) await f.db.store.recordProcessedEvent(key, '{"headline":"x"}', NOW - age);
    await f.db.handle.db
      .insertInto('processed_events')
      .values(
        Array.from({ length: 250 }, (_, i) => ({ key: `old-${i}`, reply: '{}', created_at: NOW - 40 * DAY })),
      )
      .execute();
    const batches: number[] = [];
    const prune = f.db.store.pruneProcessedEvents.bind(f.db.store);
    f.db.store.pruneProcessedEvents = async (before, limit) => {
      const n = await prune(before, limit);
      batches.push(n);
      expect(limit).toBe(200);
      return n;
    };
    await scheduler.tickOnce(NOW);
    // 252 old ones: a batch of 200, then the rest; the run stops at the first batch that is not full.
    expect(batches).toEqual([200, 52]);
    const left = await keys();
    for (const [key, , kept] of ages) expect(left.includes(key), key).toBe(kept);
    expect(left.filter((k) => k.startsWith('old-'))).toEqual([]);
  });

  it('prunes at most once an hour: the next minute’s tick leaves what expired since; an hour later it goes', async () => {
    await scheduler.tickOnce(NOW);
    for (const [at, expired, kept] of [
      [NOW + 60_000, 'late-1', true],
      [NOW + 30 * 60_000, 'late-2', true],
      [NOW + 60 * 60_000, 'late-3', false],
      [NOW + 61 * 60_000, 'late-4', true],
      [NOW + 2 * 60 * 60_000, 'late-5', false],
    ] as const) {
      await f.db.store.recordProcessedEvent(expired, '{}', at - 8 * DAY);
      await scheduler.tickOnce(at);
      expect((await keys()).includes(expired), `${expired} at +${(at - NOW) / 60_000} min`).toBe(kept);
    }
    // What a skipped tick left is taken by the next hourly run.
    expect((await keys()).filter((k) => k.startsWith('late-'))).toEqual([]);
  });

  it('a retried event inside the window is answered from its record; after it, once, with no second registration', async () => {
    const first = await f.say('per', '/insats Sävsjö', { eventId: 'slack-retry' });
    expect(first.tone).toBe('success');
    for (const [days, same] of [
      [1, true],
      [6, true],
      [8, false],
    ] as const) {
      f.clock.set(NOW + days * DAY);
      await scheduler.tickOnce(NOW + days * DAY);
      const again = await f.say('per', '/insats Sävsjö', { eventId: 'slack-retry' });
      if (same) expect(again).toEqual(first);
      else expect(again.headline).toBe('Det här är redan registrerat (samma händelse kom två gånger).');
      expect(await chatRegistrations(f)).toBe(1);
    }
  });

  it('a question’s button pressed after the window says it is too old and stores nothing; inside it, it runs', async () => {
    for (const [days, runs] of [
      [STORED_REPLY_DAYS + 1, false],
      [1, true],
    ] as const) {
      f.clock.set(NOW);
      const suggestion = await f.say('per', '/insats Savsjo igår 2', { eventId: `e-old-${days}` });
      const button = suggestion.buttons?.[0];
      if (!button) throw new Error('no button');
      f.clock.set(NOW + days * DAY);
      await scheduler.tickOnce(NOW + days * DAY);
      const before = await chatRegistrations(f);
      const pressed = await f.press('per', button);
      if (runs) {
        expect(pressed.tone).toBe('success');
        expect(await chatRegistrations(f)).toBe(before + 1);
      } else {
        expect(pressed.headline).toBe('Frågan är för gammal för att besvaras med knappen');
        expect(pressed.sections?.map((s) => s.text).join(' ')).toContain(
          'Ingenting har sparats. Skriv kommandot igen: /insats @2026-11-21 Sävsjö igår 2',
        );
        expect(await chatRegistrations(f)).toBe(before);
      }
    }
  });
});
