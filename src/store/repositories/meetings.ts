import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../../domain/ports.ts';
import type { MeetingFollowupAnswer, MeetingSeries, MeetingStatus, Scope } from '../../domain/types.ts';
import type { Database, MeetingSeriesTable } from '../schema.ts';

type MeetingRepo = Pick<
  Store,
  | 'saveMeetingSeries'
  | 'meetingSeries'
  | 'meetingSeriesFor'
  | 'allMeetingSeries'
  | 'saveMeeting'
  | 'meetingsOf'
  | 'deleteMeetingsFrom'
  | 'answerMeetingFollowup'
  | 'setMeetingNote'
>;

export function toScope(type: string, id: string): Scope {
  if (type === 'all') return { type: 'all', id: 'alla' };
  return type === 'area' ? { type: 'area', id } : { type: 'kommun', id };
}

function toSeries(r: Selectable<MeetingSeriesTable>): MeetingSeries {
  return {
    id: r.id,
    scope: toScope(r.scope_type, r.scope_id),
    firstDate: r.first_date,
    intervalWeeks: Number(r.interval_weeks),
    time: r.time,
    place: r.place,
    remindAt: r.remind_at,
    active: Number(r.active) === 1,
    ...(r.ends_on ? { endsOn: r.ends_on } : {}),
  };
}

export function meetingRepository(db: Kysely<Database>): MeetingRepo {
  return {
    async saveMeetingSeries(s, now) {
      const values = {
        scope_type: s.scope.type,
        scope_id: s.scope.id,
        first_date: s.firstDate,
        interval_weeks: s.intervalWeeks,
        time: s.time,
        place: s.place,
        remind_at: s.remindAt,
        active: s.active ? 1 : 0,
        ends_on: s.endsOn ?? null,
        updated_at: now,
      };
      await db
        .insertInto('meeting_series')
        .values({ id: s.id, created_at: now, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },

    async meetingSeries(id) {
      const row = await db.selectFrom('meeting_series').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSeries(row) : null;
    },

    async meetingSeriesFor(scope) {
      const rows = await db
        .selectFrom('meeting_series')
        .selectAll()
        .where('scope_type', '=', scope.type)
        .where('scope_id', '=', scope.id)
        .orderBy('created_at')
        .execute();
      return rows.map(toSeries);
    },

    async allMeetingSeries() {
      const rows = await db
        .selectFrom('meeting_series')
        .selectAll()
        .orderBy('scope_id')
        .orderBy('created_at')
        .execute();
      return rows.map(toSeries);
    },

    async saveMeeting(m) {
      const values = { scheduled_on: m.scheduledOn, status: m.status, updated_at: m.updatedAt };
      await db
        .insertInto('meetings')
        .values({ series_id: m.seriesId, original_on: m.originalOn, ...values })
        .onConflict((oc) => oc.columns(['series_id', 'original_on']).doUpdateSet(values))
        .execute();
    },

    async deleteMeetingsFrom(seriesId, fromDay) {
      const result = await db
        .deleteFrom('meetings')
        .where('series_id', '=', seriesId)
        .where((eb) =>
          eb.or([
            eb('original_on', '>=', fromDay),
            eb.and([eb('scheduled_on', '>=', fromDay), eb('status', '=', 'moved')]),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async meetingsOf(seriesIds) {
      if (seriesIds.length === 0) return [];
      const rows = await db
        .selectFrom('meetings')
        .selectAll()
        .where('series_id', 'in', [...seriesIds])
        .orderBy('original_on')
        .execute();
      return rows.map((r) => ({
        seriesId: r.series_id,
        originalOn: r.original_on,
        scheduledOn: r.scheduled_on,
        status: r.status as MeetingStatus,
        updatedAt: Number(r.updated_at),
        // Only an answered (or noted) meeting carries these: a plain exception row reads as before.
        ...(r.answer && r.answered_by
          ? {
              followup: {
                answer: r.answer as MeetingFollowupAnswer['answer'],
                by: r.answered_by,
                at: Number(r.answered_at ?? 0),
              },
            }
          : {}),
        ...(r.note ? { note: r.note } : {}),
      }));
    },

    async answerMeetingFollowup(seriesId, originalOn, answer, replacing) {
      const result = await db
        .updateTable('meetings')
        .set({ answer: answer.answer, answered_by: answer.by, answered_at: answer.at })
        .where('series_id', '=', seriesId)
        .where('original_on', '=', originalOn)
        .where((eb) =>
          replacing === null
            ? eb('answered_by', 'is', null)
            : eb.or([eb('answered_by', 'is', null), eb('answer', '=', replacing)]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async setMeetingNote(seriesId, originalOn, note) {
      const result = await db
        .updateTable('meetings')
        .set({ note })
        .where('series_id', '=', seriesId)
        .where('original_on', '=', originalOn)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
