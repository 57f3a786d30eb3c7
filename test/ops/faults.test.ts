import { EventEmitter } from 'node:events';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { installProcessGuards } from '../../src/app/process-guards.ts';
import { startServer } from '../../src/app/start.ts';
import type { Notifier } from '../../src/bots/contract.ts';
import { loadConfig } from '../../src/config.ts';
import { isLoftesbotError } from '../../src/domain/errors.ts';
import type { DeliveryResult, Logger } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { busyCode, retryBusy } from '../../src/store/busy-retry.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { type DatabaseHandle, openDatabase } from '../../src/store/open.ts';
import { seedDemo, ZONE } from '../chaos/support/seed.ts';
import { bundle, registration, T0 } from '../store/fixtures.ts';
import { createTestDatabase, freshSqliteUrl, type TestDatabase, testDialects } from '../support/databases.ts';

/**
 * Issue 9, item 4: a busy or briefly locked database is retried; an exception in one request or one reminder
 * never stops the others or the process. (Slack failing with 5xx, 429 and timeouts: test/chaos/flaky-slack.)
 */

const fail = (code: string) => Object.assign(new Error(code), { code });

describe('retrying a transaction refused on a lock', () => {
  it('knows the lock errors of both databases, and nothing else', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '40001', '40P01', '55P03']) {
      expect(busyCode(fail(code))).toBe(code);
    }
    for (const e of [fail('SQLITE_CONSTRAINT_UNIQUE'), fail('23505'), new Error('x'), null, 'SQLITE_BUSY']) {
      expect(busyCode(e)).toBeNull();
    }
  });

  it('runs the work again after a lock error, and throws anything else at once', async () => {
    let calls = 0;
    const retries: number[] = [];
    const policy = { attempts: 5, baseMs: 1, maxMs: 2, onRetry: (n: number) => retries.push(n) };
    const value = await retryBusy(async () => {
      if (++calls < 3) throw fail('SQLITE_BUSY');
      return 'done';
    }, policy);
    expect(value).toBe('done');
    expect(retries).toEqual([1, 2]);
    calls = 0;
    await expect(
      retryBusy(async () => {
        calls++;
        throw fail('SQLITE_CONSTRAINT_UNIQUE');
      }, policy),
    ).rejects.toThrow('SQLITE_CONSTRAINT_UNIQUE');
    expect(calls).toBe(1);
  });

  it('gives up with E_STORE_BUSY naming the lock after the last try', async () => {
    const e = await retryBusy(
      async () => {
        throw fail('40P01');
      },
      { attempts: 3, baseMs: 1, maxMs: 1 },
    ).catch((x: unknown) => x);
    expect(isLoftesbotError(e, 'E_STORE_BUSY')).toBe(true);
    expect((e as Error).message).toContain('40P01');
  });
});

describe('SQLite: another connection holding the lock', () => {
  let t: TestDatabase | null = null;
  let other: DatabaseHandle | null = null;
  afterEach(async () => {
    await other?.close();
    await t?.dispose();
    t = null;
    other = null;
  });

  it('a transaction waiting on a writer that holds the lock past busy_timeout is retried and commits', async () => {
    t = await createTestDatabase('sqlite');
    await t.store.insertAgreement(bundle('busy'), T0);
    other = openDatabase(t.url);
    // Our connection waits only 20 ms per try, so the test need not wait out the 5 s default.
    t.handle.sqlite?.pragma('busy_timeout = 20');
    other.sqlite?.exec('BEGIN IMMEDIATE');
    other.sqlite
      ?.prepare("insert into processed_events (key, reply, created_at) values ('held', '{}', 0)")
      .run();
    setTimeout(() => other?.sqlite?.exec('COMMIT'), 120);
    let runs = 0;
    await t.store.transaction(async (tx) => {
      runs++;
      await tx.insertRegistration(registration('r-busy', 'busy-a1', '2025-05-02'));
    });
    expect(runs).toBeGreaterThan(1);
    expect(await t.store.registration('r-busy')).not.toBeNull();
    expect(await t.store.processedEvent('held')).toBe('{}');
  });

  it('a transaction whose snapshot went stale (SQLITE_BUSY_SNAPSHOT) runs again from the start', async () => {
    t = await createTestDatabase('sqlite');
    await t.store.insertAgreement(bundle('snap'), T0);
    other = openDatabase(t.url);
    const otherStore = createStore(other.db);
    let runs = 0;
    await t.store.transaction(async (tx) => {
      runs++;
      await tx.registration('none'); // a read: the transaction now has a snapshot
      if (runs === 1) await otherStore.insertRegistration(registration('r-other', 'snap-a1', '2025-05-02'));
      await tx.insertRegistration(registration(`r-mine-${runs}`, 'snap-a2', '2025-05-02'));
    });
    expect(runs).toBe(2);
    expect(await t.store.registration('r-other')).not.toBeNull();
    expect(await t.store.registration('r-mine-2')).not.toBeNull();
    expect(await t.store.registration('r-mine-1')).toBeNull();
  });
});

describe.each(testDialects().filter((d) => d.name === 'postgres'))('deadlock [$name]', () => {
  it('the transaction PostgreSQL picks as the deadlock victim is retried; both changes land', async () => {
    const t = await createTestDatabase('postgres');
    try {
      await t.store.insertAgreement(bundle('dl'), T0);
      await t.store.insertRegistration(registration('r1', 'dl-a1', '2025-05-02'));
      await t.store.insertRegistration(registration('r2', 'dl-a2', '2025-05-02'));
      let firstLocked: () => void = () => {};
      const locked = [new Promise<void>((r) => (firstLocked = r)), null];
      let secondLocked: () => void = () => {};
      const second = new Promise<void>((r) => (secondLocked = r));
      let runs = 0;
      const a = t.store.transaction(async (tx) => {
        runs++;
        await tx.voidRegistration('r1', 'slack:A', T0);
        firstLocked();
        await second;
        await tx.voidRegistration('r2', 'slack:A', T0);
      });
      await locked[0];
      const b = t.store.transaction(async (tx) => {
        runs++;
        await tx.voidRegistration('r2', 'slack:B', T0);
        secondLocked();
        await tx.voidRegistration('r1', 'slack:B', T0);
      });
      await Promise.all([a, b]);
      expect(runs).toBe(3);
      expect((await t.store.registration('r1'))?.voidedAt).toBe(T0);
      expect((await t.store.registration('r2'))?.voidedAt).toBe(T0);
    } finally {
      await t.dispose();
    }
  });
});

describe('one failure never stops the others', () => {
  it('a request handler that throws gets 500 without details; other requests and the server go on', async () => {
    const errors: Record<string, unknown>[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (fields) => errors.push(fields),
      child: () => logger,
    };
    const db = freshSqliteUrl();
    const server = await startServer(loadConfig({ DATABASE_URL: db.url, LOFTESBOT_SCHEDULER: 'false' }), {
      logger,
      port: 0,
      host: '127.0.0.1',
      plugins: [
        () => ({
          name: 'web',
          routes: [
            {
              method: 'GET',
              path: '/boom',
              handler: () => {
                throw new Error('secret internal detail');
              },
            },
          ],
        }),
      ],
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => fetch(`${server.url}/${i % 2 ? 'boom' : 'healthz'}`)),
      );
      const bodies = await Promise.all(results.map((r) => r.text()));
      expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 500 : 200)));
      for (const [i, body] of bodies.entries()) {
        if (i % 2)
          expect(JSON.parse(body)).toEqual({ error: 'internal error', requestId: expect.any(String) });
      }
      expect(bodies.join('')).not.toContain('secret internal detail');
      expect(errors).toHaveLength(10);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await db.drop();
    }
  });

  it('a reminder whose send throws is retried later; the other reminders of the tick are sent', async () => {
    const db = freshSqliteUrl();
    const start = DateTime.fromISO('2026-04-13T08:00', { zone: ZONE }).toMillis();
    const clock = fixedClock(start);
    await seedDemo(db.url, clock);
    const delivered: string[] = [];
    const notifier: Notifier = {
      platform: 'slack',
      async send(message): Promise<DeliveryResult> {
        if (message.to.id.includes('C0TRANAS')) throw new Error('renderer exploded');
        delivered.push(message.key);
        return { ok: true, messageId: `m${delivered.length}` };
      },
    };
    const server = await startServer(loadConfig({ DATABASE_URL: db.url }), {
      clock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      plugins: [() => ({ name: 'slack', routes: [], notifier })],
      tick: false,
    });
    try {
      const scheduler = server.scheduler;
      if (!scheduler) throw new Error('no scheduler');
      for (let t = start; t <= start + 16 * 86_400_000; t += 3_600_000) {
        clock.set(t);
        await scheduler.tickOnce(t);
      }
      const rows = await server.ctx.handle.db
        .selectFrom('reminders')
        .select(['key', 'status', 'attempts', 'last_error'])
        .where('target', 'like', '%:slack:%')
        .where('due_at', '<=', start + 15 * 86_400_000)
        .execute();
      const tranas = rows.filter((r) => r.key.includes('C0TRANAS'));
      const others = rows.filter((r) => !r.key.includes('C0TRANAS'));
      expect(tranas.length).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((r) => r.status === 'sent')).toBe(true);
      expect(new Set(delivered)).toEqual(new Set(others.map((r) => r.key)));
      expect(tranas.every((r) => Number(r.attempts) > 1 && r.last_error === 'renderer exploded')).toBe(true);
      const metrics = await server.metrics.registry.getSingleMetricAsString('loftesbot_reminders_total');
      expect(metrics).toMatch(/outcome="retried"\} [1-9]/);
    } finally {
      await server.close();
      await db.drop();
    }
  });

  it('process guards: a stray rejection is logged and the process serves on; an uncaught exception stops it', () => {
    const events = new EventEmitter();
    const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (fields, msg) => lines.push({ level: 'error', msg, fields }),
      child: () => logger,
    };
    const fatal: Error[] = [];
    const counted: string[] = [];
    const remove = installProcessGuards(events, {
      logger,
      onFatal: (e) => fatal.push(e),
      count: (kind) => counted.push(kind),
    });
    events.emit('unhandledRejection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect(fatal).toEqual([]);
    expect(lines[0]).toMatchObject({ msg: 'unhandled promise rejection; still serving' });
    expect(lines[0]?.fields.err).toMatchObject({ message: 'socket hang up', code: 'ECONNRESET' });
    const boom = new TypeError('x is not a function');
    events.emit('uncaughtException', boom);
    events.emit('uncaughtException', boom);
    expect(fatal).toEqual([boom]);
    expect(counted).toEqual(['unhandledRejection', 'uncaughtException', 'uncaughtException']);
    remove();
    expect(events.listenerCount('unhandledRejection') + events.listenerCount('uncaughtException')).toBe(0);
  });
});
