import type { MeetingOccurrence } from '../../../domain/meetings.ts';
import { changeMeeting, meetingOverview } from '../../../domain/samverkan.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef, MeetingOp } from '../grammar/types.ts';
import type { Reply, ReplySection } from '../reply.ts';
import { accessOf, eventKey, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { loggedReply } from './log.ts';

/**
 * /samverkan: the next three meetings, or a change to one: genomfört (held; also logs a samverkansmöte),
 * flytta <datum> (move the next, or a given, meeting), ställ in (cancel).
 */
export async function handleMeeting(
  session: Session,
  kommun: KommunRef,
  op: MeetingOp,
  eventId: string,
): Promise<Reply> {
  const { t } = session;
  if (op.type === 'list') return listMeetings(session, kommun);
  const key = eventKey(session, eventId);
  let answer: Reply;
  const result = await changeMeeting(session.deps, session.actor, accessOf(session), kommun.code, op);
  if (!result.ok) {
    if (result.error === 'forbidden') {
      return forbiddenReply(t, session.actor.person, 'meetings', kommun.name, result.decision);
    }
    if (result.error === 'no-series') return errorReply(t, t.noSeries(kommun.name), t.nothingStored);
    const text = t.meetingError[result.error]?.(t.day(result.day)) ?? t.nothingStored;
    return errorReply(t, text, t.nothingStored, `/samverkan ${kommun.name}`);
  }
  const day = t.dates.full(result.occurrence.scheduledOn);
  if (result.op === 'held') {
    const sections: ReplySection[] = [];
    if (result.logged?.ok) {
      const confirmation = loggedReply(
        session,
        {
          kind: 'log',
          command: 'logga',
          kommun,
          activity: { type: 'number', number: 0 },
          date: result.occurrence.scheduledOn,
          count: 1,
          note: null,
        },
        result.logged,
      );
      sections.push({ text: confirmation.headline }, ...confirmation.sections);
    }
    answer = reply({ headline: t.meetingHeld(day), sections, visibility: 'channel', tone: 'success' });
  } else if (result.op === 'move') {
    answer = reply({
      headline: t.meetingMoved(t.dates.full(result.before?.scheduledOn ?? result.occurrence.originalOn), day),
      visibility: 'channel',
      tone: 'success',
    });
  } else {
    answer = reply({ headline: t.meetingCancelled(day), visibility: 'channel', tone: 'success' });
  }
  await session.deps.store.recordProcessedEvent(key, JSON.stringify(answer), session.deps.clock.now());
  return answer;
}

async function listMeetings(session: Session, kommun: KommunRef): Promise<Reply> {
  const { t } = session;
  const result = await meetingOverview(session.deps, accessOf(session), kommun.code);
  if (!result.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, result.decision);
  if (result.series.length === 0) return errorReply(t, t.noSeries(kommun.name));
  const sections: ReplySection[] = result.series.map((s) => ({
    text: s.next.length > 0 ? s.next.map((o) => `• ${line(t, o)}`).join('\n') : t.noUpcoming,
  }));
  const weeks = result.series[0]?.series.intervalWeeks ?? 6;
  return reply({
    headline: t.meetingsHeadline(kommun.name),
    sections,
    context: t.meetingEvery(weeks),
    tone: 'info',
  });
}

function line(t: Texts, o: MeetingOccurrence): string {
  return t.meetingLine(t.day(o.scheduledOn), o.time, o.place, o.status === 'moved');
}
