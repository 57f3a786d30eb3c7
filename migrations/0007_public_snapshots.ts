import type { Kysely } from 'kysely';

/**
 * What the public pages show is a decision: the view of an agreement as of its last published tertial, saved when
 * a samordnare publishes (or withdraws) a tertial. The pages and `publish --out` read this row, never live counts,
 * so a registration made after publishing changes nothing public until the next publish. One row per agreement;
 * `view` is the public view as JSON (no person, note or unpublished text can be in it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_snapshots')
    .addColumn('agreement_id', 'text', (c) =>
      c.primaryKey().notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint', (c) => c.notNull())
    .addColumn('view', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
