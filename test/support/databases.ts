import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Store } from '../../src/domain/ports.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { type DatabaseHandle, openDatabase } from '../../src/store/open.ts';

export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
}

/**
 * The dialects store and integration tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI a missing PostgreSQL is a failure, never a silent skip.
 */
export function testDialects(): TestDialect[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('TEST_DATABASE_URL is not set: CI must run the PostgreSQL half of the suite');
  }
  return url ? [{ name: 'sqlite' }, { name: 'postgres' }] : [{ name: 'sqlite' }];
}

export interface TestDatabase {
  readonly url: string;
  readonly handle: DatabaseHandle;
  readonly store: Store;
  /** Closes the connection and removes the database. */
  dispose(): Promise<void>;
}

/** A fresh, empty, migrated database of the given dialect (its own SQLite file or PostgreSQL database). */
export async function createTestDatabase(
  dialect: TestDialect['name'],
  migrate = true,
): Promise<TestDatabase> {
  const { url, drop } = dialect === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
  const handle = openDatabase(url);
  if (migrate) await migrateToLatest(handle.db);
  return {
    url,
    handle,
    store: createStore(handle.db, { committer: handle.committer }),
    async dispose() {
      await handle.close();
      await drop();
    },
  };
}

export function freshSqliteUrl(): { url: string; drop: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-test-'));
  return {
    url: `sqlite:${join(dir, 'test.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Creates a throw-away database on the server of TEST_DATABASE_URL. */
export async function freshPostgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `loftesbot_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropQuietly(base, name),
  };
}

/**
 * Drops a throw-away database once PostgreSQL has seen every connection to it go: pg's pool resolves `end()` before
 * its sockets close, and a forced DROP would then kill them with an unhandled FATAL 57P01. Retried, since a
 * background worker (autovacuum) can hold the database for a moment.
 */
async function dropQuietly(base: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const c = new pg.Client({ connectionString: base });
    try {
      await c.connect();
      for (let i = 0; i < 100; i++) {
        const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0]?.n === 0) break;
        await sleep(20);
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(300 * attempt);
    } finally {
      await c.end().catch(() => {});
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The tables a chat command, button or form may write to; "nothing stored" tests compare their row counts. */
export const CHAT_WRITTEN_TABLES = [
  'registrations',
  'audit_log',
  'processed_events',
  'follow_up_statuses',
  'statistics',
  'meetings',
  'meeting_series',
  'agreements',
  'activities',
  'police_areas',
  'police_area_members',
  'channel_bindings',
  'role_grants',
  'prompts',
  'person_settings',
  'public_snapshots',
  'activity_comments',
] as const;

/** Row counts of `tables` (default: every table chat may write to), `table: n`. */
export async function tableCounts(
  db: TestDatabase,
  tables: readonly string[] = CHAT_WRITTEN_TABLES,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      db.handle.db,
    );
    out[table] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}
