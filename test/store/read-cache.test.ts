import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import type { RoleGrant } from '../../src/domain/types.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { cachedStore, cacheRole } from '../../src/store/read-cache.ts';
import { createStores } from '../../src/store/stores.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, T0 } from './fixtures.ts';

/**
 * The read cache in front of the Store (src/store/read-cache.ts, ADR 0012): cached reads are answered from memory,
 * every write that changes them is seen at once, a rolled-back write is never served, and another process's write
 * is seen within the documented bound (SQLite: the next read; PostgreSQL: the entry's lifetime).
 */
const AREA = { type: 'area', id: 'hoglandet' } as const;
const grant = (person: string, role: RoleGrant['role'] = 'polis'): RoleGrant => ({
  person,
  role,
  scope: AREA,
});

describe.each(testDialects())('read cache ($name)', ({ name }) => {
  let db: TestDatabase;
  afterEach(async () => db?.dispose());

  function cached(now = () => T0) {
    const inner = createStore(db.handle.db, { committer: db.handle.committer });
    return cachedStore(inner, { ttlMs: 2_000, now });
  }

  it('answers a repeated read from memory and sees its own writes at once', async () => {
    db = await createTestDatabase(name);
    const store = cached();
    expect(await store.rolesOf('slack:U1')).toEqual([]);
    expect(await store.rolesOf('slack:U1')).toEqual([]);
    expect(store.cacheStats()).toMatchObject({ hits: 1, misses: 1 });
    await store.grantRole(grant('slack:U1'), T0);
    expect(await store.rolesOf('slack:U1')).toEqual([grant('slack:U1')]);
    await store.revokeRole(grant('slack:U1'));
    expect(await store.rolesOf('slack:U1')).toEqual([]);
    await store.insertAgreement(bundle('ag1'), T0);
    expect((await store.agreementForYear('0687', 2025))?.activities).toHaveLength(3);
    await store.deleteActivity('ag1-a3');
    expect((await store.agreementForYear('0687', 2025))?.activities).toHaveLength(2);
    await store.setPersonLang('slack:U1', 'en', T0);
    expect(await store.personLang('slack:U1')).toBe('en');
  });

  it('keeps its entries over writes that change nothing it holds (a registration, the audit)', async () => {
    db = await createTestDatabase(name);
    const store = cached();
    await store.insertAgreement(bundle('ag1'), T0);
    await store.rolesOf('slack:U1');
    await store.transaction(async (tx) => {
      await tx.insertRegistration({
        id: 'r1',
        activityId: 'ag1-a1',
        municipalityCode: '0687',
        occurredOn: '2025-05-01',
        count: 1,
        note: null,
        actor: 'slack:U1',
        platform: 'slack',
        idempotencyKey: 'k1',
        createdAt: T0,
        voidedAt: null,
        voidedBy: null,
      });
    });
    const before = store.cacheStats().hits;
    await store.rolesOf('slack:U1');
    expect(store.cacheStats().hits).toBe(before + 1);
  });

  it('never serves what a rolled-back transaction wrote, and a transaction reads its own writes', async () => {
    db = await createTestDatabase(name);
    const store = cached();
    expect(await store.rolesOf('slack:U2')).toEqual([]);
    await expect(
      store.transaction(async (tx) => {
        await tx.grantRole(grant('slack:U2'), T0);
        expect(await tx.rolesOf('slack:U2')).toEqual([grant('slack:U2')]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.rolesOf('slack:U2')).toEqual([]);
    expect(await store.rolesOf('slack:U2')).toEqual([]);
  });

  it('serves frozen values, and a fresh Map of names to each caller', async () => {
    db = await createTestDatabase(name);
    const store = cached();
    await store.savePoliceArea({ id: 'a1', name: 'LPO Höglandet', municipalityCodes: ['0687'] }, T0);
    const areas = await store.listPoliceAreas();
    expect(Object.isFrozen(areas)).toBe(true);
    expect(() => (areas as unknown as unknown[]).push(1)).toThrow();
    await store.setPersonName('slack:U1', 'Per Polis', T0);
    const names = await store.personNames(['slack:U1']);
    names.set('slack:U1', 'changed');
    expect((await store.personNames(['slack:U1'])).get('slack:U1')).toBe('Per Polis');
  });

  it("sees another process's write within the bound: within 50 ms (SQLite) or the entry's lifetime (PostgreSQL)", async () => {
    db = await createTestDatabase(name);
    let now = T0;
    const app = createStores(db.handle);
    const mine = name === 'sqlite' ? app.store : cached(() => now);
    const other = openDatabase(db.url);
    try {
      expect(await mine.rolesOf('slack:U3')).toEqual([]);
      await createStore(other.db).grantRole(grant('slack:U3'), T0);
      if (name === 'postgres') {
        now += 1_999;
        expect(await mine.rolesOf('slack:U3')).toEqual([]);
        now += 1;
      } else {
        // PRAGMA data_version is looked at no more than every 50 ms.
        await new Promise((r) => setTimeout(r, 60));
      }
      expect(await mine.rolesOf('slack:U3')).toEqual([grant('slack:U3')]);
    } finally {
      await other.close();
    }
  });
});

describe('read cache: every Store method', () => {
  it('is classified: cached, a plain read, a write that changes nothing cached, or a write that empties the cache', async () => {
    const db = await createTestDatabase('sqlite');
    try {
      const names = Object.keys(createStore(db.handle.db)).filter((n) => n !== 'transaction');
      expect(names.filter((n) => cacheRole(n) === 'unclassified')).toEqual([]);
    } finally {
      await db.dispose();
    }
  });
});

describe('read cache: a read racing a write', () => {
  it('does not keep a value read while a write to the same data ran', async () => {
    let roles: RoleGrant[] = [];
    let release: () => void = () => {};
    const inner = {
      async rolesOf() {
        const seen = roles;
        await new Promise<void>((r) => {
          release = r;
        });
        return seen;
      },
      async grantRole(g: RoleGrant) {
        roles = [g];
        return true;
      },
    } as unknown as Store;
    const store = cachedStore(inner, { ttlMs: 60_000 });
    const slow = store.rolesOf('p');
    await store.grantRole(grant('p'), T0);
    release();
    expect(await slow).toEqual([]);
    const fresh = store.rolesOf('p');
    release();
    expect(await fresh).toEqual([grant('p')]);
  });
});

describe('read cache: transactions', () => {
  function fake() {
    let roles: RoleGrant[] = [];
    const base = {
      async rolesOf() {
        return roles;
      },
      async grantRole(g: RoleGrant) {
        roles = [...roles, g];
        return true;
      },
    };
    const inner = {
      ...base,
      transaction: async <T>(fn: (tx: Store) => Promise<T>) => fn(base as unknown as Store),
    };
    return cachedStore(inner as unknown as Store, { ttlMs: 60_000 });
  }

  it('a transaction that wrote nothing cached fills the cache; none fills it while a cached write is uncommitted', async () => {
    const store = fake();
    await store.transaction(async (tx) => tx.rolesOf('p'));
    await store.rolesOf('p');
    expect(store.cacheStats()).toMatchObject({ hits: 1, misses: 1 });
    let commit: () => void = () => {};
    const writer = store.transaction(async (tx) => {
      await tx.grantRole(grant('p'), T0);
      await new Promise<void>((r) => {
        commit = r;
      });
    });
    await Promise.resolve();
    await store.rolesOf('p');
    await store.rolesOf('p');
    expect(store.cacheStats()).toMatchObject({ hits: 1, misses: 3, entries: 0 });
    commit();
    await writer;
    expect(await store.rolesOf('p')).toEqual([grant('p')]);
    expect(await store.rolesOf('p')).toEqual([grant('p')]);
    expect(store.cacheStats()).toMatchObject({ hits: 2, misses: 4 });
  });
});
