import type { Kysely, Selectable } from 'kysely';
import type { AgreementBundle, Store } from '../../domain/ports.ts';
import type { Activity, Agreement, Commitment, Responsible, TargetBasis } from '../../domain/types.ts';
import { atomically } from '../atomic.ts';
import type { ActivitiesTable, AgreementsTable, CommitmentsTable, Database } from '../schema.ts';

type AgreementRepo = Pick<
  Store,
  | 'insertAgreement'
  | 'deleteAgreement'
  | 'agreementsOf'
  | 'agreementBundle'
  | 'agreementForYear'
  | 'agreementsInYear'
>;

export function toAgreement(r: Selectable<AgreementsTable>): Agreement {
  return {
    id: r.id,
    municipalityCode: r.municipality_code,
    periodFrom: Number(r.period_from),
    periodTo: Number(r.period_to),
    signedOn: r.signed_on,
    title: r.title,
    isDemo: Number(r.is_demo) === 1,
    source: r.source,
  };
}

function toCommitment(r: Selectable<CommitmentsTable>): Commitment {
  return { id: r.id, agreementId: r.agreement_id, position: Number(r.position), text: r.text };
}

export function toActivity(r: Selectable<ActivitiesTable>): Activity {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    commitmentId: r.commitment_id,
    position: Number(r.position),
    text: r.text,
    responsible: r.responsible as Responsible,
    kind: r.kind,
    target:
      r.target_count === null || r.target_per === null
        ? null
        : { count: Number(r.target_count), per: r.target_per as TargetBasis },
    ...(r.short_name ? { shortName: r.short_name } : {}),
    ...(r.added_on ? { addedOn: r.added_on } : {}),
    ...(r.sanity_limit === null || r.sanity_limit === undefined
      ? {}
      : { sanityLimit: Number(r.sanity_limit) }),
    ...(r.target_changed_on
      ? {
          targetChange: {
            signed:
              r.signed_target_count === null || r.signed_target_per === null
                ? null
                : { count: Number(r.signed_target_count), per: r.signed_target_per as TargetBasis },
            on: r.target_changed_on,
          },
        }
      : {}),
  };
}

export function agreementRepository(db: Kysely<Database>): AgreementRepo {
  async function bundle(agreement: Agreement): Promise<AgreementBundle> {
    const [commitments, activities] = await Promise.all([
      db
        .selectFrom('commitments')
        .selectAll()
        .where('agreement_id', '=', agreement.id)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('activities')
        .selectAll()
        .where('agreement_id', '=', agreement.id)
        .orderBy('position')
        .execute(),
    ]);
    return { agreement, commitments: commitments.map(toCommitment), activities: activities.map(toActivity) };
  }

  return {
    async insertAgreement({ agreement, commitments, activities }, now) {
      await atomically(db, async (db) => {
        await db
          .insertInto('agreements')
          .values({
            id: agreement.id,
            municipality_code: agreement.municipalityCode,
            period_from: agreement.periodFrom,
            period_to: agreement.periodTo,
            signed_on: agreement.signedOn,
            title: agreement.title,
            is_demo: agreement.isDemo ? 1 : 0,
            source: agreement.source,
            created_at: now,
          })
          .execute();
        if (commitments.length > 0) {
          await db
            .insertInto('commitments')
            .values(
              commitments.map((c) => ({
                id: c.id,
                agreement_id: agreement.id,
                position: c.position,
                text: c.text,
              })),
            )
            .execute();
        }
        if (activities.length > 0) {
          await db
            .insertInto('activities')
            .values(
              activities.map((a) => ({
                id: a.id,
                agreement_id: agreement.id,
                commitment_id: a.commitmentId,
                position: a.position,
                text: a.text,
                responsible: a.responsible,
                kind: a.kind,
                target_count: a.target?.count ?? null,
                target_per: a.target?.per ?? null,
              })),
            )
            .execute();
        }
      });
    },

    async deleteAgreement(id) {
      await atomically(db, async (db) => {
        const activityIds = db.selectFrom('activities').select('id').where('agreement_id', '=', id);
        await db.deleteFrom('registrations').where('activity_id', 'in', activityIds).execute();
        await db.deleteFrom('follow_up_statuses').where('activity_id', 'in', activityIds).execute();
        await db.deleteFrom('activities').where('agreement_id', '=', id).execute();
        await db.deleteFrom('commitments').where('agreement_id', '=', id).execute();
        await db.deleteFrom('public_snapshots').where('agreement_id', '=', id).execute();
        await db.deleteFrom('agreements').where('id', '=', id).execute();
      });
    },

    async agreementsOf(municipalityCode) {
      const rows = await db
        .selectFrom('agreements')
        .selectAll()
        .where('municipality_code', '=', municipalityCode)
        .orderBy('period_from', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toAgreement);
    },

    async agreementBundle(agreementId) {
      const row = await db
        .selectFrom('agreements')
        .selectAll()
        .where('id', '=', agreementId)
        .executeTakeFirst();
      return row ? bundle(toAgreement(row)) : null;
    },

    async agreementForYear(municipalityCode, year) {
      const row = await db
        .selectFrom('agreements')
        .selectAll()
        .where('municipality_code', '=', municipalityCode)
        .where('period_from', '<=', year)
        .where('period_to', '>=', year)
        .orderBy('period_from', 'desc')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row ? bundle(toAgreement(row)) : null;
    },

    async agreementsInYear(year) {
      const rows = await db
        .selectFrom('agreements')
        .selectAll()
        .where('period_from', '<=', year)
        .where('period_to', '>=', year)
        .orderBy('municipality_code')
        .orderBy('period_from', 'desc')
        .execute();
      return rows.map(toAgreement);
    },
  };
}
