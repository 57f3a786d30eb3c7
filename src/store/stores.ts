import type { MigrationResult } from 'kysely';
import type { Store } from '../domain/ports.ts';
import type { ReminderStore } from '../scheduler/ports.ts';
import { installationSecret } from './installation-secrets.ts';
import { createStore } from './kysely-store.ts';
import { migrateToLatest } from './migrate.ts';
import type { DatabaseHandle, DialectName } from './open.ts';
import { cachedStore, type ReadCacheOptions } from './read-cache.ts';
import { reminderQueueDepth } from './repositories/reminder-queue.ts';
import { reminderRepository } from './repositories/reminders.ts';

/** A backup of the database file: written, or why it cannot be (PostgreSQL is backed up with pg_dump). */
export type BackupResult =
  | { readonly ok: true; readonly totalPages: number }
  | { readonly ok: false; readonly reason: 'postgres' | 'in-memory' | 'same-file' };

/** Everything the application reads and writes, over one opened database. */
export interface Stores {
  readonly dialect: DialectName;
  /** The domain's Store (every area's port). */
  readonly store: Store;
  /** The scheduler's reminders table. */
  readonly reminders: ReminderStore;
  /** Reminder rows by status, for the queue gauge on /metrics. */
  reminderQueueDepth(): Promise<Record<string, number>>;
  /** Brings the schema up to date (forward-only; safe from several instances). */
  migrate(): Promise<MigrationResult[]>;
  /** The installation's secret called `name`: the stored one, or `candidate` stored now when there is none. */
  installationSecret(name: string, candidate: string, now: number): Promise<string>;
  /** Copies an SQLite database file to `target` (online backup). */
  backup(target: string): Promise<BackupResult>;
}

/** The stores over a database handle: the only code outside src/store/open.ts that touches the handle. */
export function createStores(handle: DatabaseHandle): Stores {
  return {
    dialect: handle.dialect,
    store: cachedStore(createStore(handle.db, { committer: handle.committer }), readCacheOptions(handle)),
    reminders: reminderRepository(handle.db, handle.dialect),
    reminderQueueDepth: () => reminderQueueDepth(handle.db),
    migrate: () => migrateToLatest(handle.db),
    installationSecret: (name, candidate, now) => installationSecret(handle.db, name, candidate, now),
    async backup(target) {
      if (handle.dialect === 'postgres') return { ok: false, reason: 'postgres' };
      if (!handle.sqlite || !handle.sqlitePath) return { ok: false, reason: 'in-memory' };
      if (target === handle.sqlitePath) return { ok: false, reason: 'same-file' };
      const { totalPages } = await handle.sqlite.backup(target);
      return { ok: true, totalPages };
    },
  };
}

/**
 * The read cache's bounds (docs/decisions/0012-read-cache-and-month-totals.md): on SQLite another process's commit is seen within 50 ms
 * (PRAGMA data_version, looked at no more often), so entries may live a minute; on PostgreSQL nothing tells us, so two seconds.
 */
function readCacheOptions(handle: DatabaseHandle): ReadCacheOptions {
  const sqlite = handle.sqlite;
  if (!sqlite) return { ttlMs: 2_000 };
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  return { ttlMs: 60_000, version: () => dataVersion.get() as number, versionEveryMs: 50 };
}
