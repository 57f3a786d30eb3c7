import type { Kysely } from 'kysely';

/**
 * Comments to the samordnare: a police officer or kommun employee who answers for an activity leaves a short note
 * about it for a tertial ("Två kontroller flyttade till januari"). One row per person, activity and tertial: a
 * second comment by the same person replaces the first (the audit log keeps the earlier text). Internal: shown in
 * the status prompt, the `/rapportera` form and `/status`, never on a public page.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity_comments')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('tertial', 'integer', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_comments_pk', ['activity_id', 'year', 'tertial', 'person'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
