import { auditOf, type DomainDeps } from './deps.ts';
import { type Access, type LogActivityResult, logActivity } from './log-activity.ts';
import { isPastMeetingDay } from './meeting-day.ts';
import { type MeetingOccurrence, occurrenceOf } from './meetings.ts';
import { may } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { Store } from './ports.ts';
import { changeMeeting, type MeetingOp } from './samverkan.ts';
import { localDay } from './tertial.ts';
import type { Actor, Meeting, MeetingFollowupAnswer, MeetingSeries } from './types.ts';

/**
 * The meeting follow-up, "Hölls samverkansmötet i Sävsjö 5 jan?", answered once for all its recipients: Ja marks
 * the meeting held (and so logs a samverkansmöte for each kommun of the series: it counts toward the agreement's
 * samverkansmöten target), Nej cancels it, Flyttat moves it to a day not before today (the meeting-date rule).
 * The answer, who gave it and when are stored on the meeting's row in the same transaction as the change; a
 * second answer, from anyone, is refused with the first. An optional note is stored with the meeting.
 */

export const MAX_MEETING_NOTE_LENGTH = 500;

export type FollowupChoice =
  | { readonly kind: 'held' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'moved'; readonly to: string };

export interface FollowupState {
  readonly series: MeetingSeries;
  readonly occurrence: MeetingOccurrence;
  readonly row: Meeting | null;
}

export type FollowupResult =
  | {
      readonly ok: true;
      readonly answer: MeetingFollowupAnswer;
      readonly occurrence: MeetingOccurrence;
      /** For `held`: the samverkansmöte registrations, one per kommun logged for. */
      readonly logged: readonly LogActivityResult[];
    }
  | { readonly ok: false; readonly error: 'not-found' }
  | { readonly ok: false; readonly error: 'already-answered'; readonly answer: MeetingFollowupAnswer }
  | { readonly ok: false; readonly error: 'forbidden' }
  | { readonly ok: false; readonly error: 'note-too-long' | 'personal-number' }
  /** The change itself was refused (a move into the past, onto another meeting, …); nothing stored. */
  | { readonly ok: false; readonly error: 'change'; readonly reason: string; readonly day: string };

/** True when the stored answer still answers the follow-up about `day` (a move answered the old day only). */
export function answersDay(answer: MeetingFollowupAnswer | null | undefined, day: string): boolean {
  return !!answer && answer.answer !== `moved:${day}`;
}

/** The occurrence a follow-up asks about and its stored row (answer, note), or null when the series is gone. */
export async function followupState(
  deps: Pick<DomainDeps, 'store'>,
  seriesId: string,
  originalOn: string,
): Promise<FollowupState | null> {
  const series = await deps.store.meetingSeries(seriesId);
  if (!series) return null;
  const row = (await deps.store.meetingsOf([seriesId])).find((m) => m.originalOn === originalOn) ?? null;
  return { series, occurrence: occurrenceOf(series, originalOn, row ?? undefined), row };
}

/** The kommuner a series covers: its own, or every kommun of its police area. */
export function seriesKommuner(series: MeetingSeries, access: Access): string[] {
  if (series.scope.type === 'kommun') return [series.scope.id];
  return [...(access.areas.find((a) => a.id === series.scope.id)?.municipalityCodes ?? [])];
}

/** A note as it is stored: trimmed, one line of spaces; refused when too long or holding a personnummer. */
export function screenNote(
  text: string,
): { ok: true; note: string | null } | { ok: false; error: 'note-too-long' | 'personal-number' } {
  const note = text.trim().replace(/[ \t]+/g, ' ');
  if (note === '') return { ok: true, note: null };
  if (note.length > MAX_MEETING_NOTE_LENGTH) return { ok: false, error: 'note-too-long' };
  if (containsPersonalData(note)) return { ok: false, error: 'personal-number' };
  return { ok: true, note };
}

class AnsweredFirst extends Error {}

/** Answers the follow-up of one meeting (see the module comment); audited, in one transaction. */
export async function answerMeetingFollowup(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  input: {
    readonly seriesId: string;
    readonly originalOn: string;
    readonly choice: FollowupChoice;
    readonly note?: string;
  },
): Promise<FollowupResult> {
  const state = await followupState(deps, input.seriesId, input.originalOn);
  if (!state) return { ok: false, error: 'not-found' };
  const previous = state.row?.followup ?? null;
  // "Flyttat till 12 jan" answered the question about the old day; the moved meeting is asked about afresh.
  const reasked = previous !== null && previous.answer === `moved:${state.occurrence.scheduledOn}`;
  if (previous && !reasked) return { ok: false, error: 'already-answered', answer: previous };
  const screened = screenNote(input.note ?? '');
  if (!screened.ok) return { ok: false, error: screened.error };
  const kommuner = seriesKommuner(state.series, access);
  // The change goes through one kommun the answerer holds `meetings` for (an area series: any of its kommuner).
  const code = kommuner.find((c) =>
    may(access.grants, 'meetings', { type: 'kommun', code: c }, access.areas),
  );
  if (!code) return { ok: false, error: 'forbidden' };
  const day = state.occurrence.scheduledOn;
  const now = deps.clock.now();
  const today = localDay(now, deps.zone);
  const choice = input.choice;
  if (choice.kind === 'moved' && isPastMeetingDay(choice.to, today))
    return { ok: false, error: 'change', reason: 'in-the-past', day: choice.to };
  const op: MeetingOp =
    choice.kind === 'held'
      ? { type: 'held', day }
      : choice.kind === 'cancelled'
        ? { type: 'cancel', day }
        : { type: 'move', from: day, to: choice.to };
  const answer: MeetingFollowupAnswer = {
    answer: choice.kind === 'moved' ? `moved:${choice.to}` : choice.kind,
    by: actor.person,
    at: now,
  };
  try {
    const changed = await changeMeeting(deps, actor, access, code, op, async (tx: Store) => {
      const replacing = reasked ? previous.answer : null;
      if (!(await tx.answerMeetingFollowup(input.seriesId, input.originalOn, answer, replacing)))
        throw new AnsweredFirst();
      if (screened.note) await tx.setMeetingNote(input.seriesId, input.originalOn, screened.note);
      await tx.appendAudit(
        auditOf(deps, actor, {
          action: 'meeting.followup',
          entity: 'meeting',
          entityId: `${input.seriesId}/${input.originalOn}`,
          municipalityCode: code,
          before: null,
          after: { answer: answer.answer, note: screened.note !== null },
        }),
      );
    });
    if (!changed.ok) {
      if (changed.error === 'forbidden') return { ok: false, error: 'forbidden' };
      if (changed.error === 'no-series') return { ok: false, error: 'not-found' };
      if (changed.error === 'area-meeting') return { ok: false, error: 'forbidden' };
      return { ok: false, error: 'change', reason: changed.error, day: changed.day };
    }
    const logged: LogActivityResult[] = changed.logged ? [changed.logged] : [];
    if (choice.kind === 'held') {
      // An area series' meeting is a samverkansmöte of every kommun in the area the answerer may log for.
      for (const other of kommuner.filter((c) => c !== code)) {
        if (!may(access.grants, 'log', { type: 'kommun', code: other }, access.areas)) continue;
        logged.push(
          await logActivity(deps, actor, access, {
            municipalityCode: other,
            activity: { kind: 'samverkansmöte' },
            day: changed.occurrence.scheduledOn,
            count: 1,
            note: null,
            idempotencyKey: `meeting:${input.seriesId}:${input.originalOn}:${other}`,
            confirmed: true,
          }),
        );
      }
    }
    return { ok: true, answer, occurrence: changed.occurrence, logged };
  } catch (e) {
    if (!(e instanceof AnsweredFirst)) throw e;
    const again = await followupState(deps, input.seriesId, input.originalOn);
    return again?.row?.followup
      ? { ok: false, error: 'already-answered', answer: again.row.followup }
      : { ok: false, error: 'not-found' };
  }
}

/** Stores a note with a meeting the follow-up asks about (before it is answered); audited. */
export async function noteMeetingFollowup(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  input: { readonly seriesId: string; readonly originalOn: string; readonly note: string },
): Promise<
  | { readonly ok: true; readonly note: string }
  | Extract<FollowupResult, { ok: false; error: 'not-found' | 'forbidden' | 'already-answered' }>
  | { readonly ok: false; readonly error: 'note-too-long' | 'personal-number' }
  | { readonly ok: false; readonly error: 'empty' }
> {
  const state = await followupState(deps, input.seriesId, input.originalOn);
  if (!state) return { ok: false, error: 'not-found' };
  const answered = state.row?.followup;
  if (answered && answersDay(answered, state.occurrence.scheduledOn))
    return { ok: false, error: 'already-answered', answer: answered };
  const kommuner = seriesKommuner(state.series, access);
  const code = kommuner.find((c) =>
    may(access.grants, 'meetings', { type: 'kommun', code: c }, access.areas),
  );
  if (!code) return { ok: false, error: 'forbidden' };
  const screened = screenNote(input.note);
  if (!screened.ok) return { ok: false, error: screened.error };
  const note = screened.note;
  if (!note) return { ok: false, error: 'empty' };
  const row: Meeting = state.row ?? {
    seriesId: state.series.id,
    originalOn: input.originalOn,
    scheduledOn: state.occurrence.scheduledOn,
    status: state.occurrence.status,
    updatedAt: deps.clock.now(),
  };
  await deps.store.transaction(async (tx) => {
    if (!state.row) await tx.saveMeeting(row);
    await tx.setMeetingNote(input.seriesId, input.originalOn, note);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'meeting.note',
        entity: 'meeting',
        entityId: `${input.seriesId}/${input.originalOn}`,
        municipalityCode: code,
        before: state.row?.note ? { note: true } : null,
        after: { note: true },
      }),
    );
  });
  return { ok: true, note };
}
