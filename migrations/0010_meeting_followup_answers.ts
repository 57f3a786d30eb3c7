import type { Kysely } from 'kysely';

/**
 * The meeting follow-up ("Hölls samverkansmötet i Sävsjö 5 jan?") is answered once for all its recipients: the
 * answer (`held`, `cancelled` or `moved:<YYYY-MM-DD>`), who gave it and when are stored on the meeting's row, with
 * an optional note. All four are null until someone answers (or writes a note).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('answer', 'text').execute();
  await db.schema.alterTable('meetings').addColumn('answered_by', 'text').execute();
  await db.schema.alterTable('meetings').addColumn('answered_at', 'bigint').execute();
  await db.schema.alterTable('meetings').addColumn('note', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
