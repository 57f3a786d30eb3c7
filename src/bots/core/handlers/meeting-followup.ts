import { resolveDate } from '../../../domain/dates.ts';
import type { LogActivityResult } from '../../../domain/log-activity.ts';
import {
  answerMeetingFollowup,
  answersDay,
  type FollowupChoice,
  type FollowupResult,
  followupState,
  MAX_MEETING_NOTE_LENGTH,
  noteMeetingFollowup,
} from '../../../domain/meeting-followup.ts';
import { localDay } from '../../../domain/tertial.ts';
import type { MeetingSeries } from '../../../domain/types.ts';
import { errorReply, reply } from '../build.ts';
import { answerLabel } from '../meeting-followup.ts';
import { personalDataText } from '../personal-data-text.ts';
import { FORM, type Reply, type ReplySection } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { accessOf, nameOf, type Session, sessionLog } from '../session.ts';
import { loggedReply } from './log.ts';

/**
 * Answers to the meeting follow-up: Ja / Nej, inställt in one tap, "Flyttat till …" and "Anteckning" through a
 * short form. The answer is stored once (domain/meeting-followup.ts); then every copy already sent is updated in
 * place (MessageUpdates.meetingAnswered) and the one who answered gets a short confirmation.
 */

interface Ref {
  readonly seriesId: string;
  readonly originalOn: string;
  readonly what: string;
}

function parseRef(value: string): Ref | null {
  const [seriesId, originalOn, what = ''] = value.split('|');
  return seriesId && originalOn && /^\d{4}-\d{2}-\d{2}$/.test(originalOn)
    ? { seriesId, originalOn, what }
    : null;
}

/** Ja or Nej, inställt (value `<seriesId>|<originalOn>|held|cancelled`; the older `meeting:held` has no third part). */
export async function answerFollowup(session: Session, value: string): Promise<Reply> {
  const ref = parseRef(value);
  if (!ref) return errorReply(session.t, session.t.formExpired);
  const choice: FollowupChoice | null =
    ref.what === 'cancelled'
      ? { kind: 'cancelled' }
      : ref.what === 'held' || ref.what === ''
        ? { kind: 'held' }
        : null;
  if (!choice) return errorReply(session.t, session.t.formExpired);
  const result = await answerMeetingFollowup(session.deps, session.actor, accessOf(session), {
    ...ref,
    choice,
  });
  return (await outcome(session, ref, result)).reply;
}

/** The short form of "Flyttat till …" (a date and an optional note) or of "Anteckning". */
export async function openFollowupForm(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const ref = parseRef(value);
  if (!ref || (ref.what !== 'moved' && ref.what !== 'note')) return errorReply(t, t.formExpired);
  const state = await followupState(session.deps, ref.seriesId, ref.originalOn);
  if (!state) return errorReply(t, t.followup.missing);
  if (state.row?.followup && answersDay(state.row.followup, state.occurrence.scheduledOn))
    return already(session, state.row.followup);
  const note = { id: 'note', multiline: true, maxLength: MAX_MEETING_NOTE_LENGTH, hint: t.followup.noteHint };
  const moved = ref.what === 'moved';
  return reply({
    headline: t.followup.question(
      subjectName(session, state.series),
      t.series.shortDay(state.occurrence.scheduledOn),
    ),
    form: {
      formId: FORM.followup,
      title: moved ? t.followup.movedTitle : t.followup.noteTitle,
      submitLabel: t.save,
      state: `${ref.seriesId}|${ref.originalOn}|${ref.what}`,
      fields: moved
        ? [
            { id: 'date', label: t.followup.dateLabel, kind: 'date', hint: t.followup.dateHint },
            { ...note, label: t.followup.noteLabel, optional: true, initial: state.row?.note ?? '' },
          ]
        : [{ ...note, label: t.followup.noteOnlyLabel, initial: state.row?.note ?? '' }],
    },
  });
}

export async function submitFollowupForm(
  session: Session,
  stateText: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  const ref = parseRef(stateText);
  if (!ref) return { ok: true, reply: errorReply(t, t.formExpired) };
  const noteText = values.note ?? '';
  if (ref.what === 'note') {
    const saved = await noteMeetingFollowup(session.deps, session.actor, accessOf(session), {
      ...ref,
      note: noteText,
    });
    if (saved.ok) {
      await refresh(session, ref);
      return { ok: true, reply: reply({ headline: t.followup.noteSaved, tone: 'success' }) };
    }
    if (saved.error === 'empty') return { ok: false, errors: { note: t.followup.emptyNote } };
    return formOutcome(session, ref, saved, noteText);
  }
  const typed = (values.date ?? '').trim();
  const reading = resolveDate(typed, session.today, 'meeting');
  if (reading?.type === 'refused' && reading.reason === 'past' && reading.day)
    return { ok: false, errors: { date: t.followup.pastDate(t.series.shortDay(reading.day)) } };
  if (reading?.type !== 'date') return { ok: false, errors: { date: t.followup.badDate(typed) } };
  const result = await answerMeetingFollowup(session.deps, session.actor, accessOf(session), {
    ...ref,
    choice: { kind: 'moved', to: reading.day },
    note: noteText,
  });
  return formOutcome(session, ref, result, noteText);
}

async function formOutcome(
  session: Session,
  ref: Ref,
  result: FollowupResult,
  note: string,
): Promise<FormResult> {
  const { t } = session;
  if (!result.ok && result.error === 'personal-number')
    return { ok: false, errors: { note: personalDataText(t, note) } };
  if (!result.ok && result.error === 'note-too-long')
    return { ok: false, errors: { note: t.followup.noteTooLong(MAX_MEETING_NOTE_LENGTH) } };
  if (!result.ok && result.error === 'change' && result.reason === 'in-the-past')
    return { ok: false, errors: { date: t.followup.pastDate(t.series.shortDay(result.day)) } };
  if (!result.ok && result.error === 'change' && result.reason === 'conflict')
    return { ok: false, errors: { date: t.meetingError.conflict?.(t.day(result.day)) ?? t.nothingStored } };
  const done = await outcome(session, ref, result);
  return { ok: true, reply: done.reply };
}

async function outcome(session: Session, ref: Ref, result: FollowupResult): Promise<{ reply: Reply }> {
  const { t } = session;
  if (!result.ok) {
    switch (result.error) {
      case 'already-answered':
        return { reply: await already(session, result.answer) };
      case 'not-found':
        return { reply: errorReply(t, t.followup.missing) };
      case 'forbidden':
        return { reply: errorReply(t, t.followup.forbidden) };
      case 'personal-number':
        return { reply: errorReply(t, t.personalNumber, t.nothingStored) };
      case 'note-too-long':
        return { reply: errorReply(t, t.followup.noteTooLong(MAX_MEETING_NOTE_LENGTH), t.nothingStored) };
      case 'change':
        return {
          reply:
            result.reason === 'in-the-past'
              ? errorReply(t, t.followup.pastDate(t.series.shortDay(result.day)))
              : errorReply(
                  t,
                  t.meetingError[result.reason]?.(t.day(result.day)) ?? t.nothingStored,
                  t.nothingStored,
                ),
        };
    }
  }
  const state = await followupState(session.deps, ref.seriesId, ref.originalOn);
  session.deps.onPlanChange?.();
  await refresh(session, ref);
  const name = state ? subjectName(session, state.series) : '';
  const sections: ReplySection[] = [];
  for (const logged of result.logged) {
    sections.push(...notCounted(session, logged, result.occurrence.scheduledOn));
    if (!logged.ok) continue;
    const code = logged.registration.municipalityCode;
    const kommun = { code, name: session.deps.register.byCodeOrNull(code)?.name ?? code };
    const cmd = {
      kind: 'log' as const,
      command: 'logga' as const,
      kommun,
      activity: { type: 'number' as const, number: 0 },
      date: logged.registration.occurredOn,
      count: 1,
      note: null,
    };
    const confirmation = loggedReply(session, cmd, logged);
    sections.push({ text: confirmation.headline }, ...confirmation.sections);
  }
  const asked = result.answer.answer.startsWith('moved:') ? ref.originalOn : result.occurrence.scheduledOn;
  const headline = t.followup.saved(name, t.series.shortDay(asked), answerLabel(t, result.answer.answer));
  return { reply: reply({ headline, sections, tone: 'success' }) };
}

/**
 * "Inget samverkansmöte registrerades: Sävsjö har inget medborgarlöfte för 2027 …" for a meeting marked held on a day
 * no agreement covers (a new year's first meeting, before its import), with the command that counts it later; else nothing.
 */
export function notCounted(session: Session, logged: LogActivityResult | null, day: string): ReplySection[] {
  if (!logged || logged.ok) return [];
  const code =
    logged.error === 'no-agreement'
      ? logged.municipalityCode
      : logged.error === 'outside-period'
        ? logged.agreement.municipalityCode
        : null;
  if (code === null) return [];
  const kommun = session.deps.register.byCodeOrNull(code)?.name ?? code;
  const { t } = session;
  return [{ text: t.meetingNotCounted(kommun, Number(day.slice(0, 4)), t.logExtraMeeting(kommun, day)) }];
}

/** "Redan besvarat av Anna Svensson 14 dec: Ja". */
export async function already(
  session: Session,
  answer: { readonly answer: Parameters<typeof answerLabel>[1]; readonly by: string; readonly at: number },
): Promise<Reply> {
  const { t } = session;
  const names = await session.deps.store.personNames([answer.by]);
  const day = t.series.shortDay(localDay(answer.at, session.deps.zone));
  return reply({
    headline: t.followup.already(nameOf(names, answer.by), day, answerLabel(t, answer.answer)),
    tone: 'info',
  });
}

function subjectName(session: Session, series: MeetingSeries): string {
  if (series.scope.type === 'kommun')
    return session.deps.register.byCodeOrNull(series.scope.id)?.name ?? series.scope.id;
  return session.areas.find((a) => a.id === series.scope.id)?.name ?? series.scope.id;
}

/** Brings every sent copy of the follow-up up to date; a failure is logged, the answer stands. */
async function refresh(session: Session, ref: Ref): Promise<void> {
  const updates = session.deps.updates;
  const series = updates?.meetingAnswered ? await session.deps.store.meetingSeries(ref.seriesId) : null;
  if (!updates?.meetingAnswered || !series) return;
  try {
    await updates.meetingAnswered(series.scope, ref.seriesId, ref.originalOn);
  } catch (e) {
    sessionLog(session).warn(
      { seriesId: ref.seriesId, originalOn: ref.originalOn, err: e instanceof Error ? e.message : String(e) },
      'could not update the copies of an answered meeting follow-up',
    );
  }
}
