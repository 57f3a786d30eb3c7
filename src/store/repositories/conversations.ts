import type { Kysely, Selectable } from 'kysely';
import type { ConversationRef, Prompt, Store } from '../../domain/ports.ts';
import type { Platform, TertialNumber } from '../../domain/types.ts';
import type { ConversationRefsTable, Database, PromptsTable } from '../schema.ts';

type ConversationRepo = Pick<
  Store,
  | 'insertPrompt'
  | 'prompt'
  | 'answerPrompt'
  | 'setPromptMessageRef'
  | 'openPrompts'
  | 'saveConversationRef'
  | 'conversationRef'
  | 'conversationRefOfPerson'
  | 'markConversationDead'
  | 'personLang'
  | 'setPersonLang'
  | 'personNames'
  | 'setPersonName'
  | 'forgetPerson'
  | 'personPlatformLang'
  | 'setPersonPlatformLang'
>;

function toPrompt(r: Selectable<PromptsTable>): Prompt {
  return {
    id: r.id,
    kind: r.kind,
    municipalityCode: r.municipality_code,
    activityId: r.activity_id,
    year: r.year === null ? null : Number(r.year),
    tertial: r.tertial === null ? null : (Number(r.tertial) as TertialNumber),
    question: r.question,
    options: JSON.parse(r.options) as string[],
    audience: r.audience,
    status: r.status as Prompt['status'],
    answer: r.answer,
    answeredBy: r.answered_by,
    answeredPlatform: r.answered_platform as Platform | null,
    answeredAt: r.answered_at === null ? null : Number(r.answered_at),
    messageRef: r.message_ref,
    createdAt: Number(r.created_at),
  };
}

function toRef(r: Selectable<ConversationRefsTable>): ConversationRef {
  return {
    platform: r.platform as Platform,
    conversationId: r.conversation_id,
    kind: r.kind as ConversationRef['kind'],
    person: r.person,
    reference: r.reference,
    dead: Number(r.dead) === 1,
    deadReason: r.dead_reason,
    updatedAt: Number(r.updated_at),
  };
}

/** Prompts the bot asked, conversation addresses for proactive sends, and per-person settings. */
export function conversationRepository(db: Kysely<Database>): ConversationRepo {
  return {
    async insertPrompt(p) {
      await db
        .insertInto('prompts')
        .values({
          id: p.id,
          kind: p.kind,
          municipality_code: p.municipalityCode,
          activity_id: p.activityId,
          year: p.year,
          tertial: p.tertial,
          question: p.question,
          options: JSON.stringify(p.options),
          audience: p.audience,
          status: p.status,
          answer: p.answer,
          answered_by: p.answeredBy,
          answered_platform: p.answeredPlatform,
          answered_at: p.answeredAt,
          message_ref: p.messageRef,
          created_at: p.createdAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    async prompt(id) {
      const row = await db.selectFrom('prompts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toPrompt(row) : null;
    },

    async answerPrompt(id, answer, by, platform, at) {
      const r = await db
        .updateTable('prompts')
        .set({ status: 'answered', answer, answered_by: by, answered_platform: platform, answered_at: at })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async setPromptMessageRef(id, messageRef) {
      await db.updateTable('prompts').set({ message_ref: messageRef }).where('id', '=', id).execute();
    },

    async openPrompts(municipalityCode) {
      const rows = await db
        .selectFrom('prompts')
        .selectAll()
        .where('municipality_code', '=', municipalityCode)
        .where('status', '=', 'open')
        .orderBy('created_at')
        .execute();
      return rows.map(toPrompt);
    },

    async saveConversationRef(ref) {
      const values = {
        kind: ref.kind,
        person: ref.person,
        reference: ref.reference,
        dead: ref.dead ? 1 : 0,
        dead_reason: ref.deadReason,
        updated_at: ref.updatedAt,
      };
      await db
        .insertInto('conversation_refs')
        .values({ platform: ref.platform, conversation_id: ref.conversationId, ...values })
        .onConflict((oc) => oc.columns(['platform', 'conversation_id']).doUpdateSet(values))
        .execute();
    },

    async conversationRef(platform, conversationId) {
      const row = await db
        .selectFrom('conversation_refs')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row ? toRef(row) : null;
    },

    async conversationRefOfPerson(platform, person) {
      const row = await db
        .selectFrom('conversation_refs')
        .selectAll()
        .where('platform', '=', platform)
        .where('person', '=', person)
        .where('kind', '=', 'personal')
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row ? toRef(row) : null;
    },

    async markConversationDead(platform, conversationId, reason, at) {
      await db
        .updateTable('conversation_refs')
        .set({ dead: 1, dead_reason: reason, updated_at: at })
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .execute();
    },

    async personLang(person) {
      const row = await db
        .selectFrom('person_settings')
        .select('lang')
        .where('person', '=', person)
        .executeTakeFirst();
      return row?.lang === 'sv' || row?.lang === 'en' ? row.lang : null;
    },

    async setPersonLang(person, lang, now) {
      await db
        .insertInto('person_settings')
        .values({ person, lang, display_name: null, platform_lang: null, updated_at: now })
        .onConflict((oc) => oc.column('person').doUpdateSet({ lang, updated_at: now }))
        .execute();
    },

    async personNames(persons) {
      const out = new Map<string, string>();
      const unique = [...new Set(persons)];
      for (let i = 0; i < unique.length; i += 200) {
        const rows = await db
          .selectFrom('person_settings')
          .select(['person', 'display_name'])
          .where('person', 'in', unique.slice(i, i + 200))
          .where('display_name', 'is not', null)
          .execute();
        for (const r of rows) if (r.display_name) out.set(r.person, r.display_name);
      }
      return out;
    },

    async personPlatformLang(person) {
      const row = await db
        .selectFrom('person_settings')
        .select('platform_lang')
        .where('person', '=', person)
        .executeTakeFirst();
      return row?.platform_lang === 'sv' || row?.platform_lang === 'en' ? row.platform_lang : null;
    },

    async setPersonPlatformLang(person, lang, now) {
      await db
        .insertInto('person_settings')
        .values({ person, lang: null, display_name: null, platform_lang: lang, updated_at: now })
        .onConflict((oc) => oc.column('person').doUpdateSet({ platform_lang: lang, updated_at: now }))
        .execute();
    },

    async forgetPerson(person) {
      await db.deleteFrom('person_settings').where('person', '=', person).execute();
      await db
        .deleteFrom('conversation_refs')
        .where('person', '=', person)
        .where('kind', '=', 'personal')
        .execute();
    },

    async setPersonName(person, name, now) {
      await db
        .insertInto('person_settings')
        .values({ person, lang: null, display_name: name, platform_lang: null, updated_at: now })
        .onConflict((oc) =>
          oc
            .column('person')
            .doUpdateSet({ display_name: name, updated_at: now })
            .where('person_settings.display_name', 'is distinct from', name),
        )
        .execute();
    },
  };
}
