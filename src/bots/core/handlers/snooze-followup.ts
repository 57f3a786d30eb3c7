import { answersDay, type FollowupState, followupState } from '../../../domain/meeting-followup.ts';
import { type SnoozeChoice, snoozeWhen } from '../../../domain/snooze.ts';
import type { MeetingRef, PlannedReminder, ReminderSubject } from '../../../scheduler/types.ts';
import { requirementMet } from '../access.ts';
import { errorReply } from '../build.ts';
import { followupRequirement, followupSnoozeDeadline, SNOOZED_FOLLOWUP } from '../meeting-followup.ts';
import type { Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import type { Session } from '../session.ts';
import { already } from './meeting-followup.ts';
import { snoozeDayError, snoozeDayForm, writeSnooze } from './snooze-form.ts';

/**
 * "Påminn mig senare" on the meeting follow-up ("Hölls samverkansmötet i Sävsjö 5 jan?"): the next working day at
 * 09:00, or a day the person picks up to the last day of the tertial the meeting is in (the samverkansmöten it
 * counts toward are followed up for that tertial). Writes one `prompt-snooze` row to that person, keyed by series,
 * original day, day and person, so it is written — and sent — exactly once; when due the follow-up is rendered
 * afresh from the stored meeting, and nothing is sent when anyone answered it meanwhile (reminder-render.ts).
 * Value and form state: `meeting-followup|<seriesId>|<originalOn>`.
 */

export interface FollowupSnoozeTarget {
  readonly seriesId: string;
  readonly originalOn: string;
}

/** `meeting-followup|<seriesId>|<originalOn>` → the meeting; null when the value names no meeting follow-up. */
export function parseFollowupSnooze(value: string): FollowupSnoozeTarget | null {
  const [snoozed, seriesId, originalOn] = value.split('|');
  if (snoozed !== SNOOZED_FOLLOWUP || !seriesId || !/^\d{4}-\d{2}-\d{2}$/.test(originalOn ?? '')) return null;
  return { seriesId, originalOn: originalOn as string };
}

/** "⏰ Påminn mig tor 26 nov kl. 09:00" on the follow-up. */
export async function snoozeFollowupNext(session: Session, target: FollowupSnoozeTarget): Promise<Reply> {
  const result = await snoozeFollowup(session, target, { kind: 'next' });
  return result.ok || !result.field ? result.reply : errorReply(session.t, result.error);
}

/** "📅 Påminn mig en annan dag…" on the follow-up: the one-field day form. */
export async function openFollowupSnoozeForm(session: Session, target: FollowupSnoozeTarget): Promise<Reply> {
  const { t } = session;
  const state = await followupState(session.deps, target.seriesId, target.originalOn);
  if (!state) return errorReply(t, t.followup.missing);
  const answered = answeredOf(state);
  if (answered) return already(session, answered);
  const formState = `${SNOOZED_FOLLOWUP}|${target.seriesId}|${target.originalOn}`;
  return snoozeDayForm(t, formState, followupSnoozeDeadline(state.occurrence.scheduledOn));
}

export async function submitFollowupSnooze(
  session: Session,
  target: FollowupSnoozeTarget,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const result = await snoozeFollowup(session, target, { kind: 'day', text: values.day ?? '' });
  if (result.ok) return { ok: true, reply: result.reply };
  return result.field ? { ok: false, errors: { day: result.error } } : { ok: true, reply: result.reply };
}

/** The stored answer when it still answers the follow-up about the meeting's day; null while it is open. */
function answeredOf(state: FollowupState) {
  const answer = state.row?.followup;
  return answer && answersDay(answer, state.occurrence.scheduledOn) ? answer : null;
}

type Snoozed =
  | { readonly ok: true; readonly reply: Reply }
  | { readonly ok: false; readonly field: true; readonly error: string }
  | { readonly ok: false; readonly field: false; readonly error: string; readonly reply: Reply };

async function snoozeFollowup(
  session: Session,
  target: FollowupSnoozeTarget,
  choice: SnoozeChoice,
): Promise<Snoozed> {
  const { t, deps } = session;
  const refused = (error: string, r: Reply = errorReply(t, error)): Snoozed => ({
    ok: false,
    field: false,
    error,
    reply: r,
  });
  const state = await followupState(deps, target.seriesId, target.originalOn);
  if (!state) return refused(t.followup.missing);
  // A form submitted by someone without `meetings` (the press itself was checked in press.ts).
  const requires = followupRequirement(state.series.scope);
  if (!requirementMet(requires, session.actor.person, session.grants, session.areas))
    return refused(t.followup.forbidden);
  const answered = answeredOf(state);
  // Answered (by anyone) before the press: told who answered, nothing written.
  if (answered) return refused('already-answered', await already(session, answered));
  const meetingDay = state.occurrence.scheduledOn;
  const lastDay = followupSnoozeDeadline(meetingDay);
  const when = snoozeWhen(choice, session.today, lastDay, deps.zone);
  if (!when.ok) return { ok: false, field: true, error: snoozeDayError(t, when.error, lastDay) };
  if (!deps.reminders) return refused(t.remindUnavailable);
  const scope = state.series.scope;
  const subject: ReminderSubject =
    scope.type === 'kommun'
      ? { scope, name: deps.register.byCodeOrNull(scope.id)?.name ?? scope.id, municipalityCode: scope.id }
      : {
          scope,
          name: session.areas.find((a) => a.id === scope.id)?.name ?? scope.id,
          municipalityCode: null,
        };
  const o = state.occurrence;
  const meeting: MeetingRef = {
    seriesId: o.seriesId,
    originalOn: o.originalOn,
    date: o.scheduledOn,
    time: o.time,
    place: o.place,
  };
  const person = `person:${session.actor.person}`;
  const row: PlannedReminder = {
    key: `prompt-snooze:${target.seriesId}:${target.originalOn}:${SNOOZED_FOLLOWUP}:${when.day}:${person}`,
    kind: 'prompt-snooze',
    at: when.at,
    subject,
    target: person,
    payload: {
      kind: 'prompt-snooze',
      subject,
      snoozed: SNOOZED_FOLLOWUP,
      meeting,
      requestedBy: session.actor.person,
    },
  };
  const audit = {
    entity: 'meeting' as const,
    entityId: `${target.seriesId}/${target.originalOn}`,
    municipalityCode: scope.type === 'kommun' ? scope.id : null,
    after: { prompt: SNOOZED_FOLLOWUP, day: when.day },
  };
  return { ok: true, reply: await writeSnooze(session, row, when.day, audit) };
}
