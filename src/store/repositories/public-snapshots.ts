import type { Kysely } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type { PublicAgreementView } from '../../domain/public-view.ts';
import type { Database } from '../schema.ts';

type PublicSnapshotRepo = Pick<Store, 'savePublicSnapshot' | 'deletePublicSnapshot' | 'publicSnapshot'>;

export function publicSnapshotRepository(db: Kysely<Database>): PublicSnapshotRepo {
  return {
    async savePublicSnapshot(s) {
      const row = {
        agreement_id: s.agreementId,
        municipality_code: s.municipalityCode,
        published_at: s.publishedAt,
        view: JSON.stringify(s.view),
      };
      await db
        .insertInto('public_snapshots')
        .values(row)
        .onConflict((oc) =>
          oc.column('agreement_id').doUpdateSet({ published_at: row.published_at, view: row.view }),
        )
        .execute();
    },

    async deletePublicSnapshot(agreementId) {
      await db.deleteFrom('public_snapshots').where('agreement_id', '=', agreementId).execute();
    },

    async publicSnapshot(agreementId) {
      const r = await db
        .selectFrom('public_snapshots')
        .selectAll()
        .where('agreement_id', '=', agreementId)
        .executeTakeFirst();
      if (!r) return null;
      return {
        agreementId: r.agreement_id,
        municipalityCode: r.municipality_code,
        publishedAt: Number(r.published_at),
        view: JSON.parse(r.view) as PublicAgreementView,
      };
    },
  };
}
