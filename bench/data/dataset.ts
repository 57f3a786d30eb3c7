import { createHash } from 'node:crypto';
import { migrations } from '../../migrations/index.ts';
import type { Store } from '../../src/domain/ports.ts';
import type { NationalModel } from './national.ts';
import { GENERATOR_VERSION } from './national.ts';
import {
  type BulkTable,
  type Cell,
  REGISTRATIONS,
  registrationRows,
  STATISTICS,
  STATUSES,
  statisticRows,
  statusRows,
} from './rows.ts';

/** Writes rows of one table in bulk; resolves with how many it wrote. */
export type BulkWriter = (table: BulkTable, rows: Iterable<Cell[]>) => Promise<number>;

export interface DatasetInfo {
  readonly version: number;
  readonly registrations: number;
  readonly statuses: number;
  readonly statistics: number;
  readonly agreements: number;
  readonly kommuner: number;
  readonly areas: number;
  readonly loadSeconds: number;
}

/**
 * The cache key of a data set: generator version, schema (the migrations it was made with) and size. A new
 * migration (an index, say) makes a new data set, so the numbers always describe the current schema.
 */
export function datasetKey(registrations: number): string {
  const schema = createHash('sha256').update(Object.keys(migrations).join(',')).digest('hex').slice(0, 8);
  return `v${GENERATOR_VERSION}_${schema}_${registrations}`;
}

/** The small tables through the Store port (one transaction): areas, agreements, series, bindings, roles. */
export async function loadModel(store: Store, model: NationalModel, now: number): Promise<void> {
  await store.transaction(async (tx) => {
    for (const area of model.areas) await tx.savePoliceArea(area, now);
    for (const bundle of model.bundles) await tx.insertAgreement(bundle, now);
    for (const series of model.series) await tx.saveMeetingSeries(series, now);
    for (const binding of model.bindings) await tx.saveBinding(binding, now);
    for (const role of model.roles) await tx.grantRole(role, now);
  });
}

/** The big tables through a dialect's bulk writer, logging progress. */
export async function loadBulk(
  write: BulkWriter,
  model: NationalModel,
  registrations: number,
  log: (line: string) => void,
): Promise<{ registrations: number; statuses: number; statistics: number }> {
  const statuses = await write(STATUSES, statusRows(model));
  const statistics = await write(STATISTICS, statisticRows(model));
  log(
    `  ${statuses.toLocaleString('en-US')} status texts, ${statistics.toLocaleString('en-US')} statistics rows`,
  );
  const written = await write(
    REGISTRATIONS,
    withProgress(registrationRows(model, registrations), registrations, log),
  );
  return { registrations: written, statuses, statistics };
}

function* withProgress(
  rows: Iterable<Cell[]>,
  total: number,
  log: (line: string) => void,
): Generator<Cell[]> {
  let n = 0;
  const every = Math.max(100_000, Math.round(total / 5 / 100_000) * 100_000);
  for (const row of rows) {
    yield row;
    if (++n % every === 0)
      log(`  ${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} registrations`);
  }
}
