import type { Kysely } from 'kysely';
import { retryBusy } from './busy-retry.ts';
import type { Database } from './schema.ts';

/**
 * Runs a repository method's several statements as one unit: in a new transaction, or in the caller's when `db`
 * already is one. Every multi-row change goes through here, so a failure half-way leaves nothing behind.
 */
export async function atomically<T>(
  db: Kysely<Database>,
  fn: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : retryBusy(() => db.transaction().execute(fn));
}
