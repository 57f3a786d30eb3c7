import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The installation's secret called `name`: the stored one, or `candidate` stored now when there is none. Two
 * processes asking at once agree — the first insert wins and both read it back.
 */
export async function installationSecret(
  db: Kysely<Database>,
  name: string,
  candidate: string,
  now: number,
): Promise<string> {
  await db
    .insertInto('installation_secrets')
    .values({ name, value: candidate, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('installation_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
