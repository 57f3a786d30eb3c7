import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/kysely-store.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

/**
 * SQLite's group commit (src/store/group-commit.ts): concurrent transactions share one commit; a unit that fails is
 * rolled back alone; a commit that fails takes the whole batch with it.
 */
describe('group commit (SQLite)', () => {
  let db: TestDatabase;
  afterEach(async () => db?.dispose());

  const area = (i: number) => ({ id: `area-${i}`, name: `Område ${i}`, municipalityCodes: ['0684'] });

  it('50 concurrent transactions share one commit; the one that throws gets its error alone and stores nothing', async () => {
    db = await createTestDatabase('sqlite');
    const committer = db.handle.committer;
    if (!committer) throw new Error('SQLite has a group committer');
    const before = committer.stats().batches;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        db.store.transaction(async (tx) => {
          await tx.savePoliceArea(area(i), 1);
          if (i === 17) throw new Error('unit 17 fails after writing');
          return i;
        }),
      ),
    );
    const rejected = results.flatMap((r, i) => (r.status === 'rejected' ? [[i, String(r.reason)]] : []));
    expect(rejected).toEqual([[17, 'Error: unit 17 fails after writing']]);
    expect(
      results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value),
    ).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i !== 17));
    const stored = (await db.store.listPoliceAreas()).map((a) => a.id);
    expect(stored).toHaveLength(49);
    expect(stored).not.toContain('area-17');
    expect(committer.stats().batches - before).toBe(1);
  });

  it('a failing commit answers every unit of the batch with the error and stores none of it', async () => {
    db = await createTestDatabase('sqlite');
    const committer = db.handle.committer;
    if (!committer) throw new Error('SQLite has a group committer');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        committer.run(async (trx) => {
          if (i === 25) {
            // A foreign-key violation checked only at COMMIT: the commit itself fails.
            await sql`pragma defer_foreign_keys = on`.execute(trx);
            await trx
              .insertInto('police_area_members')
              .values({ police_area_id: 'nowhere', municipality_code: '0684' })
              .execute();
            return i;
          }
          await createStore(trx, { inTransaction: true }).savePoliceArea(area(i), 1);
          return i;
        }),
      ),
    );
    expect(results.every((r) => r.status === 'rejected' && /FOREIGN KEY/.test(String(r.reason)))).toBe(true);
    expect(await db.store.listPoliceAreas()).toEqual([]);
    // The database is usable afterwards: the next transaction commits on its own.
    await db.store.transaction((tx) => tx.savePoliceArea(area(99), 1));
    expect((await db.store.listPoliceAreas()).map((a) => a.id)).toEqual(['area-99']);
  });

  it('transactions asked for while a batch runs form the next batch, each answered after its own commit', async () => {
    db = await createTestDatabase('sqlite');
    const order: string[] = [];
    const first = db.store.transaction(async (tx) => {
      await tx.savePoliceArea(area(1), 1);
      // Asked for from inside a running batch: must wait for the next one, not deadlock.
      void db.store
        .transaction(async (tx2) => tx2.savePoliceArea(area(2), 1))
        .then(() => order.push('second'));
      return 'first';
    });
    await first.then(() => order.push('first'));
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual(['first', 'second']);
    expect((await db.store.listPoliceAreas()).map((a) => a.id).sort()).toEqual(['area-1', 'area-2']);
  });
});
