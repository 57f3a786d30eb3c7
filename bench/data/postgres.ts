import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadRegister } from '../../src/runtime/register.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type BulkWriter, type DatasetInfo, datasetKey, loadBulk, loadModel } from './dataset.ts';
import { GENERATOR_VERSION, nationalModel, REFERENCE_NOW } from './national.ts';

const BATCH = 10_000;

/** Batches of 10,000 rows as one INSERT … SELECT FROM unnest(column arrays): COPY-like, one round trip each. */
function postgresWriter(client: pg.Client): BulkWriter {
  return async (table, rows) => {
    const cols = table.columns.map((c) => c.name);
    const arrays = table.columns.map((c, i) => `$${i + 1}::${c.type}[]`);
    const text = `INSERT INTO ${table.name} (${cols.join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
    let columns: unknown[][] = cols.map(() => []);
    let size = 0;
    let n = 0;
    const flush = async () => {
      if (size === 0) return;
      await client.query(text, columns);
      n += size;
      columns = cols.map(() => []);
      size = 0;
    };
    await client.query('BEGIN');
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) columns[i]?.push(row[i]);
      if (++size >= BATCH) await flush();
    }
    await flush();
    await client.query('COMMIT');
    return n;
  };
}

/** The database name of a cached data set. */
function datasetName(registrations: number): string {
  return `loftesbot_bench_${datasetKey(registrations)}`;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether the server of `url` answers; the reason when it does not. */
export async function postgresReachable(url: string): Promise<string | null> {
  try {
    await withClient(url, (c) => c.query('select 1'));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * The national data set in a PostgreSQL database of its own on the server of `serverUrl`, named by the generator
 * version and size and kept for the next run (a bench_meta table marks it complete; --fresh rebuilds it).
 */
export async function nationalPostgres(
  serverUrl: string,
  registrations: number,
  options: { fresh: boolean; log: (line: string) => void; note: (text: string) => void },
): Promise<{ url: string; info: DatasetInfo; cached: boolean }> {
  const name = datasetName(registrations);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const exists = await withClient(
    serverUrl,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  );
  if (exists && !options.fresh) {
    const info = await withClient(url.toString(), async (c) => {
      try {
        const r = await c.query<{ info: string }>(
          "SELECT value AS info FROM bench_meta WHERE key = 'dataset'",
        );
        return r.rows[0] ? (JSON.parse(r.rows[0].info) as DatasetInfo) : null;
      } catch {
        return null;
      }
    });
    if (info) return { url: url.toString(), info, cached: true };
  }
  options.log(`generating the national data set on PostgreSQL (database ${name})`);
  const started = performance.now();
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const model = nationalModel(loadRegister().all);
  const handle = openDatabase(url.toString(), { poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    await loadModel(createStore(handle.db), model, REFERENCE_NOW);
  } finally {
    await handle.close();
  }
  return withClient(url.toString(), async (c) => {
    const counts = await loadBulk(postgresWriter(c), model, registrations, options.log);
    await c.query('VACUUM (ANALYZE)');
    const flushed = await checkpoint(c);
    const info: DatasetInfo = {
      version: GENERATOR_VERSION,
      ...counts,
      agreements: model.bundles.length,
      kommuner: model.municipalities.length,
      areas: model.areas.length,
      loadSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await c.query('CREATE TABLE bench_meta (key text PRIMARY KEY, value text NOT NULL)');
    await c.query("INSERT INTO bench_meta VALUES ('dataset', $1)", [JSON.stringify(info)]);
    options.log(`  PostgreSQL data set ready in ${info.loadSeconds} s`);
    if (flushed !== true) options.note(flushed);
    return { url: url.toString(), info, cached: false };
  });
}

/**
 * Writes the freshly loaded data set to disk now. Left to itself, the server's checkpointer spreads the write of
 * those hundreds of MB over the next minutes (checkpoint_completion_target), on the disk whose fsync every later
 * /insats waits for: one run's Slack p99 went from 12 to 88 ms. CHECKPOINT needs superuser or pg_checkpoint; without
 * it the run says so.
 */
async function checkpoint(c: pg.Client): Promise<true | string> {
  try {
    await c.query('CHECKPOINT');
    return true;
  } catch (e) {
    return (
      `the PostgreSQL data set was generated in this run and could not be checkpointed (${(e as Error).message}): ` +
      'the server writes it out over the next minutes, disturbing the disk of the sections after it; run again ' +
      '(the data set is kept) for figures of record'
    );
  }
}
