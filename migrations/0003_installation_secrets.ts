import type { Kysely } from 'kysely';

/**
 * Secrets one installation makes for itself once and every process on the database shares — the key of signed
 * dashboard and report links (`link`), so a link made by `npx loftesbot chat` opens on the running server.
 * Rotating one is deleting its row and restarting every process (README "Signed links").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('installation_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey().notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
