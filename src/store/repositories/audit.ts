import type { Kysely } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type { AuditEntry, Platform } from '../../domain/types.ts';
import { reusedStatement } from '../reused-statement.ts';
import type { Database } from '../schema.ts';

type AuditRepo = Pick<
  Store,
  'appendAudit' | 'audit' | 'processedEvent' | 'recordProcessedEvent' | 'pruneProcessedEvents'
>;

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function parse(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

const appendAudit = reusedStatement(
  (db, e: AuditEntry) =>
    db.insertInto('audit_log').values({
      id: e.id,
      at: e.at,
      actor: e.actor,
      platform: e.platform,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      municipality_code: e.municipalityCode ?? null,
      before: json(e.before),
      after: json(e.after),
    }),
  (e) => [
    e.id,
    e.at,
    e.actor,
    e.platform,
    e.action,
    e.entity,
    e.entityId,
    e.municipalityCode ?? null,
    json(e.before),
    json(e.after),
  ],
);

const processedEvent = reusedStatement(
  (db, key: string) => db.selectFrom('processed_events').select('reply').where('key', '=', key),
  (key) => [key],
);

const recordProcessedEvent = reusedStatement(
  (db, key: string, reply: string, now: number) =>
    db
      .insertInto('processed_events')
      .values({ key, reply, created_at: now })
      .onConflict((oc) => oc.column('key').doNothing()),
  (key, reply, now) => [key, reply, now],
);

/** The audit trail and the record of processed platform events (idempotency). */
export function auditRepository(db: Kysely<Database>): AuditRepo {
  return {
    async appendAudit(e) {
      await appendAudit.run(db, e);
    },

    async audit(filter) {
      let q = db.selectFrom('audit_log').selectAll();
      if (filter.municipalityCode !== undefined)
        q = q.where('municipality_code', '=', filter.municipalityCode);
      if (filter.entities !== undefined && filter.entities.length > 0)
        q = q.where('entity', 'in', [...filter.entities]);
      if (filter.since !== undefined) q = q.where('at', '>=', filter.since);
      const rows = await q
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit ?? 1000)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: Number(r.at),
        actor: r.actor,
        platform: r.platform as Platform,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        municipalityCode: r.municipality_code,
        before: parse(r.before),
        after: parse(r.after),
      }));
    },

    async processedEvent(key) {
      const { rows } = await processedEvent.run(db, key);
      return rows[0]?.reply ?? null;
    },

    async recordProcessedEvent(key, reply, now) {
      const r = await recordProcessedEvent.run(db, key, reply, now);
      return Number(r.numAffectedRows ?? 0) > 0;
    },

    async pruneProcessedEvents(before, limit) {
      // DELETE … LIMIT is not portable (PostgreSQL has none): the oldest keys are picked by the created_at index.
      const r = await db
        .deleteFrom('processed_events')
        .where('key', 'in', (q) =>
          q
            .selectFrom('processed_events')
            .select('key')
            .where('created_at', '<', before)
            .orderBy('created_at')
            .limit(limit),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
