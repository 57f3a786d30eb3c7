import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as SqliteDialectDatabase } from 'kysely';
import { LoftesbotError } from '../domain/errors.ts';
import { createGroupCommitter, type GroupCommitter } from './group-commit.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The SQLite file path (null for PostgreSQL or an in-memory database). */
  readonly sqlitePath: string | null;
  /** The raw better-sqlite3 connection, for online backup (null for PostgreSQL). */
  readonly sqlite: SqliteDatabase.Database | null;
  /** SQLite's group committer: concurrent transactions share one commit and one fsync (null for PostgreSQL). */
  readonly committer: GroupCommitter | null;
  close(): Promise<void>;
}

/** Parses a DATABASE_URL: `sqlite:<path>`, `sqlite::memory:`, or `postgres://…` / `postgresql://…`. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (url.startsWith('sqlite:')) {
    const target = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (target === '')
      throw new LoftesbotError(
        'E_CONFIG',
        'DATABASE_URL sqlite: behöver en sökväg till filen, t.ex. sqlite:./data/loftesbot.db',
      );
    return { dialect: 'sqlite', target };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  throw new LoftesbotError(
    'E_CONFIG',
    'DATABASE_URL måste börja med sqlite: eller postgres://, t.ex. sqlite:./data/loftesbot.db',
  );
}

/**
 * The URL names an SQLite file that does not exist yet (a fresh install): opening it would create it. A command
 * that only reads (`import --dry-run`) asks first and leaves it uncreated. False for PostgreSQL and `:memory:`.
 */
export function sqliteFileMissing(url: string): boolean {
  const { dialect, target } = parseDatabaseUrl(url);
  return dialect === 'sqlite' && target !== ':memory:' && !existsSync(resolve(target));
}

let pgTypesSet = false;

/**
 * Opens the database named by `url`.
 * SQLite runs in WAL mode with synchronous=FULL (a confirmed write survives a crash and a power cut),
 * foreign keys on and a 5 s busy timeout (see docs/decisions/0002-sqlite-durability.md).
 */
export function openDatabase(
  url: string,
  options: {
    poolSize?: number;
    /** PostgreSQL ended an idle connection of the pool (a restart, a failover, an administrator). */
    onConnectionLost?: (error: Error) => void;
  } = {},
): DatabaseHandle {
  const { dialect, target } = parseDatabaseUrl(url);
  if (dialect === 'sqlite') {
    const inMemory = target === ':memory:';
    const path = inMemory ? null : resolve(target);
    if (path) mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SqliteDatabase(path ?? ':memory:');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return {
      db,
      dialect,
      sqlitePath: path,
      sqlite,
      committer: createGroupCommitter(db),
      close: () => db.destroy(),
    };
  }
  // pg is loaded only for PostgreSQL (an SQLite server never pays for it).
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  if (!pgTypesSet) {
    // int8 (count(*), bigint epoch ms) as numbers: our values stay far below 2^53.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    pg.types.setTypeParser(1700, (v: string) => Number(v));
    pgTypesSet = true;
  }
  const pool = new pg.Pool({ connectionString: target, max: options.poolSize ?? 10 });
  // An idle connection the server ends (PostgreSQL restarted or failed over, an administrator or a proxy's idle
  // timeout ended it) is an 'error' event of the pool; unheard, it stopped the whole bot. The pool has already
  // dropped that connection and the next query opens a new one: it is reported, nothing more.
  pool.on('error', (error) => options.onConnectionLost?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect, sqlitePath: null, sqlite: null, committer: null, close: () => db.destroy() };
}

/**
 * kysely's SQLite driver prepares every statement anew; preparing cost about as much as running the small
 * statements of a chat command (docs/performance.md). The same SQL text gets the same prepared statement here,
 * least recently used first out. Safe because kysely runs one statement at a time on the connection and our
 * code never streams (an iterating statement would be busy).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 256): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) cache.delete(sql);
      else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
