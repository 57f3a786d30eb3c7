import type { Kysely } from 'kysely';
import type { ActivityComment } from '../../domain/comment-ports.ts';
import type { Store } from '../../domain/ports.ts';
import type { Platform, TertialNumber } from '../../domain/types.ts';
import type { ActivityCommentsTable, Database } from '../schema.ts';

type CommentRepo = Pick<Store, 'saveActivityComment' | 'activityComments'>;

function toComment(r: ActivityCommentsTable): ActivityComment {
  return {
    activityId: r.activity_id,
    year: Number(r.year),
    tertial: Number(r.tertial) as TertialNumber,
    person: r.person,
    municipalityCode: r.municipality_code,
    text: r.text,
    platform: r.platform as Platform,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

/** Comments to the samordnare: one row per activity, tertial and person (migration 0009). */
export function commentRepository(db: Kysely<Database>): CommentRepo {
  return {
    async saveActivityComment(c) {
      const key = (q: ReturnType<typeof db.selectFrom<'activity_comments'>>) =>
        q
          .where('activity_id', '=', c.activityId)
          .where('year', '=', c.year)
          .where('tertial', '=', c.tertial)
          .where('person', '=', c.person);
      const before = await key(db.selectFrom('activity_comments')).selectAll().executeTakeFirst();
      const row = {
        activity_id: c.activityId,
        year: c.year,
        tertial: c.tertial,
        person: c.person,
        municipality_code: c.municipalityCode,
        text: c.text,
        platform: c.platform,
        created_at: before ? Number(before.created_at) : c.createdAt,
        updated_at: c.updatedAt,
      };
      await db
        .insertInto('activity_comments')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['activity_id', 'year', 'tertial', 'person'])
            .doUpdateSet({ text: row.text, platform: row.platform, updated_at: row.updated_at }),
        )
        .execute();
      return before ? toComment(before) : null;
    },

    async activityComments(activityIds, year, tertial) {
      if (activityIds.length === 0) return [];
      const rows = await db
        .selectFrom('activity_comments')
        .selectAll()
        .where('activity_id', 'in', [...activityIds])
        .where('year', '=', year)
        .where('tertial', '=', tertial)
        .orderBy('created_at')
        .orderBy('person')
        .execute();
      return rows.map(toComment);
    },
  };
}
