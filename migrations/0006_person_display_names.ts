import type { Kysely } from 'kysely';

/**
 * What a person's platform tells us about them, kept for messages the bot sends unasked (reminders, prompts): the
 * name they go by (Slack profile, Teams display name) so replies and the managers' lists name people instead of
 * showing ids, and the language of their platform (Slack locale) for when they have not chosen one. Refreshed
 * whenever the platform tells us; null until then.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_settings').addColumn('display_name', 'text').execute();
  await db.schema.alterTable('person_settings').addColumn('platform_lang', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
