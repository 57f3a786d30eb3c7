import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { loadPlanInputs } from '../../src/scheduler/plan/load-inputs.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { DEFAULT_OFFSETS, type PlannedReminder } from '../../src/scheduler/types.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { type DatabaseHandle, openDatabase } from '../../src/store/open.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { at, days, fakeSender, ZONE } from './fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(testDialects())('two scheduler instances on one database over 2026 [$name]', ({ name }) => {
  let t: TestDatabase;
  let second: DatabaseHandle;
  let expected: PlannedReminder[];

  beforeAll(async () => {
    t = await createTestDatabase(name);
    second = openDatabase(t.url);
    const start = at('2026-01-01 00:00');
    await loadDemo(t.store, fixedClock(start), ZONE);
    const year = days('2026-01-01', '2026-12-31');
    expected = plan(
      await loadPlanInputs(t.store, loadRegister(), year, {
        zone: ZONE,
        asOf: start,
        offsets: DEFAULT_OFFSETS,
      }),
      year,
    );
  });
  afterAll(async () => {
    await second.close();
    await t.dispose();
  });

  it('send every reminder exactly once', async () => {
    const fake = fakeSender();
    const sentBy = { a: 0, b: 0 };
    const instance = (handle: DatabaseHandle, id: 'a' | 'b') =>
      new Scheduler({
        store: createStore(handle.db),
        reminders: reminderRepository(handle.db, handle.dialect),
        sender: {
          async send(r) {
            const result = await fake.sender.send(r);
            if (result.ok) sentBy[id]++;
            return result;
          },
        },
        names: loadRegister(),
        clock: fixedClock(0),
        logger: silentLogger,
        zone: ZONE,
        replanEveryMs: 6 * HOUR,
        batchSize: 2,
      });
    const a = instance(t.handle, 'a');
    const b = instance(second, 'b');

    // Tick both instances, concurrently and a few seconds apart: every morning, and at (or up to ten minutes
    // after) every planned reminder, over the whole year.
    const rnd = random(2026);
    const ticks = new Set<number>();
    for (let d = at('2026-01-01 06:00'); d < at('2027-01-01 00:00'); d += DAY) ticks.add(d);
    for (const r of expected) {
      ticks.add(r.at);
      ticks.add(r.at + Math.floor(rnd() * 10 * MINUTE));
    }
    for (const tick of [...ticks].sort((x, y) => x - y)) {
      const skew = Math.floor(rnd() * 5000);
      await Promise.all([a.tickOnce(tick), b.tickOnce(tick + skew)]);
    }

    const twice = [...fake.deliveries].filter(([, n]) => n !== 1);
    expect(twice).toEqual([]);
    expect([...fake.deliveries.keys()].sort()).toEqual(expected.map((r) => r.key).sort());
    expect(fake.sent.every((r) => !r.late)).toBe(true);
    // Both instances did part of the work.
    expect(sentBy.a).toBeGreaterThan(0);
    expect(sentBy.b).toBeGreaterThan(0);
    expect(sentBy.a + sentBy.b).toBe(expected.length);
    const rows = await reminderRepository(t.handle.db, t.handle.dialect).list({
      dueTo: at('2027-01-01 00:00'),
    });
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(rows).toHaveLength(expected.length);
  }, 120_000);
});
