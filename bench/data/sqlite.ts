import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { loadRegister } from '../../src/runtime/register.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openDatabase } from '../../src/store/open.ts';
import { CACHE_DIR } from '../lib/processes.ts';
import { type BulkWriter, type DatasetInfo, datasetKey, loadBulk, loadModel } from './dataset.ts';
import { GENERATOR_VERSION, nationalModel, REFERENCE_NOW } from './national.ts';

const BATCH = 50_000;

/** better-sqlite3 prepared statements, one transaction per 50,000 rows. */
function sqliteWriter(db: SqliteDatabase.Database): BulkWriter {
  return async (table, rows) => {
    const cols = table.columns.map((c) => c.name);
    const insert = db.prepare(
      `INSERT INTO ${table.name} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    const flush = db.transaction((batch: unknown[][]) => {
      for (const row of batch) insert.run(row);
    });
    let batch: unknown[][] = [];
    let n = 0;
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= BATCH) {
        flush(batch);
        n += batch.length;
        batch = [];
      }
    }
    flush(batch);
    return n + batch.length;
  };
}

/**
 * The national data set as a SQLite file, generated once and cached in bench/.cache keyed by the generator version
 * and the number of registrations (a JSON file beside it marks it complete). Returns its path and what it holds.
 */
export async function nationalSqlite(
  registrations: number,
  options: { fresh: boolean; log: (line: string) => void },
): Promise<{ path: string; info: DatasetInfo; cached: boolean }> {
  const path = join(CACHE_DIR, `national-${datasetKey(registrations)}.db`);
  const meta = `${path}.json`;
  if (!options.fresh && existsSync(path) && existsSync(meta)) {
    return { path, info: JSON.parse(readFileSync(meta, 'utf8')) as DatasetInfo, cached: true };
  }
  const tmp = `${path}.tmp`;
  for (const p of [path, meta, tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(p, { force: true });
  const started = performance.now();
  options.log(
    `generating the national data set on SQLite (${registrations.toLocaleString('en-US')} registrations)`,
  );
  const model = nationalModel(loadRegister().all);
  const handle = openDatabase(`sqlite:${tmp}`);
  try {
    await migrateToLatest(handle.db);
    handle.sqlite?.pragma('synchronous = OFF');
    await loadModel(createStore(handle.db), model, REFERENCE_NOW);
  } finally {
    await handle.close();
  }
  const db = new SqliteDatabase(tmp);
  let counts: { registrations: number; statuses: number; statistics: number };
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    counts = await loadBulk(sqliteWriter(db), model, registrations, options.log);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  renameSync(tmp, path);
  const info: DatasetInfo = {
    version: GENERATOR_VERSION,
    ...counts,
    agreements: model.bundles.length,
    kommuner: model.municipalities.length,
    areas: model.areas.length,
    loadSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeFileSync(meta, JSON.stringify(info, null, 2));
  options.log(`  SQLite data set ready in ${info.loadSeconds} s`);
  return { path, info, cached: false };
}
