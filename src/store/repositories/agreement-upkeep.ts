import type { Kysely } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type { Database } from '../schema.ts';

type UpkeepRepo = Pick<
  Store,
  'saveActivity' | 'deleteActivity' | 'saveCommitmentText' | 'saveAgreementTitle' | 'registrationCountOf'
>;

/**
 * Changes to an agreement after import: one activity saved or removed, a promise's text or the title replaced, and how
 * much was registered against some activities.
 */
export function agreementUpkeepRepository(db: Kysely<Database>): UpkeepRepo {
  return {
    async saveActivity(a) {
      const values = {
        agreement_id: a.agreementId,
        commitment_id: a.commitmentId,
        position: a.position,
        text: a.text,
        responsible: a.responsible,
        kind: a.kind,
        target_count: a.target?.count ?? null,
        target_per: a.target?.per ?? null,
        short_name: a.shortName ?? null,
        signed_target_count: a.targetChange?.signed?.count ?? null,
        signed_target_per: a.targetChange?.signed?.per ?? null,
        target_changed_on: a.targetChange?.on ?? null,
        sanity_limit: a.sanityLimit ?? null,
        added_on: a.addedOn ?? null,
      };
      await db
        .insertInto('activities')
        .values({ id: a.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },

    async deleteActivity(id) {
      await db.deleteFrom('follow_up_statuses').where('activity_id', '=', id).execute();
      await db.deleteFrom('activities').where('id', '=', id).execute();
    },

    async saveCommitmentText(id, text) {
      await db.updateTable('commitments').set({ text }).where('id', '=', id).execute();
    },

    async saveAgreementTitle(id, title) {
      await db.updateTable('agreements').set({ title }).where('id', '=', id).execute();
    },

    async registrationCountOf(activityIds, options = {}) {
      if (activityIds.length === 0) return 0;
      let q = db
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('activity_id', 'in', [...activityIds])
        .where('voided_at', 'is', null);
      if (options.exceptPlatform) q = q.where('platform', '!=', options.exceptPlatform);
      const row = await q.executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
