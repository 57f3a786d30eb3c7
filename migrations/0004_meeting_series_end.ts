import type { Kysely } from 'kysely';

/**
 * A meeting series created and kept in chat can end (`/samverkan <kommun> avsluta`) and change its rhythm from a
 * date (`ändra från`: the old series ends there and a new one begins). `ends_on` is the first day without meetings
 * of the series (exclusive), null while it runs on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_series').addColumn('ends_on', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
