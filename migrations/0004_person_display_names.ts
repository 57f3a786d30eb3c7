import type { Kysely } from 'kysely';

/**
 * The name a person goes by on their platform (Slack profile, Teams display name), kept so replies, prompts and the
 * managers' lists name people instead of showing ids. Refreshed whenever the platform tells us; null until then.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_settings').addColumn('display_name', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
