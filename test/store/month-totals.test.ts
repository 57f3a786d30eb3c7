import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import type { MonthlyCount } from '../../src/domain/ports.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { wholeMonths } from '../../src/store/repositories/registrations.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, registration, T0 } from './fixtures.ts';

/**
 * Monthly counts over whole months come from registration_month_totals, which triggers keep (migration 0011): they
 * must equal the sum over the registrations themselves after inserts, voids, corrections and deletes, on both
 * dialects, and the migration fills the table from the registrations already stored.
 */
describe.each(testDialects())('registration month totals ($name)', ({ name }) => {
  let db: TestDatabase;
  afterEach(async () => db?.dispose());

  /** The same counts by scanning the registrations (a range that is not whole months takes that path). */
  async function scanned(ids: string[], first: string, last: string): Promise<MonthlyCount[]> {
    const rows = await sql<{ activity_id: string; month: string; total: number }>`
      select activity_id, substr(occurred_on, 1, 7) as month, sum(count) as total from registrations
      where activity_id in (${sql.join(ids)}) and occurred_on >= ${first} and occurred_on <= ${last}
        and voided_at is null
      group by activity_id, substr(occurred_on, 1, 7) order by activity_id, month`.execute(db.handle.db);
    return rows.rows.map((r) => ({ activityId: r.activity_id, month: r.month, count: Number(r.total) }));
  }

  it('equal the registrations summed after inserts, voids, corrections and deletes', async () => {
    db = await createTestDatabase(name);
    const store = db.store;
    await store.insertAgreement(bundle('ag1'), T0);
    const ids = ['ag1-a1', 'ag1-a2'];
    const days = ['2025-01-01', '2025-01-31', '2025-02-14', '2025-04-30', '2025-05-01', '2025-12-31'];
    let n = 0;
    for (const day of days) {
      for (const id of ids) await store.insertRegistration(registration(`r${n++}`, id, day, (n % 7) + 1));
    }
    await store.insertRegistration(
      registration('dup', 'ag1-a1', '2025-01-01', 5, { idempotencyKey: 'key-r0' }),
    );
    await store.voidRegistration('r2', 'slack:U1', T0);
    await store.voidRegistration('r3', 'slack:U1', T0);
    // A correction moves a registration to another month and count; a delete takes one away.
    await db.handle.db
      .updateTable('registrations')
      .set({ occurred_on: '2025-03-03', count: 9 })
      .where('id', '=', 'r4')
      .execute();
    await db.handle.db.updateTable('registrations').set({ voided_at: null }).where('id', '=', 'r3').execute();
    await db.handle.db.deleteFrom('registrations').where('id', '=', 'r5').execute();
    const expected = await scanned(ids, '2025-01-01', '2025-12-31');
    expect(await store.monthlyCounts(ids, '2025-01-01', '2025-12-31')).toEqual(expected);
    expect(await store.monthlyCounts(ids, '2025-02-01', '2025-04-30')).toEqual(
      await scanned(ids, '2025-02-01', '2025-04-30'),
    );
    // Part of a month: counted from the registrations themselves.
    expect(await store.monthlyCounts(ids, '2025-01-02', '2025-12-31')).toEqual(
      await scanned(ids, '2025-01-02', '2025-12-31'),
    );
    // Voiding every registration of a month leaves no row for it, as before.
    for (const id of ['r0', 'r1']) await store.voidRegistration(id, 'slack:U1', T0);
    const january = await store.monthlyCounts(ids, '2025-01-01', '2025-01-31');
    expect(january).toEqual(await scanned(ids, '2025-01-01', '2025-01-31'));
  });

  it('the migration fills the totals from the registrations already stored', async () => {
    db = await createTestDatabase(name, false);
    const names = Object.keys(migrations);
    const migrator = new Migrator({ db: db.handle.db, provider: { getMigrations: async () => migrations } });
    const before = names[names.indexOf('0011_registration_month_totals') - 1] as string;
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    const store = createStore(db.handle.db);
    await store.insertAgreement(bundle('ag1'), T0);
    await store.insertRegistration(registration('r1', 'ag1-a1', '2025-05-02', 3));
    await store.insertRegistration(registration('r2', 'ag1-a1', '2025-05-20', 4));
    await store.insertRegistration(registration('r3', 'ag1-a1', '2025-06-01', 1, { voidedAt: T0 }));
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await store.monthlyCounts(['ag1-a1'], '2025-01-01', '2025-12-31')).toEqual([
      { activityId: 'ag1-a1', month: '2025-05', count: 7 },
    ]);
  });
});

describe('wholeMonths', () => {
  it('is true only from the first of a month to the last of a month', () => {
    expect(wholeMonths('2024-01-01', '2024-02-29')).toBe(true);
    expect(wholeMonths('2025-01-01', '2025-02-28')).toBe(true);
    expect(wholeMonths('2025-01-01', '2025-02-27')).toBe(false);
    expect(wholeMonths('2025-09-01', '2025-12-31')).toBe(true);
    expect(wholeMonths('2025-09-02', '2025-12-31')).toBe(false);
    expect(wholeMonths('2025-04-01', '2025-04-30')).toBe(true);
    expect(wholeMonths('2025-04-01', '2025-04-31')).toBe(false);
    expect(wholeMonths('nope', '2025-04-30')).toBe(false);
  });
});
