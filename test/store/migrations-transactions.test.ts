import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, registration, T0 } from './fixtures.ts';

const TABLES = [
  'police_areas',
  'police_area_members',
  'agreements',
  'commitments',
  'activities',
  'registrations',
  'follow_up_statuses',
  'statistics',
  'meeting_series',
  'meetings',
  'channel_bindings',
  'role_grants',
  'audit_log',
  'processed_events',
  'prompts',
  'reminders',
  'conversation_refs',
  'person_settings',
  'public_snapshots',
  'activity_comments',
];

describe.each(testDialects())('migrations and transactions [$name]', ({ name }) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('migrates an empty database to the latest schema, and a second run is a no-op', async () => {
    t = await createTestDatabase(name, false);
    const before = await t.handle.db.introspection.getTables();
    expect(before.map((x) => x.name)).toEqual([]);

    const first = await migrateToLatest(t.handle.db);
    expect(first.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
    expect(first.every((r) => r.status === 'Success')).toBe(true);
    const tables = (await t.handle.db.introspection.getTables()).map((x) => x.name);
    for (const table of TABLES) expect(tables).toContain(table);

    const second = await migrateToLatest(t.handle.db);
    expect(second).toEqual([]);
    const store = createStore(t.handle.db);
    expect(await store.ping()).toBe(true);
    expect(await store.listPoliceAreas()).toEqual([]);
  });

  it('a transaction that throws after two inserts leaves nothing behind', async () => {
    t = await createTestDatabase(name);
    const { store } = t;
    const b = bundle('tx-fail');
    await expect(
      store.transaction(async (tx) => {
        await tx.insertAgreement(b, T0);
        await tx.insertRegistration(registration('r1', 'tx-fail-a1', '2025-05-02'));
        // Both writes are visible inside the transaction…
        expect(await tx.registration('r1')).not.toBeNull();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    // …and gone after it.
    expect(await store.agreementBundle('tx-fail')).toBeNull();
    expect(await store.registration('r1')).toBeNull();
    expect(await store.agreementsOf('0687')).toEqual([]);
  });

  it('a failing statement inside a transaction rolls back the earlier ones', async () => {
    t = await createTestDatabase(name);
    const { store } = t;
    await store.insertAgreement(bundle('base'), T0);
    await expect(
      store.transaction(async (tx) => {
        await tx.savePoliceArea({ id: 'x', name: 'LPO X', municipalityCodes: ['0687'] }, T0);
        await tx.insertRegistration(registration('r-ok', 'base-a1', '2025-05-02'));
        // Violates the primary key of agreements.
        await tx.insertAgreement(bundle('base'), T0);
      }),
    ).rejects.toThrow();
    expect(await store.listPoliceAreas()).toEqual([]);
    expect(await store.registration('r-ok')).toBeNull();
    expect(await store.agreementBundle('base')).not.toBeNull();
  });

  it('a multi-row repository change is atomic on its own (insertAgreement with a bad activity)', async () => {
    t = await createTestDatabase(name);
    const { store } = t;
    const b = bundle('atomic');
    const broken = {
      ...b,
      activities: [...b.activities, { ...(b.activities[0] as (typeof b.activities)[0]) }],
    };
    await expect(store.insertAgreement(broken, T0)).rejects.toThrow();
    expect(await store.agreementBundle('atomic')).toBeNull();
    expect(await store.agreementsOf('0687')).toEqual([]);
  });

  it('a transaction that succeeds commits everything and returns its value', async () => {
    t = await createTestDatabase(name);
    const { store } = t;
    const result = await store.transaction(async (tx) => {
      await tx.insertAgreement(bundle('tx-ok'), T0);
      // A nested transaction joins the outer one.
      await tx.transaction(async (inner) => {
        await inner.insertRegistration(registration('r2', 'tx-ok-a1', '2025-05-02'));
      });
      return 'done';
    });
    expect(result).toBe('done');
    expect(await store.agreementBundle('tx-ok')).not.toBeNull();
    expect(await store.registration('r2')).not.toBeNull();
  });
});
