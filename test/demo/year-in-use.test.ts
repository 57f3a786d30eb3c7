import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, tertialWrittenAt } from '../../src/demo/load-demo.ts';
import type { Statistic, TertialNumber } from '../../src/domain/types.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

const ZONE = 'Europe/Stockholm';
/** Saturday 21 November 2026: T3 of the demo's 2025–2026 agreements; five tertials are finished. */
const NOW = DateTime.fromISO('2026-11-21T10:00', { zone: ZONE }).toMillis();
const FINISHED = ['2025|1', '2025|2', '2025|3', '2026|1', '2026|2'];

/**
 * A believable demo: each kommun has its own drug statistics, varying from tertial to tertial, and the status
 * texts, statistics and registrations carry the times they would have been written — not the moment of loading.
 */
describe('the demo as a year in use', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await loadDemo(db.store, fixedClock(NOW), ZONE);
  });
  afterAll(() => db.dispose());

  const byTertial = (rows: readonly Statistic[]) => {
    const out = new Map<string, string>();
    for (const key of FINISHED) {
      const figures = rows
        .filter((r) => `${r.year}|${r.tertial}` === key)
        .map((r) => `${r.category}=${r.count}/${r.youth ?? '-'}`)
        .sort();
      out.set(key, figures.join(' '));
    }
    return out;
  };

  it('gives Tranås and Sävsjö their own statistics in every finished tertial, varying between tertials', async () => {
    const tranas = await db.store.statisticsOf('0687', [2025, 2026]);
    const savsjo = await db.store.statisticsOf('0684', [2025, 2026]);
    const [t, s] = [byTertial(tranas), byTertial(savsjo)];
    for (const key of FINISHED) {
      expect(t.get(key), key).not.toBe('');
      expect(s.get(key), key).not.toBe('');
      expect(t.get(key), key).not.toBe(s.get(key));
    }
    expect(new Set(t.values()).size).toBeGreaterThan(1);
    expect(new Set(s.values()).size).toBeGreaterThan(1);
    const total = (rows: readonly Statistic[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(total(tranas)).toBeGreaterThan(2 * total(savsjo));
    for (const r of [...tranas, ...savsjo]) expect(r.youth ?? 0).toBeLessThanOrEqual(r.count);
    // Nothing for the tertial still running.
    expect([...tranas, ...savsjo].filter((r) => r.year === 2026 && r.tertial === 3)).toEqual([]);
  });

  it('dates status texts and statistics at the end of their tertial, registrations on their day', async () => {
    for (const id of ['demo-tranas-2025-2026', 'demo-savsjo-2025-2026']) {
      const bundle = await db.store.agreementBundle(id);
      const ids = (bundle?.activities ?? []).map((a) => a.id);
      const statuses = await db.store.latestStatuses(ids, [2025, 2026]);
      expect(statuses.length).toBeGreaterThan(0);
      for (const s of statuses) expect(s.createdAt).toBe(tertialWrittenAt(s, ZONE));
      expect(new Set(statuses.map((s) => s.createdAt)).size).toBe(FINISHED.length);
      const registrations = await db.store.registrationsOf(ids, '2025-01-01', '2026-11-20');
      expect(registrations.length).toBeGreaterThan(0);
      for (const r of registrations) {
        expect(DateTime.fromMillis(r.createdAt, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm')).toBe(
          `${r.occurredOn} 16:00`,
        );
      }
    }
    for (const code of ['0687', '0684']) {
      for (const s of await db.store.statisticsOf(code, [2025, 2026])) {
        expect(s.createdAt).toBe(tertialWrittenAt(s, ZONE));
      }
    }
  });

  it('writes a tertial at 15:00 on its last weekday, in Stockholm time across summer and winter time', () => {
    const cases: [number, TertialNumber, string][] = [
      [2026, 1, '2026-04-30T15:00:00.000+02:00'], // Thursday, summer time
      [2025, 2, '2025-08-29T15:00:00.000+02:00'], // 31 Aug is a Sunday: the Friday before
      [2025, 3, '2025-12-31T15:00:00.000+01:00'], // Wednesday, winter time
      [2022, 1, '2022-04-29T15:00:00.000+02:00'], // 30 Apr is a Saturday
      [2027, 3, '2027-12-31T15:00:00.000+01:00'], // Friday
    ];
    for (const [year, tertial, iso] of cases) {
      expect(DateTime.fromMillis(tertialWrittenAt({ year, tertial }, ZONE), { zone: ZONE }).toISO()).toBe(
        iso,
      );
    }
  });
});
