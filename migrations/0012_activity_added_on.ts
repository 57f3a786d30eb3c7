import type { Kysely } from 'kysely';

/**
 * The day an activity was added in chat after the agreement was imported (`/lofte avtal <kommun> ny aktivitet …`),
 * as an ISO day in the configured zone; null for the agreement's own activities. A tertial that ended before it was
 * added asks no status text of it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('added_on', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
