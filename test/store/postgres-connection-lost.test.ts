import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.ts';
import { freshPostgresUrl, testDialects } from '../support/databases.ts';

/**
 * PostgreSQL ends the idle connections of the pool when it restarts, fails over, or an administrator (or a proxy's
 * idle timeout) ends them. The pool emits 'error' for each; unheard, that error stopped the whole bot ("Löftesbot
 * stängdes efter ett fel"). It is now reported and the next query opens a new connection.
 */
const postgres = testDialects().some((d) => d.name === 'postgres');

describe.runIf(postgres)('PostgreSQL ends the idle connections of a running bot', () => {
  it('keeps running, says so once per connection, and answers the next query on a new connection', async () => {
    const { url, drop } = await freshPostgresUrl();
    const lost: string[] = [];
    const handle = openDatabase(url, { onConnectionLost: (e) => lost.push(e.message) });
    const uncaught: unknown[] = [];
    const listener = (e: unknown) => uncaught.push(e);
    process.prependListener('uncaughtException', listener);
    try {
      // Three connections in the pool, then idle.
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(handle.db)));
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const ended = await admin.query(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      await admin.end();
      expect(ended.rows[0].n).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(uncaught).toEqual([]);
      expect(lost.length).toBe(ended.rows[0].n);
      const after = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(after.rows[0]?.one).toBe(1);
    } finally {
      process.removeListener('uncaughtException', listener);
      await handle.close();
      await drop();
    }
  });
});
