import type { Kysely } from 'kysely';

/** The stored replies are pruned by age (src/domain/retention.ts): an index on when each was recorded. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('processed_events_created_at_idx')
    .on('processed_events')
    .column('created_at')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
