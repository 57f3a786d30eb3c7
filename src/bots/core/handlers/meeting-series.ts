import { weekdayOf } from '../../../domain/meeting-day.ts';
import type { MeetingFlag } from '../../../domain/meeting-flags.ts';
import {
  changeSeriesFrom,
  createSeries,
  type SeriesChange,
  type SeriesEcho,
  type SeriesOwner,
  type SeriesRefusal,
  type SeriesSpec,
} from '../../../domain/meeting-series.ts';
import { pauseSeries } from '../../../domain/meeting-series-breaks.ts';
import type { PoliceArea, Scope } from '../../../domain/types.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { personalDataText } from '../personal-data-text.ts';
import { ACTION, needs, needsInArea, type Reply, type ReplyButton, type ReplySection } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { reminderReachNote } from './meeting-reach.ts';

/**
 * /samverkan <kommun> ny | ändra från | uppehåll | avsluta: the samordnare creates and keeps the kommun's meeting
 * series. Every reply echoes what was understood in full, lists the meetings that need a look (holidays, the
 * Christmas week) with buttons to move them, and every change asks the scheduler to re-plan at once.
 */

/** The command text that creates a series, as a suggestion button runs it (Swedish words work in every language). */
export function createCommandText(kommun: string, spec: SeriesSpec, weekday: boolean): string {
  const day = weekday && spec.weekday !== null ? `${weekdayWordSv(spec.weekday)} ` : '';
  const place = spec.place ? ` plats ${spec.place}` : '';
  return `/samverkan ${kommun} ny ${day}${spec.time} var ${spec.intervalWeeks}:e vecka från ${spec.first}${place}`;
}

function weekdayWordSv(n: number): string {
  return ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'][n - 1] as string;
}

export async function handleCreateSeries(
  session: Session,
  kommun: KommunRef,
  spec: SeriesSpec,
  eventId: string,
  area?: PoliceArea,
): Promise<Reply> {
  const { t } = session;
  const scope: Scope = area ? { type: 'area', id: area.id } : { type: 'kommun', id: kommun.code };
  const result = await createSeries(session.deps, session.actor, accessOf(session), scope, spec);
  if (!result.ok) {
    if (result.error === 'weekday-mismatch') {
      const name = t.series.weekday(result.weekday);
      // The command the button runs checks the permission again; the button shows only to those who have it.
      const seriesRequirement = area ? needsInArea('meetings', area.id) : needs('meetings', kommun.code);
      const buttons: ReplyButton[] = [
        {
          actionId: `${ACTION.run}/0`,
          requires: seriesRequirement,
          label: t.series.startOn(result.proposed),
          value: suggestionValue(
            `${eventId}:wd0`,
            createCommandText(kommun.name, { ...spec, first: result.proposed }, true),
            { asker: session.actor.person, label: t.series.startOn(result.proposed), asked: session.now },
          ),
          style: 'primary',
        },
        {
          actionId: `${ACTION.run}/1`,
          requires: seriesRequirement,
          label: t.series.startOn(result.given),
          value: suggestionValue(`${eventId}:wd1`, createCommandText(kommun.name, spec, false), {
            asker: session.actor.person,
            label: t.series.startOn(result.given),
            asked: session.now,
          }),
        },
      ];
      return reply({
        headline: t.series.weekdayMismatch(result.given, name),
        sections: [{ text: t.series.weekdayMismatchText(result.proposed, name) }],
        buttons,
        tone: 'warning',
      });
    }
    return refusalReply(session, kommun, result, t.series.exampleCreate(kommun.name));
  }
  session.deps.onPlanChange?.();
  return withoutMoves(
    await echoReply(session, kommun, area, t.series.created(kommun.name), result, [], eventId),
    area,
  );
}

/** The owner a series-level command is about: the area when given, else the kommun. */
export function ownerOf(kommun: KommunRef, area?: PoliceArea): SeriesOwner {
  return area ? { area: area.id } : { kommun: kommun.code };
}

/** Moving one meeting is done per kommun (`/samverkan <kommun> flytta`): no move buttons for an area's series. */
function withoutMoves(answer: Reply, area?: PoliceArea): Reply {
  if (!area) return answer;
  const { buttons: _moves, ...rest } = answer;
  return rest;
}

export async function handleChangeSeries(
  session: Session,
  kommun: KommunRef,
  from: string,
  change: SeriesChange,
  eventId: string,
  area?: PoliceArea,
): Promise<Reply> {
  const { t } = session;
  const owner = ownerOf(kommun, area);
  const result = await changeSeriesFrom(session.deps, session.actor, accessOf(session), owner, from, change);
  if (!result.ok)
    return refusalReply(session, kommun, result, t.series.exampleChange(kommun.name), {
      action: 'change',
      words: `ändra från ${from}${changeWords(change)}`,
    });
  session.deps.onPlanChange?.();
  const extra: ReplySection[] = [{ text: t.series.keptBefore(result.from) }];
  if (result.dropped.length > 0) {
    extra.push({
      text: t.series.dropped(result.dropped.map((o) => t.series.shortDay(o.scheduledOn)).join(', ')),
    });
  }
  const headline = t.series.changed(kommun.name, result.from);
  return withoutMoves(await echoReply(session, kommun, area, headline, result, extra, eventId), area);
}

/** The words of `ändra från <datum> …` after the date, as typed (Swedish words work in every language). */
function changeWords(change: SeriesChange): string {
  const words = [
    change.weekday !== null ? weekdayWordSv(change.weekday) : null,
    change.time,
    change.intervalWeeks !== null ? `var ${change.intervalWeeks}:e vecka` : null,
    change.place !== null ? `plats ${change.place}` : null,
  ];
  return words.map((w) => (w ? ` ${w}` : '')).join('');
}

export async function handlePauseSeries(
  session: Session,
  kommun: KommunRef,
  from: string,
  to: string,
  eventId: string,
  area?: PoliceArea,
): Promise<Reply> {
  const { t } = session;
  const owner = ownerOf(kommun, area);
  const result = await pauseSeries(session.deps, session.actor, accessOf(session), owner, from, to);
  if (!result.ok)
    return refusalReply(session, kommun, result, t.series.examplePause(kommun.name), {
      action: 'pause',
      words: `uppehåll ${from} ${to}`,
    });
  session.deps.onPlanChange?.();
  const extra = [
    { text: t.series.skipped(result.skipped.map((o) => t.series.shortDay(o.scheduledOn)).join(', ')) },
  ];
  const headline = t.series.paused(kommun.name, from, to);
  return withoutMoves(await echoReply(session, kommun, area, headline, result, extra, eventId), area);
}

async function echoReply(
  session: Session,
  kommun: KommunRef,
  area: PoliceArea | undefined,
  headline: string,
  echo: SeriesEcho,
  extra: readonly ReplySection[],
  eventId: string,
): Promise<Reply> {
  const { t } = session;
  const s = echo.series;
  // Who the reminders reach (the channel, else the samordnare, else no one and how to fix it), at their real time.
  const note = await reminderReachNote(session, kommun, area, s.remindAt);
  const text = t.series.echo(
    s.intervalWeeks,
    weekdayOf(s.firstDate),
    s.time,
    s.firstDate,
    s.place,
    echo.next.map((o) => o.scheduledOn),
  );
  const flags = flagSection(t, kommun, echo.flags, eventId, session.now);
  return reply({
    headline,
    sections: [{ text }, ...extra, ...flags.sections, { text: note }],
    buttons: flags.buttons,
    visibility: 'channel',
    tone: 'success',
  });
}

/** The flagged meetings (holidays, the Christmas week) with a button per alternative day. */
export function flagSection(
  t: Texts,
  kommun: KommunRef,
  flags: readonly MeetingFlag[],
  eventId: string,
  asked?: number,
): { sections: ReplySection[]; buttons: ReplyButton[] } {
  if (flags.length === 0) return { sections: [], buttons: [] };
  const lines = flags.map(
    (f) => `• ${t.series.flagMove(t.series.flagReason(f.reason, f.day, f.holiday), [...f.alternatives])}`,
  );
  const buttons: ReplyButton[] = flags.slice(0, 4).flatMap((f, i) =>
    f.alternatives.map((alt, j) => ({
      actionId: `${ACTION.run}/f${i}${j}`,
      requires: needs('meetings', kommun.code),
      label: t.series.moveTo(f.day, alt),
      value: suggestionValue(`${eventId}:f${i}${j}`, `/samverkan ${kommun.name} flytta ${f.day} ${alt}`, {
        label: t.series.moveTo(f.day, alt),
        asked,
      }),
    })),
  );
  return { sections: [{ title: t.series.flagsTitle, text: lines.join('\n') }], buttons };
}

/** What a kommun's series-level command was, to point to the area's command when the area owns the series. */
interface AreaPointer {
  readonly action: 'end' | 'change' | 'pause';
  /** The words after `/samverkan <område>`. */
  readonly words: string;
}

export function refusalReply(
  session: Session,
  kommun: KommunRef,
  r: SeriesRefusal,
  example: string,
  pointer?: AreaPointer,
): Reply {
  const { t } = session;
  switch (r.error) {
    case 'area-series': {
      const command = `/samverkan ${r.area.name} ${pointer?.words ?? 'avsluta'}`;
      const text = t.series.areaSeriesBy(r.area.name, pointer?.action ?? 'end', command);
      return errorReply(t, t.series.noOwnSeries(kommun.name), `${text} ${t.nothingStored}`);
    }
    case 'forbidden':
      return forbiddenReply(t, session.actor.person, 'meetings', kommun.name, r.decision);
    case 'invalid':
      return errorReply(t, t.series.invalid(r.problems.join(' ')), t.nothingStored, example);
    case 'in-the-past':
      return errorReply(t, t.series.inThePast(r.day), t.nothingStored, example);
    case 'weekday-mismatch':
      return errorReply(
        t,
        t.series.weekdayMismatch(r.given, t.series.weekday(r.weekday)),
        t.nothingStored,
        example,
      );
    case 'exists':
      return errorReply(t, t.series.exists(kommun.name), t.series.existsText(kommun.name));
    case 'no-series':
      return errorReply(t, t.noSeries(kommun.name), t.nothingStored, t.series.exampleCreate(kommun.name));
    case 'bad-range':
      return errorReply(t, t.series.badRange(r.from, r.to), t.nothingStored, example);
    case 'personal-number':
      return errorReply(t, personalDataText(t, r.text));
    case 'none-in-range':
      return errorReply(t, t.series.noneInRange(r.from, r.to), t.nothingStored, example);
  }
}
