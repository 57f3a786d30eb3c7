import type { Kysely } from 'kysely';

/**
 * An activity's own sanity limit: the count per registration above which the one confirmation rule
 * (src/domain/confirmation.ts) asks before storing. Null means the default (DEFAULT_SANITY_LIMIT, 50). Set with
 * `/lofte avtal <kommun> <nr> gräns <antal>` or `npx loftesbot agreements edit <kommun> <nr> --limit <antal>`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('sanity_limit', 'integer').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
