import type { Kysely } from 'kysely';
import type { AgreementBundle, Store } from '../../domain/ports.ts';
import type { Activity, Agreement, Commitment } from '../../domain/types.ts';
import type { Database } from '../schema.ts';
import { toActivity, toAgreement } from './agreements.ts';

type SummaryRepo = Pick<Store, 'agreementBundlesInYear'>;

/** Set-based reads for summaries over many kommuner (a police area, a län, the whole country). */
export function summaryRepository(db: Kysely<Database>): SummaryRepo {
  return {
    async agreementBundlesInYear(municipalityCodes, year) {
      if (municipalityCodes.length === 0) return [];
      const rows = await db
        .selectFrom('agreements')
        .selectAll()
        .where('municipality_code', 'in', [...new Set(municipalityCodes)])
        .where('period_from', '<=', year)
        .where('period_to', '>=', year)
        .orderBy('municipality_code')
        .orderBy('period_from', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      // The first row per kommun is the one in force (the same choice as agreementForYear).
      const chosen = new Map<string, Agreement>();
      for (const row of rows) {
        if (!chosen.has(row.municipality_code)) chosen.set(row.municipality_code, toAgreement(row));
      }
      const ids = [...chosen.values()].map((a) => a.id);
      if (ids.length === 0) return [];
      const [commitments, activities] = await Promise.all([
        db
          .selectFrom('commitments')
          .selectAll()
          .where('agreement_id', 'in', ids)
          .orderBy('agreement_id')
          .orderBy('position')
          .execute(),
        db
          .selectFrom('activities')
          .selectAll()
          .where('agreement_id', 'in', ids)
          .orderBy('agreement_id')
          .orderBy('position')
          .execute(),
      ]);
      const commitmentsOf = new Map<string, Commitment[]>(ids.map((id) => [id, []]));
      for (const c of commitments) {
        commitmentsOf.get(c.agreement_id)?.push({
          id: c.id,
          agreementId: c.agreement_id,
          position: Number(c.position),
          text: c.text,
        });
      }
      const activitiesOf = new Map<string, Activity[]>(ids.map((id) => [id, []]));
      for (const a of activities) activitiesOf.get(a.agreement_id)?.push(toActivity(a));
      return [...chosen.values()].map(
        (agreement): AgreementBundle => ({
          agreement,
          commitments: commitmentsOf.get(agreement.id) ?? [],
          activities: activitiesOf.get(agreement.id) ?? [],
        }),
      );
    },
  };
}
