import { answersDay, followupState } from '../../domain/meeting-followup.ts';
import { localDay } from '../../domain/tertial.ts';
import type { MeetingFollowupAnswer, MeetingSeries } from '../../domain/types.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import { reply } from './build.ts';
import type { ChatCoreDeps } from './core.ts';
import { ACTION, type ButtonRequirement, needs, needsInArea, type Reply, type ReplyButton } from './reply.ts';
import { nameOf } from './session.ts';
import type { Texts } from './texts/index.ts';

/**
 * The meeting follow-up as its recipients see it: "Hölls samverkansmötet i Sävsjö 5 jan?" with Ja / Nej, inställt /
 * Flyttat till … / Anteckning — or, once anyone answered (from any copy, on any platform), who answered what and
 * when, with no buttons. Rendered afresh from the stored meeting for the first send and for every in-place update.
 */
export async function meetingFollowupReply(
  deps: Pick<ChatCoreDeps, 'store' | 'zone'>,
  t: Texts,
  payload: Extract<ReminderPayload, { kind: 'meeting-followup' }>,
): Promise<Reply> {
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
    return reply({
      headline,
      sections: [{ text: [text, ...note].join('\n') }],
      visibility: 'channel',
      tone: 'success',
    });
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
    return reply({ headline, sections: [{ text }], visibility: 'channel', tone: 'info' });
  }
  return openFollowupReply(t, payload, row?.note ?? null);
}

/** The follow-up still open: the question with its four answers (and the note written so far). */
export function openFollowupReply(
  t: Texts,
  payload: Extract<ReminderPayload, { kind: 'meeting-followup' }>,
  note: string | null = null,
): Reply {
  const m = payload.meeting;
  const headline = t.followup.question(payload.subject.name, t.series.shortDay(m.date));
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
  const sections = [{ text: lines.join('\n') }];
  return reply({ headline, sections, buttons, visibility: 'channel', tone: 'info' });
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
