import { answersDay, followupState } from '../../domain/meeting-followup.ts';
import { canChooseDay, nextWorkingDay } from '../../domain/snooze.ts';
import { localDay, tertialLastDay, tertialOfDay } from '../../domain/tertial.ts';
import type { MeetingFollowupAnswer, MeetingSeries } from '../../domain/types.ts';
import type { MeetingRef, ReminderPayload, ReminderSubject } from '../../scheduler/types.ts';
import { reply } from './build.ts';
import type { ChatCoreDeps } from './core.ts';
import { ACTION, type ButtonRequirement, needs, needsInArea, type Reply, type ReplyButton } from './reply.ts';
import { nameOf } from './session.ts';
import type { Texts } from './texts/index.ts';

/** The follow-up as planned, or a copy one person snoozed ("Påminn mig senare"). */
export type FollowupPayload =
  | Extract<ReminderPayload, { kind: 'meeting-followup' }>
  | Extract<ReminderPayload, { kind: 'prompt-snooze'; snoozed: 'meeting-followup' }>;

/**
 * The meeting follow-up as its recipients see it: "Hölls samverkansmötet i Sävsjö 5 jan?" with Ja / Nej, inställt /
 * Flyttat till … / Anteckning and "Påminn mig senare" — or, once anyone answered (from any copy, on any platform),
 * who answered what and when, with no buttons. Rendered afresh from the stored meeting for the first send, for a
 * snoozed copy when due and for every in-place update.
 */
export async function meetingFollowupReply(
  deps: Pick<ChatCoreDeps, 'store' | 'zone' | 'clock' | 'reminders'>,
  t: Texts,
  payload: FollowupPayload,
): Promise<Reply> {
  return (await followupView(deps, t, payload)).reply;
}

/** A snoozed follow-up when due: the open question again, or null when it was answered (by anyone) meanwhile. */
export async function snoozedFollowupToSend(
  deps: Pick<ChatCoreDeps, 'store' | 'zone' | 'clock' | 'reminders'>,
  t: Texts,
  payload: FollowupPayload,
): Promise<Reply | null> {
  const view = await followupView(deps, t, payload);
  return view.open ? view.reply : null;
}

async function followupView(
  deps: Pick<ChatCoreDeps, 'store' | 'zone' | 'clock' | 'reminders'>,
  t: Texts,
  payload: FollowupPayload,
): Promise<{ open: boolean; reply: Reply }> {
  const m = payload.meeting;
  const name = payload.subject.name;
  const headline = t.followup.question(name, t.series.shortDay(m.date));
  const state = await followupState(deps, m.seriesId, m.originalOn);
  const row = state?.row ?? null;
  const note = row?.note ? [t.followup.noteLine(row.note)] : [];
  if (row?.followup && answersDay(row.followup, m.date)) {
    const names = await deps.store.personNames([row.followup.by]);
    const text = t.followup.answered(
      nameOf(names, row.followup.by),
      t.series.shortDay(localDay(row.followup.at, deps.zone)),
      answerLabel(t, row.followup.answer),
    );
    const sections = [{ text: [text, ...note].join('\n') }];
    return { open: false, reply: reply({ headline, sections, visibility: 'channel', tone: 'success' }) };
  }
  const marked =
    row?.status === 'held'
      ? t.followup.alreadyMarked.held
      : row?.status === 'cancelled'
        ? t.followup.alreadyMarked.cancelled
        : row?.status === 'moved' && row.scheduledOn !== m.date
          ? t.followup.alreadyMarked.moved(t.series.shortDay(row.scheduledOn))
          : null;
  if (!state || marked) {
    const text = [marked ?? t.followup.missing, ...note].join('\n');
    return {
      open: false,
      reply: reply({ headline, sections: [{ text }], visibility: 'channel', tone: 'info' }),
    };
  }
  const today = localDay(deps.clock.now(), deps.zone);
  const snooze = followupSnoozeButtons(t, m, payload.subject.scope, today, deps.reminders !== undefined);
  return { open: true, reply: openFollowupReply(t, payload, row?.note ?? null, snooze) };
}

/** The follow-up still open: the question with its four answers, the snooze buttons (and the note so far). */
export function openFollowupReply(
  t: Texts,
  payload: FollowupPayload,
  note: string | null = null,
  snooze: readonly ReplyButton[] = [],
): Reply {
  const m = payload.meeting;
  const question = t.followup.question(payload.subject.name, t.series.shortDay(m.date));
  const headline = payload.kind === 'prompt-snooze' ? t.followup.snoozedQuestion(question) : question;
  const requires = followupRequirement(payload.subject.scope);
  const value = (what: string) => `${m.seriesId}|${m.originalOn}|${what}`;
  const buttons: ReplyButton[] = [
    {
      actionId: `${ACTION.followupAnswer}/0`,
      requires,
      label: t.followup.yes,
      value: value('held'),
      style: 'primary',
    },
    { actionId: `${ACTION.followupAnswer}/1`, requires, label: t.followup.no, value: value('cancelled') },
    { actionId: `${ACTION.followupForm}/0`, requires, label: t.followup.moved, value: value('moved') },
    { actionId: `${ACTION.followupForm}/1`, requires, label: t.followup.note, value: value('note') },
  ];
  const lines = [
    ...(m.place ? [m.place] : []),
    t.followup.text,
    ...(note ? [t.followup.noteLine(note)] : []),
  ];
  // The answers under the question, "Påminn mig senare" in a row of its own (a Teams card holds five actions a row).
  const sections = [{ text: lines.join('\n'), buttons }];
  return reply({ headline, sections, buttons: [...snooze], visibility: 'channel', tone: 'info' });
}

/** What answering a series' follow-up needs: `meetings` for its kommun, or for its police area. */
export function followupRequirement(scope: MeetingSeries['scope']): ButtonRequirement {
  return scope.type === 'area' ? needsInArea('meetings', scope.id) : needs('meetings', scope.id);
}

/** An answer as the message shows it: "Ja", "Nej, inställt", "Flyttat till 12 jan 2027". */
export function answerLabel(t: Texts, answer: MeetingFollowupAnswer['answer']): string {
  if (answer === 'held') return t.followup.answerLabel.held;
  if (answer === 'cancelled') return t.followup.answerLabel.cancelled;
  // With the year: a day without one is read as the next such day, which may be next year.
  const day = answer.slice('moved:'.length);
  return t.followup.answerLabel.moved(`${t.series.shortDay(day)} ${day.slice(0, 4)}`);
}

export const SNOOZED_FOLLOWUP = 'meeting-followup';

/** The last day a snooze of the follow-up about a meeting on `day` may come back: its tertial's last day. */
export function followupSnoozeDeadline(day: string): string {
  return tertialLastDay(tertialOfDay(day));
}

/** The two snooze buttons of an open follow-up (needing `meetings`, as its answers); none without a row store. */
export function followupSnoozeButtons(
  t: Texts,
  meeting: MeetingRef,
  scope: ReminderSubject['scope'],
  today: string,
  canWrite: boolean,
): ReplyButton[] {
  if (!canWrite) return [];
  const value = `${SNOOZED_FOLLOWUP}|${meeting.seriesId}|${meeting.originalOn}`;
  const requires = followupRequirement(scope);
  const buttons: ReplyButton[] = [
    { actionId: ACTION.snooze, requires, label: t.snoozeNext(t.dates.short(nextWorkingDay(today))), value },
  ];
  if (canChooseDay(today, followupSnoozeDeadline(meeting.date))) {
    buttons.push({ actionId: ACTION.snoozeDay, requires, label: t.snoozeChoose, value });
  }
  return buttons;
}
