import { dayFlag } from '../../../domain/meeting-flags.ts';
import { changeMeeting, findMeeting, meetingOverview } from '../../../domain/samverkan.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef, MeetingOp } from '../grammar/types.ts';
import { ACTION, needs, OPEN_TO_ALL, type Reply, type ReplySection } from '../reply.ts';
import { accessOf, eventKey, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { loggedReply } from './log.ts';
import { handleCalendar } from './meeting-calendar.ts';
import { notCounted } from './meeting-followup.ts';
import { listMeetings } from './meeting-list.ts';
import { flagSection, handleChangeSeries, handleCreateSeries, handlePauseSeries } from './meeting-series.ts';
import { handleEndSeries } from './meeting-series-end.ts';
import { openSeriesForm } from './meeting-series-form.ts';

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
  switch (op.type) {
    case 'list':
      return listMeetings(session, kommun, eventId);
    case 'create':
      return remember(session, eventId, await handleCreateSeries(session, kommun, op.spec, eventId));
    case 'create-form':
      return await openSeriesForm(session, kommun);
    case 'change':
      return remember(
        session,
        eventId,
        await handleChangeSeries(session, kommun, op.from, op.change, eventId),
      );
    case 'pause':
      return remember(session, eventId, await handlePauseSeries(session, kommun, op.from, op.to, eventId));
    case 'end':
      return remember(session, eventId, await handleEndSeries(session, kommun, op, eventId));
    case 'calendar':
      return handleCalendar(session, kommun);
    case 'cancel':
      if (!op.confirmed) return confirmCancel(session, kommun, op.day, eventId);
      break;
    default:
      break;
  }
  const key = eventKey(session, eventId);
  let answer: Reply;
  const result = await changeMeeting(session.deps, session.actor, accessOf(session), kommun.code, op);
  if (!result.ok) {
    if (result.error === 'forbidden') {
      return forbiddenReply(t, session.actor.person, 'meetings', kommun.name, result.decision);
    }
    if (result.error === 'no-series') return errorReply(t, t.noSeries(kommun.name), t.nothingStored);
    if (result.error === 'area-meeting') return areaMeetingReply(session, result.areaId);
    const text = meetingErrorText(t, result.error, result.day);
    if (result.error === 'not-found') return notFoundReply(session, kommun, text, op);
    return errorReply(t, text, t.nothingStored, `${meetingWord(t)} ${kommun.name}`);
  }
  session.deps.onPlanChange?.();
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
    sections.push(...notCounted(session, result.logged, result.occurrence.scheduledOn));
    answer = reply({ headline: t.meetingHeld(day), sections, visibility: 'channel', tone: 'success' });
  } else if (result.op === 'move' || result.op === 'restore') {
    // A meeting moved or restored onto a holiday, the Christmas week or a weekend: say so, with buttons to move it.
    const o = result.occurrence;
    const flag = dayFlag(o.scheduledOn, o.originalOn, session.today);
    const flagged = flagSection(t, kommun, flag ? [flag] : [], eventId, session.now);
    const headline =
      result.op === 'move'
        ? t.meetingMoved(t.dates.full(result.before?.scheduledOn ?? o.originalOn), day)
        : t.series.restored(day);
    answer = reply({
      headline,
      sections: flagged.sections,
      buttons: flagged.buttons,
      visibility: 'channel',
      tone: 'success',
    });
  } else {
    answer = reply({
      headline: t.meetingCancelled(day),
      buttons: [
        {
          actionId: `${ACTION.run}/undo`,
          requires: needs('meetings', kommun.code),
          label: t.undo,
          value: suggestionValue(
            `${eventId}:undo`,
            `/samverkan ${kommun.name} återställ ${result.occurrence.originalOn}`,
            { label: t.undo, asked: session.now },
          ),
        },
      ],
      visibility: 'channel',
      tone: 'success',
    });
  }
  await session.deps.store.recordProcessedEvent(key, JSON.stringify(answer), session.deps.clock.now());
  return answer;
}

async function confirmCancel(
  session: Session,
  kommun: KommunRef,
  day: string | null,
  eventId: string,
): Promise<Reply> {
  const { t } = session;
  const found = await findMeeting(session.deps, accessOf(session), kommun.code, day);
  if (!found.ok) {
    if (found.error === 'forbidden')
      return forbiddenReply(t, session.actor.person, 'meetings', kommun.name, found.decision);
    if (found.error === 'no-series')
      return errorReply(t, t.noSeries(kommun.name), t.nothingStored, t.series.exampleCreate(kommun.name));
    if (found.error === 'area-meeting') return areaMeetingReply(session, found.areaId);
    const text = meetingErrorText(t, found.error, found.day);
    if (found.error === 'not-found') return notFoundReply(session, kommun, text, { type: 'cancel', day });
    return errorReply(t, text, t.nothingStored, `${meetingWord(t)} ${kommun.name}`);
  }
  const o = found.occurrence;
  return reply({
    headline: t.series.confirmCancel(t.dates.full(o.scheduledOn)),
    sections: [{ text: t.series.confirmCancelText }],
    buttons: [
      {
        actionId: `${ACTION.run}/yes`,
        requires: needs('meetings', kommun.code),
        label: t.series.yesCancel,
        value: suggestionValue(`${eventId}:yes`, `/samverkan ${kommun.name} ställ in ${o.scheduledOn} ja`, {
          asker: session.actor.person,
          label: t.series.yesCancel,
          asked: session.now,
        }),
        style: 'danger',
      },
      {
        actionId: `${ACTION.run}/no`,
        requires: OPEN_TO_ALL,
        label: t.series.keep,
        value: suggestionValue(`${eventId}:no`, `/samverkan ${kommun.name}`, {
          asker: session.actor.person,
          label: t.series.keep,
          asked: session.now,
        }),
      },
    ],
    tone: 'warning',
  });
}

function meetingErrorText(t: Texts, error: string, day: string): string {
  if (error === 'in-the-past') return t.series.inThePast(day);
  if (error === 'not-cancelled') return t.series.notCancelled(t.day(day));
  return t.meetingError[error]?.(t.day(day)) ?? t.nothingStored;
}

/** Stores a successful write's reply under its event id (so a retried event answers the same). */
async function remember(session: Session, eventId: string, answer: Reply): Promise<Reply> {
  if (answer.tone === 'success')
    await session.deps.store.recordProcessedEvent(
      eventKey(session, eventId),
      JSON.stringify(answer),
      session.now,
    );
  return answer;
}

/** "Mötet hör till LPO Höglandets mötesserie …": a kommun's samordnare may not change an area's shared meeting. */
function areaMeetingReply(session: Session, areaId: string): Reply {
  const area = session.areas.find((a) => a.id === areaId)?.name ?? areaId;
  return errorReply(session.t, session.t.series.areaMeeting(area), session.t.nothingStored);
}

/**
 * "Det finns inget möte 16 dec 2026." with the meetings there are, and the command the person meant with the next
 * one's day: "/samverkan Eksjö flytta 16/12/2027 17/12/2027".
 */
async function notFoundReply(
  session: Session,
  kommun: KommunRef,
  text: string,
  op: MeetingOp,
): Promise<Reply> {
  const { t } = session;
  const overview = await meetingOverview(session.deps, accessOf(session), kommun.code);
  const next = overview.ok
    ? overview.series.flatMap((s) => s.next).sort((a, b) => (a.scheduledOn < b.scheduledOn ? -1 : 1))
    : [];
  const first = next[0]?.scheduledOn;
  const slash = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
  const words =
    t.lang === 'en'
      ? { move: 'move', cancel: 'cancel', held: 'held' }
      : { move: 'flytta', cancel: 'ställ in', held: 'genomfört' };
  const command = `${meetingWord(t)} ${kommun.name}`;
  const extra = op.type === 'held' && op.day ? t.logExtraMeeting(kommun.name, slash(op.day)) : null;
  const example =
    extra ??
    (first && op.type === 'move'
      ? `${command} ${words.move} ${slash(first)} ${slash(op.to)}`
      : first && op.type === 'cancel'
        ? `${command} ${words.cancel} ${slash(first)}`
        : command);
  const listed = next
    .slice(0, 3)
    .map((o) => t.day(o.scheduledOn))
    .join(', ');
  const said = extra ? t.heldOutsideSeries : listed ? t.upcomingMeetings(listed) : t.noUpcoming;
  return errorReply(t, text, `${said} ${t.nothingStored}`, example);
}

/** The command word an example shows the reader: the English alias in English. */
function meetingWord(t: Texts): string {
  return t.lang === 'en' ? '/meeting' : '/samverkan';
}
