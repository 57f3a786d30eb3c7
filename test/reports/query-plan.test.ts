import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { type SummaryWindow, summarizeKommun } from '../../src/domain/summary.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import type { Database } from '../../src/store/schema.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { seedOtherKommuner } from './store-fixtures.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.parse('2026-05-12T10:00:00+02:00');

interface Captured {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** Tables holding rows of every kommun: a summary of one kommun must reach their rows through an index. */
const PER_KOMMUN_TABLES = [
  'agreements',
  'commitments',
  'activities',
  'registrations',
  'follow_up_statuses',
  'statistics',
];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' ? [node['Relation Name'] ?? '?'] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe.each(testDialects())(
  'a kommun summary reads only its own rows, through indexes [$name]',
  ({ name }) => {
    let db: TestDatabase;
    let logged: Kysely<Database>;
    let pool: pg.Pool | null = null;
    const captured: Captured[] = [];
    let deps: DomainDeps;

    beforeAll(async () => {
      db = await createTestDatabase(name);
      const clock = fixedClock(NOW);
      await loadDemo(db.store, clock, ZONE);
      await seedOtherKommuner(db.store, 40, 30);
      const log = (e: { level: string; query: { sql: string; parameters: readonly unknown[] } }) => {
        if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters });
      };
      if (name === 'sqlite') {
        if (!db.handle.sqlite) throw new Error('no sqlite connection');
        // A second kysely over the same connection, logging every statement; closed with the handle.
        logged = new Kysely<Database>({ dialect: new SqliteDialect({ database: db.handle.sqlite }), log });
      } else {
        pool = new pg.Pool({ connectionString: db.url, max: 2 });
        logged = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
      }
      deps = { store: createStore(logged), register: loadRegister(), clock, ids: () => 'unused', zone: ZONE };
    });
    afterAll(async () => {
      if (pool) await logged.destroy();
      await db?.dispose();
    });

    /** Table scans (not index searches) over per-kommun tables in the plans of the captured statements. */
    async function fullScans(queries: readonly Captured[]): Promise<string[]> {
      const found: string[] = [];
      if (name === 'sqlite') {
        const sqlite = db.handle.sqlite;
        if (!sqlite) throw new Error('no sqlite connection');
        for (const q of queries) {
          const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as {
            detail: string;
          }[];
          for (const { detail } of plan) if (/^SCAN /.test(detail)) found.push(`${detail} ← ${q.sql}`);
        }
        return found;
      }
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        // With sequential scans priced out, the planner still picks one only where no index can serve the query.
        await client.query('SET enable_seqscan = off');
        for (const q of queries) {
          const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.parameters as unknown[]);
          const plan = (rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]?.Plan;
          for (const table of plan ? seqScans(plan) : [])
            if (PER_KOMMUN_TABLES.includes(table)) found.push(`Seq Scan on ${table} ← ${q.sql}`);
        }
        return found;
      } finally {
        await client.end();
      }
    }

    const WINDOWS: SummaryWindow[] = [
      { kind: 'tertial', year: 2026, tertial: 1 },
      { kind: 'year', year: 2020 },
      { kind: 'period' },
    ];

    it.each(WINDOWS)(
      'summarizeKommun over a $kind window: every per-kommun table is searched by index',
      async (window) => {
        captured.length = 0;
        const result = await summarizeKommun(deps, '0687', window);
        expect(result.ok).toBe(true);
        const touched = PER_KOMMUN_TABLES.filter((t) => captured.some((q) => q.sql.includes(`"${t}"`)));
        expect(touched).toEqual(PER_KOMMUN_TABLES);
        expect(await fullScans(captured)).toEqual([]);
      },
    );

    it('buildReport adds only indexed reads', async () => {
      captured.length = 0;
      const result = await buildReport(deps, '0684', { year: 2020 });
      expect(result.ok).toBe(true);
      expect(captured.length).toBeLessThanOrEqual(8);
      expect(await fullScans(captured)).toEqual([]);
    });

    it('the check itself finds a full scan when a query cannot use an index', async () => {
      const scans = await fullScans([
        {
          sql: `select count(*) from "registrations" where "note" = ${name === 'sqlite' ? '?' : '$1'}`,
          parameters: ['x'],
        },
      ]);
      expect(scans.length).toBe(1);
    });

    it('no statement of a kommun summary is parameterised with another kommun', async () => {
      captured.length = 0;
      await summarizeKommun(deps, '0687', { kind: 'year', year: 2026 });
      const codes = captured
        .flatMap((q) => q.parameters)
        .filter((p) => typeof p === 'string' && /^\d{4}$/.test(p));
      expect(new Set(codes)).toEqual(new Set(['0687']));
    });
  },
);
