import { type Kysely, sql } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type { Database } from '../schema.ts';

type StatusErasureRepo = Pick<Store, 'eraseStatusTexts'>;

/** A text as it stands inside stored JSON (quotes, backslashes and control characters escaped). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** A LIKE pattern that matches `text` literally anywhere (with ESCAPE '\'). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The DPO's erasure of a status text (domain/status-erasure.ts): every version of the activity's tertial, the audit
 * entries of those versions and of a prompt answered with the text, the prompt's answer, and any stored reply that
 * quoted it. Runs in the caller's transaction.
 */
export function statusErasureRepository(db: Kysely<Database>): StatusErasureRepo {
  return {
    async eraseStatusTexts(activityId, year, tertial, placeholder) {
      const rows = await db
        .selectFrom('follow_up_statuses')
        .select(['id', 'text'])
        .where('activity_id', '=', activityId)
        .where('year', '=', year)
        .where('tertial', '=', tertial)
        .where('text', '<>', placeholder)
        .execute();
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      const texts = new Set(rows.map((r) => r.text));
      await db.updateTable('follow_up_statuses').set({ text: placeholder }).where('id', 'in', ids).execute();
      const prompts = await db
        .selectFrom('prompts')
        .select(['id', 'answer'])
        .where('activity_id', '=', activityId)
        .where('year', '=', year)
        .where('tertial', '=', tertial)
        .where('answer', 'in', [...texts])
        .execute();
      const promptIds = prompts.map((p) => p.id);
      if (promptIds.length > 0)
        await db.updateTable('prompts').set({ answer: placeholder }).where('id', 'in', promptIds).execute();
      let entries = db
        .selectFrom('audit_log')
        .select(['id', 'before', 'after'])
        .where((eb) =>
          eb.or([
            eb.and([eb('entity', '=', 'follow-up-status'), eb('entity_id', 'in', ids)]),
            ...(promptIds.length > 0
              ? [eb.and([eb('entity', '=', 'prompt'), eb('entity_id', 'in', promptIds)])]
              : []),
          ]),
        );
      entries = entries.orderBy('id');
      const scrub = (v: string | null) => {
        const o = v === null ? null : (JSON.parse(v) as Record<string, unknown> | null);
        if (!o || typeof o !== 'object') return v;
        const out = { ...o };
        for (const field of ['text', 'answer'])
          if (typeof out[field] === 'string' && texts.has(out[field] as string)) out[field] = placeholder;
        return JSON.stringify(out);
      };
      for (const e of await entries.execute())
        await db
          .updateTable('audit_log')
          .set({ before: scrub(e.before), after: scrub(e.after) })
          .where('id', '=', e.id)
          .execute();
      // A stored reply quoting the text (JSON-escaped inside it); kept at most the retention window, so few rows.
      for (const text of texts) {
        const quoted = inJson(text);
        const replies = await db
          .selectFrom('processed_events')
          .select(['key', 'reply'])
          .where(sql<boolean>`reply LIKE ${containing(quoted)} ESCAPE '\\'`)
          .execute();
        for (const r of replies)
          await db
            .updateTable('processed_events')
            .set({ reply: r.reply.split(quoted).join(inJson(placeholder)) })
            .where('key', '=', r.key)
            .execute();
      }
      return rows.length;
    },
  };
}
