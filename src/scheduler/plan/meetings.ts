import { type MeetingOccurrence, occurrencesBetween } from '../../domain/meetings.ts';
import type { MeetingSeries } from '../../domain/types.ts';
import { onWorkingDay, plusDays } from '../../domain/working-days.ts';
import { agendaOf } from '../agenda.ts';
import { meetingReminderTargets, personsElseChannels } from '../recipients.ts';
import type { AgendaItem, MeetingRef, PlanInputs, PlannedReminder, ReminderSubject } from '../types.ts';
import { type DayRange, inWindow, subjectOf } from './window.ts';

/**
 * Meeting reminders and follow-ups of every active series.
 * - meeting-reminder: `meetingReminderDays` days before the meeting at the series' `remindAt`, to the channel(s)
 *   bound to the series' scope (a kommun: else its area's); with none bound, to its samordnare as direct messages,
 *   each once (`meetingReach`). With the agenda. Weekend or holiday → the previous working day, same local time.
 * - meeting-followup: `followupDaysAfter` days after the meeting at `remindAt`, to the scope's coordinators
 *   (role samordnare), else its channel(s). A follow-up must come after the meeting, so a weekend or holiday moves
 *   it to the NEXT working day. Skipped once the meeting is marked held (there is nothing left to ask).
 * Cancelled meetings get neither.
 */
export function planMeetings(inputs: PlanInputs, range: DayRange): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const { offsets, zone } = inputs;
  const lookBack = offsets.followupDaysAfter + 14;
  const lookAhead = Math.max(0, ...offsets.meetingReminderDays) + 14;
  for (const series of inputs.series) {
    if (!series.active) continue;
    const subject = subjectOf(series.scope, inputs);
    const remindAt = series.remindAt || offsets.defaultRemindAt;
    const occurrences = occurrencesBetween(
      series,
      inputs.exceptions,
      plusDays(range.firstDay, -lookBack),
      plusDays(range.lastDay, lookAhead),
    );
    let agenda: AgendaItem[] | null = null;
    for (const occurrence of occurrences) {
      const meeting = meetingRef(occurrence);
      for (const days of offsets.meetingReminderDays) {
        const at = onWorkingDay(plusDays(occurrence.scheduledOn, -days), remindAt, zone, 'before');
        if (!inWindow(at, range)) continue;
        agenda ??= seriesAgenda(series, inputs);
        for (const target of meetingReminderTargets(series.scope, inputs)) {
          out.push({
            key: `meeting-reminder:${series.id}:${occurrence.scheduledOn}:${days}d:${target}`,
            kind: 'meeting-reminder',
            at,
            subject,
            target,
            payload: { kind: 'meeting-reminder', subject, meeting, daysBefore: days, agenda },
          });
        }
      }
      if (occurrence.status === 'held') continue;
      const at = onWorkingDay(
        plusDays(occurrence.scheduledOn, offsets.followupDaysAfter),
        remindAt,
        zone,
        'after',
      );
      if (!inWindow(at, range)) continue;
      for (const target of personsElseChannels(['samordnare'], series.scope, inputs)) {
        out.push(followup(series, occurrence, subject, meeting, at, target));
      }
    }
  }
  return out;
}

function followup(
  series: MeetingSeries,
  occurrence: MeetingOccurrence,
  subject: ReminderSubject,
  meeting: MeetingRef,
  at: number,
  target: string,
): PlannedReminder {
  return {
    key: `meeting-followup:${series.id}:${occurrence.scheduledOn}:${target}`,
    kind: 'meeting-followup',
    at,
    subject,
    target,
    payload: { kind: 'meeting-followup', subject, meeting },
  };
}

function meetingRef(o: MeetingOccurrence): MeetingRef {
  return {
    seriesId: o.seriesId,
    originalOn: o.originalOn,
    date: o.scheduledOn,
    time: o.time,
    place: o.place,
  };
}

/** The agenda for a series: its kommun's, or every member kommun's for a police-area series. */
function seriesAgenda(series: MeetingSeries, inputs: PlanInputs): AgendaItem[] {
  const codes =
    series.scope.type === 'kommun'
      ? [series.scope.id]
      : (inputs.areas.find((a) => a.id === series.scope.id)?.municipalityCodes ?? []);
  return codes.flatMap((code) => {
    const kommun = inputs.kommuner.get(code);
    return kommun ? agendaOf(kommun, inputs.asOf, inputs.zone) : [];
  });
}
