import type { Kysely } from 'kysely';

/**
 * Keeping an agreement up to date in chat (`/lofte avtal`, `/lofte mål`): an activity may get a short name, and when
 * its target is changed after signing, the signed target and the day of the first change are kept so public pages
 * and reports can say "ändrat från 15 under perioden den 6 dec 2026".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('short_name', 'text').execute();
  await db.schema.alterTable('activities').addColumn('signed_target_count', 'integer').execute();
  await db.schema.alterTable('activities').addColumn('signed_target_per', 'text').execute();
  await db.schema.alterTable('activities').addColumn('target_changed_on', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
