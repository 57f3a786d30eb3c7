import { type Kysely, type Selectable, sql } from 'kysely';
import type { ReminderStatus, ReminderStore, StoredReminder, SyncResult } from '../../scheduler/ports.ts';
import {
  PLANNED_KINDS,
  type PlannedReminder,
  type ReminderKind,
  type ReminderPayload,
} from '../../scheduler/types.ts';
import type { DialectName } from '../open.ts';
import type { Database, RemindersTable } from '../schema.ts';
import { toScope } from './meetings.ts';
import { attemptStatements } from './reminder-attempts.ts';
import { sentTo } from './reminders-sent.ts';

/** Rows per multi-row statement: well under both drivers' bound-parameter limits. */
const CHUNK = 200;

function toReminder(r: Selectable<RemindersTable>): StoredReminder {
  return {
    key: r.key,
    kind: r.kind as ReminderKind,
    scope: toScope(r.scope_type, r.scope_id),
    target: r.target,
    dueAt: Number(r.due_at),
    payload: JSON.parse(r.payload) as ReminderPayload,
    status: r.status as ReminderStatus,
    attempts: Number(r.attempts),
    leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
    nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
    sentAt: r.sent_at === null ? null : Number(r.sent_at),
    late: Number(r.late) === 1,
    messageId: r.message_id,
    lastError: r.last_error,
    updatedAt: Number(r.updated_at),
    sendBegan: r.send_began === null ? null : Number(r.send_began),
    shown:
      r.parts_total === null || Number(r.parts_sent) === 0
        ? null
        : { total: Number(r.parts_total), sent: Number(r.parts_sent), first: r.message_id },
  };
}

function byDue(a: StoredReminder, b: StoredReminder): number {
  return a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The reminders table (see ReminderStore in src/scheduler/ports.ts). Every write is one statement so that two
 * instances — or two handles on one SQLite file — can run it at once; `dialect` adds PostgreSQL's row locks.
 */
export function reminderRepository(db: Kysely<Database>, dialect: DialectName): ReminderStore {
  return {
    async syncPlan(planned, window, now): Promise<SyncResult> {
      const wanted = new Map(planned.map((r) => [r.key, r]));
      const existing = new Map<string, { status: string; due: number; target: string; payload: string }>();
      for (const keys of chunks([...wanted.keys()])) {
        const rows = await db
          .selectFrom('reminders')
          .select(['key', 'status', 'due_at', 'target', 'payload'])
          .where('key', 'in', keys)
          .execute();
        for (const r of rows)
          existing.set(r.key, {
            status: r.status,
            due: Number(r.due_at),
            target: r.target,
            payload: r.payload,
          });
      }
      const writes = [...wanted.values()]
        .filter((r) => {
          const e = existing.get(r.key);
          if (!e) return true;
          return (
            e.status === 'pending' &&
            (e.due !== r.at || e.target !== r.target || e.payload !== JSON.stringify(r.payload))
          );
        })
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      let upserted = 0;
      for (const batch of chunks(writes)) {
        const result = await db
          .insertInto('reminders')
          .values(batch.map((r) => rowOf(r, now)))
          .onConflict((oc) =>
            oc
              .column('key')
              .doUpdateSet((eb) => ({
                kind: eb.ref('excluded.kind'),
                scope_type: eb.ref('excluded.scope_type'),
                scope_id: eb.ref('excluded.scope_id'),
                target: eb.ref('excluded.target'),
                due_at: eb.ref('excluded.due_at'),
                payload: eb.ref('excluded.payload'),
                updated_at: eb.ref('excluded.updated_at'),
              }))
              .where('reminders.status', '=', 'pending'),
          )
          .executeTakeFirst();
        upserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }

      const pendingInWindow = await db
        .selectFrom('reminders')
        .select('key')
        .where('status', '=', 'pending')
        .where('kind', 'in', [...PLANNED_KINDS])
        .where('due_at', '>=', window.start)
        .where('due_at', '<', window.end)
        .execute();
      const obsolete = pendingInWindow
        .map((r) => r.key)
        .filter((k) => !wanted.has(k))
        .sort();
      let deleted = 0;
      for (const keys of chunks(obsolete)) {
        const result = await db
          .deleteFrom('reminders')
          .where('key', 'in', keys)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return { upserted, deleted };
    },

    async insertOnce(reminders, now) {
      let inserted = 0;
      for (const batch of chunks(reminders)) {
        const result = await db
          .insertInto('reminders')
          .values(batch.map((r) => rowOf(r, now)))
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return inserted;
    },

    async sentMessages(scope, kinds) {
      if (kinds.length === 0) return [];
      const rows = await db
        .selectFrom('reminders')
        .selectAll()
        .where('status', '=', 'sent')
        .where('scope_type', '=', scope.type)
        .where('scope_id', '=', scope.id)
        .where('kind', 'in', [...kinds])
        .where('message_id', 'is not', null)
        .execute();
      return rows.map(toReminder).sort(byDue);
    },

    async claimDue(c, limit) {
      let due = db
        .selectFrom('reminders')
        .select('key')
        .where((eb) =>
          eb.or([
            eb.and([
              eb('status', '=', 'pending'),
              eb('due_at', '<=', c.now),
              eb('due_at', '>=', c.missedBefore),
              eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', c.now)]),
            ]),
            eb.and([
              eb('status', '=', 'sending'),
              eb('lease_until', '<', c.now),
              eb('attempts', '<', c.maxAttempts),
              eb('due_at', '>=', c.missedBefore),
            ]),
          ]),
        )
        .orderBy('due_at')
        .orderBy('key')
        .limit(limit);
      if (dialect === 'postgres') due = due.forUpdate().skipLocked();
      const rows = await db
        .updateTable('reminders')
        .set((eb) => ({
          status: 'sending',
          attempts: eb('attempts', '+', 1),
          lease_until: c.leaseUntil,
          next_attempt_at: null,
          late: sql<number>`case when due_at < ${c.lateBefore} then 1 else late end`,
          updated_at: c.now,
        }))
        .where('key', 'in', due)
        .returningAll()
        .execute();
      return rows.map(toReminder).sort(byDue);
    },

    async expire(c) {
      const missed = await db
        .updateTable('reminders')
        .set({
          status: sql<string>`case when attempts > 0 then 'failed' else 'missed' end`,
          last_error: sql<
            string | null
          >`case when attempts > 0 then coalesce(last_error, 'not sent in time') else last_error end`,
          updated_at: c.now,
        })
        .where('status', '=', 'pending')
        .where('due_at', '<', c.missedBefore)
        .returningAll()
        .execute();
      const abandoned = await db
        .updateTable('reminders')
        .set({
          status: 'failed',
          lease_until: null,
          last_error: sql<string>`coalesce(last_error, 'lease expired while sending')`,
          updated_at: c.now,
        })
        .where('status', '=', 'sending')
        .where('lease_until', '<', c.now)
        .where((eb) => eb.or([eb('attempts', '>=', c.maxAttempts), eb('due_at', '<', c.missedBefore)]))
        .returningAll()
        .execute();
      return [...missed, ...abandoned].map(toReminder).sort(byDue);
    },

    ...attemptStatements(db),

    async list(filter) {
      let q = db.selectFrom('reminders').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.dueFrom !== undefined) q = q.where('due_at', '>=', filter.dueFrom);
      if (filter.dueTo !== undefined) q = q.where('due_at', '<', filter.dueTo);
      q = q.orderBy('due_at').orderBy('key');
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      return (await q.execute()).map(toReminder);
    },

    async sentTo(target, kinds, since) {
      return (await sentTo(db, target, kinds, since)).map(toReminder);
    },
  };
}

function rowOf(r: PlannedReminder, now: number) {
  return {
    key: r.key,
    kind: r.kind,
    scope_type: r.subject.scope.type,
    scope_id: r.subject.scope.id,
    target: r.target,
    due_at: r.at,
    payload: JSON.stringify(r.payload),
    status: 'pending',
    updated_at: now,
  };
}
