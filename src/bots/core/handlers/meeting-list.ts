import { holidayFlags } from '../../../domain/meeting-flags.ts';
import type { MeetingOccurrence } from '../../../domain/meetings.ts';
import { decide } from '../../../domain/permissions.ts';
import { meetingOverview } from '../../../domain/samverkan.ts';
import type { MeetingSeries } from '../../../domain/types.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply, ReplySection } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { flagSection } from './meeting-series.ts';

/**
 * `/samverkan <kommun>`: the next three meetings, their rhythm, and what to type next — to whoever may change the
 * kommun's meetings the commands that do, with the next meeting's day filled in; to others the calendar. A listed
 * meeting on a holiday or in the Christmas week is marked ⚠️ and flagged under the list as when its series was
 * created (domain/meeting-flags.ts), with the buttons that move it for whoever may change the kommun's meetings.
 */
export async function listMeetings(session: Session, kommun: KommunRef, eventId: string): Promise<Reply> {
  const { t } = session;
  const result = await meetingOverview(session.deps, accessOf(session), kommun.code);
  if (!result.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, result.decision);
  if (result.series.length === 0)
    return errorReply(
      t,
      t.noSeries(kommun.name),
      t.series.createHelp(kommun.name),
      t.series.exampleCreate(kommun.name),
    );
  // A rhythm changed from a date is two series (the old one ends there): one list, in date order.
  const next = result.series
    .flatMap((s) => s.next)
    .sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn))
    .slice(0, 3);
  const flags = holidayFlags(next, session.today);
  const flagged = new Set(flags.map((f) => f.day));
  const mark = (o: MeetingOccurrence) => `• ${line(t, o)}${flagged.has(o.scheduledOn) ? ' ⚠️' : ''}`;
  // Whoever may not move a meeting reads why it is marked, not a question they cannot act on.
  const may = decide(session.grants, 'meetings', { type: 'kommun', code: kommun.code }, session.areas).ok;
  const review = flagSection(
    t,
    kommun,
    may ? flags : flags.map((f) => ({ ...f, alternatives: [] })),
    eventId,
    session.now,
  );
  const sections: ReplySection[] = [
    { text: next.length > 0 ? next.map(mark).join('\n') : t.noUpcoming },
    ...review.sections,
  ];
  return reply({
    headline: t.meetingsHeadline(kommun.name),
    sections,
    ...(review.buttons.length > 0 ? { buttons: review.buttons } : {}),
    context: [
      rhythmNote(
        t,
        result.series.map((s) => s.series),
        next,
      ),
      hint(session, kommun, next[0]),
    ].join('\n'),
    tone: 'info',
  });
}

/**
 * The rhythm of the listed meetings ("Var 6:e vecka."), and a rhythm change after them (`ändra från` ends one series
 * and starts another in the same scope): "Var 6:e vecka. Från 2 sep: var 4:e vecka."
 */
function rhythmNote(t: Texts, all: readonly MeetingSeries[], listed: readonly MeetingOccurrence[]): string {
  const shown = all.find((s) => s.id === listed[0]?.seriesId) ?? all.find((s) => s.endsOn == null) ?? all[0];
  if (!shown) return t.meetingEvery(6);
  const later = all
    .filter((s) => s.scope.type === shown.scope.type && s.scope.id === shown.scope.id)
    .filter((s) => s.firstDate > shown.firstDate)
    .sort((a, b) => a.firstDate.localeCompare(b.firstDate));
  const notes = [t.meetingEvery(shown.intervalWeeks)];
  let weeks = shown.intervalWeeks;
  for (const s of later) {
    if (s.intervalWeeks !== weeks) notes.push(t.series.everyFrom(s.firstDate, s.intervalWeeks));
    weeks = s.intervalWeeks;
  }
  return notes.join(' ');
}

/** What to type next: the commands that change a meeting (for who may), else the calendar. */
function hint(session: Session, kommun: KommunRef, next: MeetingOccurrence | undefined): string {
  const { t } = session;
  const may = decide(session.grants, 'meetings', { type: 'kommun', code: kommun.code }, session.areas).ok;
  if (!may || !next) return t.series.listCalendarHint(kommun.name);
  const [, m, d] = next.scheduledOn.split('-');
  return t.series.listChangeHint(kommun.name, `${Number(d)}/${Number(m)}`);
}

function line(t: Texts, o: MeetingOccurrence): string {
  return t.meetingLine(t.day(o.scheduledOn), o.time, o.place, o.status === 'moved');
}
