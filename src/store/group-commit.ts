import { type Kysely, sql } from 'kysely';
import { busyCode, retryBusy } from './busy-retry.ts';
import type { Database } from './schema.ts';

/**
 * Group commit for SQLite (docs/decisions/0009-group-commit.md).
 *
 * With synchronous=FULL every commit waits for fsync, and better-sqlite3 waits on the event loop: one commit per
 * request made the disk, not the CPU, the limit under load. Here the transactions asked for while one batch runs (and
 * those whose requests arrived in the same turn of the event loop as the first) share ONE database transaction and
 * ONE commit:
 *
 * 1. The first `run` schedules the batch with setImmediate, so every request whose I/O is ready in this turn joins.
 * 2. The batch begins one transaction and runs each unit of work in its own SAVEPOINT, one after another (SQLite has
 *    one writer anyway). A unit that throws is rolled back to its savepoint alone and its caller gets the error;
 *   ; nothing of it is stored.
 * 3. One COMMIT. Only after it returns — the commit reached the disk — is each caller's promise resolved (ADR 0002:
 *    a reply confirms only what is durable). A failed commit rejects every unit of the batch; none of it is stored.
 * 4. Units asked for meanwhile form the next batch.
 *
 * A lock error (another process held the write lock past busy_timeout) rolls the whole batch back; it is run again
 * from the start (each unit's work is a pure function of the database, so running it again is safe), as
 * retryBusy does for a single transaction.
 */
export interface GroupCommitter {
  run<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Batches and units committed so far (for the bench and tests). */
  stats(): { readonly batches: number; readonly units: number };
}

interface Unit {
  readonly work: (trx: Kysely<Database>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs each unit in its own savepoint; a unit that throws is rolled back alone. A unit alone in its batch needs no
 * savepoint (at low load, the common case: two statements fewer): the batch's transaction is rolled back instead.
 * A lock error is the whole batch's, not a unit's: it is thrown, and the batch runs again.
 */
async function runUnits(trx: Kysely<Database>, batch: readonly Unit[]): Promise<Outcome[]> {
  const only = batch.length === 1 ? batch[0] : undefined;
  if (only) {
    try {
      return [{ ok: true, value: await only.work(trx) }];
    } catch (error) {
      if (busyCode(error) !== null) throw error;
      return [{ ok: false, error }];
    }
  }
  const results: Outcome[] = [];
  for (const [i, unit] of batch.entries()) {
    const name = sql.raw(`u${i}`);
    await sql`savepoint ${name}`.execute(trx);
    try {
      const value = await unit.work(trx);
      await sql`release savepoint ${name}`.execute(trx);
      results.push({ ok: true, value });
    } catch (error) {
      if (busyCode(error) !== null) throw error;
      await sql`rollback to savepoint ${name}`.execute(trx);
      await sql`release savepoint ${name}`.execute(trx);
      results.push({ ok: false, error });
    }
  }
  return results;
}

/** Most units in one batch: bounds the time a batch holds the write lock (and the latency of its first unit). */
const MAX_BATCH = 64;

export function createGroupCommitter(db: Kysely<Database>): GroupCommitter {
  const queue: Unit[] = [];
  let scheduled = false;
  let batches = 0;
  let units = 0;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void drain());
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      await runBatch(batch);
    }
    scheduled = false;
  }

  async function runBatch(batch: Unit[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await retryBusy(async () => {
        const trx = await db.startTransaction().execute();
        let results: Outcome[];
        try {
          results = await runUnits(trx, batch);
        } catch (error) {
          await trx
            .rollback()
            .execute()
            .catch(() => undefined);
          throw error;
        }
        if (results.length === 1 && !results[0]?.ok) {
          // A lone unit that failed: its transaction was its savepoint; nothing to commit.
          await trx.rollback().execute();
          return results;
        }
        try {
          await trx.commit().execute();
        } catch (error) {
          await trx
            .rollback()
            .execute()
            .catch(() => undefined);
          throw error;
        }
        return results;
      });
    } catch (error) {
      for (const unit of batch) unit.reject(error);
      return;
    }
    batches++;
    units += batch.length;
    for (const [i, unit] of batch.entries()) {
      const outcome = outcomes[i];
      if (outcome?.ok) unit.resolve(outcome.value);
      else unit.reject(outcome?.error);
    }
  }

  return {
    run<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        schedule();
      });
    },
    stats: () => ({ batches, units }),
  };
}
