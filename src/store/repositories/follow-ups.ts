import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type {
  FollowUpStatus,
  Platform,
  Statistic,
  StatisticCategory,
  TertialNumber,
} from '../../domain/types.ts';
import type { Database, FollowUpStatusesTable } from '../schema.ts';

type FollowUpRepo = Pick<
  Store,
  'insertStatus' | 'latestStatuses' | 'setPublished' | 'putStatistic' | 'statisticsOf'
>;

function toStatus(r: Selectable<FollowUpStatusesTable>): FollowUpStatus {
  return {
    id: r.id,
    activityId: r.activity_id,
    year: Number(r.year),
    tertial: Number(r.tertial) as TertialNumber,
    text: r.text,
    count: r.count === null ? null : Number(r.count),
    actor: r.actor,
    platform: r.platform as Platform,
    createdAt: Number(r.created_at),
    published: Number(r.published) === 1,
  };
}

export function followUpRepository(db: Kysely<Database>): FollowUpRepo {
  return {
    async insertStatus(s) {
      // seq orders the history even when two statuses share a millisecond.
      const last = await db
        .selectFrom('follow_up_statuses')
        .select((eb) => eb.fn.max<number>('seq').as('seq'))
        .where('activity_id', '=', s.activityId)
        .where('year', '=', s.year)
        .where('tertial', '=', s.tertial)
        .executeTakeFirst();
      await db
        .insertInto('follow_up_statuses')
        .values({
          id: s.id,
          activity_id: s.activityId,
          year: s.year,
          tertial: s.tertial,
          text: s.text,
          count: s.count,
          actor: s.actor,
          platform: s.platform,
          created_at: s.createdAt,
          seq: Number(last?.seq ?? 0) + 1,
          published: s.published ? 1 : 0,
        })
        .execute();
    },

    async latestStatuses(activityIds, years) {
      if (activityIds.length === 0 || years.length === 0) return [];
      const rows = await db
        .selectFrom('follow_up_statuses as s')
        .selectAll('s')
        .where('s.activity_id', 'in', [...activityIds])
        .where('s.year', 'in', [...years])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('follow_up_statuses as n')
                .select('n.id')
                .whereRef('n.activity_id', '=', 's.activity_id')
                .whereRef('n.year', '=', 's.year')
                .whereRef('n.tertial', '=', 's.tertial')
                .whereRef('n.seq', '>', 's.seq'),
            ),
          ),
        )
        .orderBy('s.activity_id')
        .orderBy('s.year')
        .orderBy('s.tertial')
        .execute();
      return rows.map(toStatus);
    },

    async setPublished(activityIds, year, tertial, published) {
      if (activityIds.length === 0) return 0;
      const result = await db
        .updateTable('follow_up_statuses')
        .set({ published: published ? 1 : 0 })
        .where('activity_id', 'in', [...activityIds])
        .where('year', '=', year)
        .where('tertial', '=', tertial)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async putStatistic(s) {
      const values = {
        municipality_code: s.municipalityCode,
        year: s.year,
        tertial: s.tertial,
        category: s.category,
        count: s.count,
        youth: s.youth,
        actor: s.actor,
        platform: s.platform,
        created_at: s.createdAt,
      };
      await db
        .insertInto('statistics')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['municipality_code', 'year', 'tertial', 'category']).doUpdateSet({
            count: s.count,
            youth: s.youth,
            actor: s.actor,
            platform: s.platform,
            created_at: s.createdAt,
          }),
        )
        .execute();
    },

    async statisticsOf(municipalityCode, years) {
      if (years.length === 0) return [];
      const rows = await db
        .selectFrom('statistics')
        .selectAll()
        .where('municipality_code', '=', municipalityCode)
        .where('year', 'in', [...years])
        .orderBy('year')
        .orderBy('tertial')
        .orderBy('category')
        .execute();
      return rows.map(
        (r): Statistic => ({
          municipalityCode: r.municipality_code,
          year: Number(r.year),
          tertial: Number(r.tertial) as TertialNumber,
          category: r.category as StatisticCategory,
          count: Number(r.count),
          youth: r.youth === null ? null : Number(r.youth),
          actor: r.actor,
          platform: r.platform as Platform,
          createdAt: Number(r.created_at),
        }),
      );
    },
  };
}
