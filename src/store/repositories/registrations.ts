import { type Kysely, type Selectable, sql } from 'kysely';
import type { CountsByActivity, Store } from '../../domain/ports.ts';
import type { Platform, Registration } from '../../domain/types.ts';
import { reusedStatement } from '../reused-statement.ts';
import type { Database, RegistrationsTable } from '../schema.ts';

type RegistrationRepo = Pick<
  Store,
  | 'insertRegistration'
  | 'registration'
  | 'registrationsByIdPrefix'
  | 'registrationByKey'
  | 'voidRegistration'
  | 'eraseRegistrationNote'
  | 'registrationCounts'
  | 'monthlyCounts'
  | 'registrationsOf'
>;

function toRegistration(r: Selectable<RegistrationsTable>): Registration {
  return {
    id: r.id,
    activityId: r.activity_id,
    municipalityCode: r.municipality_code,
    occurredOn: r.occurred_on,
    count: Number(r.count),
    note: r.note ?? null,
    actor: r.actor,
    platform: r.platform as Platform,
    idempotencyKey: r.idempotency_key,
    createdAt: Number(r.created_at),
    voidedAt: r.voided_at === null ? null : Number(r.voided_at),
    voidedBy: r.voided_by,
  };
}

/** A registration, unless its idempotency key is stored already (then nothing: 0 rows). */
const insertRegistration = reusedStatement(
  (db, r: Registration) =>
    db
      .insertInto('registrations')
      .values({
        id: r.id,
        activity_id: r.activityId,
        municipality_code: r.municipalityCode,
        occurred_on: r.occurredOn,
        count: r.count,
        note: r.note,
        actor: r.actor,
        platform: r.platform,
        idempotency_key: r.idempotencyKey,
        created_at: r.createdAt,
        voided_at: r.voidedAt ?? null,
        voided_by: r.voidedBy ?? null,
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing()),
  (r) => [
    r.id,
    r.activityId,
    r.municipalityCode,
    r.occurredOn,
    r.count,
    r.note ?? null,
    r.actor,
    r.platform,
    r.idempotencyKey,
    r.createdAt,
    r.voidedAt ?? null,
    r.voidedBy ?? null,
  ],
);

const month = sql<string>`substr(occurred_on, 1, 7)`;

/** Registered counts per activity and month (`YYYY-MM`) over a day range, voided ones left out. */
const monthlyCounts = reusedStatement(
  (db, ids: readonly string[], firstDay: string, lastDay: string) =>
    db
      .selectFrom('registrations')
      .select(['activity_id', month.as('month'), (eb) => eb.fn.sum<number>('count').as('total')])
      .where('activity_id', 'in', [...ids])
      .where('occurred_on', '>=', firstDay)
      .where('occurred_on', '<=', lastDay)
      .where('voided_at', 'is', null)
      .groupBy(['activity_id', month])
      .orderBy('activity_id')
      .orderBy(month),
  (ids, firstDay, lastDay) => [...ids, firstDay, lastDay],
  (ids) => String(ids.length),
);

/** The same from registration_month_totals (migration 0011): one row per activity and month. */
const monthTotals = reusedStatement(
  (db, ids: readonly string[], firstMonth: string, lastMonth: string) =>
    db
      .selectFrom('registration_month_totals')
      .select(['activity_id', 'month', 'total'])
      .where('activity_id', 'in', [...ids])
      .where('month', '>=', firstMonth)
      .where('month', '<=', lastMonth)
      .where('registrations', '>', 0)
      .orderBy('activity_id')
      .orderBy('month'),
  (ids, firstMonth, lastMonth) => [...ids, firstMonth, lastMonth, 0],
  (ids) => String(ids.length),
);

/** True when `firstDay` is the first of its month and `lastDay` the last of its month (both `YYYY-MM-DD`). */
export function wholeMonths(firstDay: string, lastDay: string): boolean {
  if (!/^\d{4}-\d{2}-01$/.test(firstDay) || !/^\d{4}-\d{2}-\d{2}$/.test(lastDay)) return false;
  const year = Number(lastDay.slice(0, 4));
  const month = Number(lastDay.slice(5, 7));
  // Day 0 of the next month is the last day of this one (UTC: no zone involved).
  return Number(lastDay.slice(8, 10)) === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function registrationRepository(db: Kysely<Database>): RegistrationRepo {
  return {
    async insertRegistration(r) {
      const result = await insertRegistration.run(db, r);
      return Number(result.numAffectedRows ?? 0) > 0;
    },

    async registration(id) {
      const row = await db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRegistration(row) : null;
    },

    async registrationsByIdPrefix(prefix, limit) {
      const safe = prefix.replace(/[^A-Za-z0-9-]/g, '');
      if (safe === '') return [];
      const rows = await db
        .selectFrom('registrations')
        .selectAll()
        .where('id', 'like', `${safe}%`)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toRegistration);
    },

    async registrationByKey(key) {
      const row = await db
        .selectFrom('registrations')
        .selectAll()
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      return row ? toRegistration(row) : null;
    },

    async eraseRegistrationNote(id, placeholder) {
      const row = await db
        .selectFrom('registrations')
        .select(['note', 'idempotency_key'])
        .where('id', '=', id)
        .executeTakeFirst();
      const note = row?.note;
      if (!row || !note) return false;
      await db.updateTable('registrations').set({ note: null }).where('id', '=', id).execute();
      const entries = await db
        .selectFrom('audit_log')
        .select(['id', 'before', 'after'])
        .where('entity', '=', 'registration')
        .where('entity_id', '=', id)
        .execute();
      const scrub = (v: string | null) => {
        const o = v === null ? null : (JSON.parse(v) as unknown);
        return o && typeof o === 'object' && 'note' in o ? JSON.stringify({ ...o, note: null }) : v;
      };
      for (const e of entries)
        await db
          .updateTable('audit_log')
          .set({ before: scrub(e.before), after: scrub(e.after) })
          .where('id', '=', e.id)
          .execute();
      // The reply kept for a repeated event quotes the note (JSON-escaped inside the stored reply).
      const quoted = JSON.stringify(note).slice(1, -1);
      const replies = await db
        .selectFrom('processed_events')
        .select(['key', 'reply'])
        .where('key', '=', row.idempotency_key)
        .execute();
      for (const r of replies)
        await db
          .updateTable('processed_events')
          .set({ reply: r.reply.split(quoted).join(JSON.stringify(placeholder).slice(1, -1)) })
          .where('key', '=', r.key)
          .execute();
      return true;
    },

    async voidRegistration(id, by, at) {
      const result = await db
        .updateTable('registrations')
        .set({ voided_at: at, voided_by: by })
        .where('id', '=', id)
        .where('voided_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async registrationCounts(activityIds, firstDay, lastDay) {
      if (activityIds.length === 0) return {};
      const rows = await db
        .selectFrom('registrations')
        .select(['activity_id', (eb) => eb.fn.sum<number>('count').as('total')])
        .where('activity_id', 'in', [...activityIds])
        .where('occurred_on', '>=', firstDay)
        .where('occurred_on', '<=', lastDay)
        .where('voided_at', 'is', null)
        .groupBy('activity_id')
        .execute();
      const counts: Record<string, number> = {};
      for (const id of activityIds) counts[id] = 0;
      for (const row of rows) counts[row.activity_id] = Number(row.total);
      return counts satisfies CountsByActivity;
    },

    async monthlyCounts(activityIds, firstDay, lastDay) {
      if (activityIds.length === 0) return [];
      // Whole months (tertials, years, periods: every summary) are read from the totals the triggers keep.
      const { rows } = wholeMonths(firstDay, lastDay)
        ? await monthTotals.run(db, activityIds, firstDay.slice(0, 7), lastDay.slice(0, 7))
        : await monthlyCounts.run(db, activityIds, firstDay, lastDay);
      return rows.map((r) => ({ activityId: r.activity_id, month: r.month, count: Number(r.total) }));
    },

    async registrationsOf(activityIds, firstDay, lastDay) {
      if (activityIds.length === 0) return [];
      const rows = await db
        .selectFrom('registrations')
        .selectAll()
        .where('activity_id', 'in', [...activityIds])
        .where('occurred_on', '>=', firstDay)
        .where('occurred_on', '<=', lastDay)
        .where('voided_at', 'is', null)
        .orderBy('occurred_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toRegistration);
    },
  };
}
