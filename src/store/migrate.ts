import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import { LoftesbotError } from '../domain/errors.ts';
import type { Database } from './schema.ts';

/** Brings the schema up to date. Safe to run from several instances at once (the Migrator takes a lock). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new LoftesbotError(
      'E_STORE',
      `migration failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return results ?? [];
}
