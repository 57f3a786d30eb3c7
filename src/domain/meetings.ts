import { DateTime } from 'luxon';
import type { Meeting, MeetingSeries, MeetingStatus } from './types.ts';
import { localInstant } from './working-days.ts';

/**
 * Samverkansmöten: the occurrences of a MeetingSeries and the changes a coordinator makes to one occurrence.
 * A series meets on `firstDate` and every `intervalWeeks` weeks after; a Meeting row is an exception for one
 * occurrence (identified by its rhythm date `originalOn`): moved to `scheduledOn`, cancelled or held.
 * Calendar days are ISO `YYYY-MM-DD`; everything here is pure.
 */

/** One meeting of a series, with its exception applied. */
export interface MeetingOccurrence {
  readonly seriesId: string;
  /** The rhythm date that identifies the occurrence (stable when the meeting is moved). */
  readonly originalOn: string;
  /** The day it actually takes place. */
  readonly scheduledOn: string;
  readonly status: MeetingStatus;
  /** Local start time `HH:mm`. */
  readonly time: string;
  readonly place: string | null;
}

/** Why a change to a meeting was refused. */
export type MeetingChangeError =
  | 'not-found'
  | 'cancelled'
  | 'held'
  | 'invalid-date'
  | 'conflict'
  | 'in-the-future'
  | 'not-cancelled'
  /** A move to the day the meeting already is on. */
  | 'same-day'
  /** A move to a day before today (the date rule's `meeting` purpose refuses it). */
  | 'in-the-past';

/** The outcome of moving, cancelling or marking a meeting held: the exception row to save, or why not. */
export type MeetingChange =
  | { readonly ok: true; readonly meeting: Meeting; readonly occurrence: MeetingOccurrence }
  | { readonly ok: false; readonly error: MeetingChangeError; readonly day: string };

/** The series' rhythm dates within `fromDay`..`toDay` inclusive (no exceptions applied). */
export function rhythmDays(series: MeetingSeries, fromDay: string, toDay: string): string[] {
  // Whole UTC days as epoch ms: the same days as luxon's UTC arithmetic, without an object per step (every
  // scheduler re-plan calls this for every series; see docs/performance.md).
  const first = day(series.firstDate).toMillis();
  const stepMs = Math.max(1, Math.floor(series.intervalWeeks)) * 7 * DAY_MS;
  const from = day(fromDay).toMillis();
  const end = series.endsOn ? day(series.endsOn).toMillis() - DAY_MS : Number.POSITIVE_INFINITY;
  const to = Math.min(day(toDay).toMillis(), end);
  let k = Math.max(0, Math.ceil((from - first) / stepMs));
  const out: string[] = [];
  for (let t = first + k * stepMs; t <= to; t = first + ++k * stepMs)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const DAY_MS = 86_400_000;

/**
 * The occurrences whose actual day falls within `fromDay`..`toDay` inclusive, in date order. A moved meeting
 * appears on its new day (also when its rhythm date lies outside the range); an exception whose `originalOn` is
 * off the rhythm is an extra meeting. Cancelled ones are left out unless `includeCancelled`.
 */
export function occurrencesBetween(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  fromDay: string,
  toDay: string,
  options: { readonly includeCancelled?: boolean } = {},
): MeetingOccurrence[] {
  const ends = series.endsOn ?? null;
  const own = exceptions.filter((m) => m.seriesId === series.id && (ends === null || m.originalOn < ends));
  const byOriginal = new Map(own.map((m) => [m.originalOn, m]));
  const originals = new Set(rhythmDays(series, fromDay, toDay));
  for (const m of own) originals.add(m.originalOn);
  const out: MeetingOccurrence[] = [];
  for (const originalOn of originals) {
    const occurrence = occurrenceOf(series, originalOn, byOriginal.get(originalOn));
    if (occurrence.scheduledOn < fromDay || occurrence.scheduledOn > toDay) continue;
    if (occurrence.status === 'cancelled' && !options.includeCancelled) continue;
    out.push(occurrence);
  }
  return out.sort(
    (a, b) => a.scheduledOn.localeCompare(b.scheduledOn) || a.originalOn.localeCompare(b.originalOn),
  );
}

/** The next `count` meetings on or after `today` that are neither cancelled nor already held. */
export function nextMeetings(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  today: string,
  count = 3,
): MeetingOccurrence[] {
  const out: MeetingOccurrence[] = [];
  let from = today;
  // Look ahead in chunks; a series with every meeting cancelled must still terminate.
  for (let round = 0; round < 20 && out.length < count; round++) {
    const to = iso(day(from).plus({ weeks: Math.max(1, series.intervalWeeks) * count }));
    const found = occurrencesBetween(series, exceptions, from, to).filter((o) => o.status !== 'held');
    out.push(...found);
    from = iso(day(to).plus({ days: 1 }));
  }
  return out.slice(0, count);
}

/** The latest meeting on or before `today` that is not cancelled (the one `genomfört` usually refers to). */
export function lastMeetingOnOrBefore(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  today: string,
): MeetingOccurrence | null {
  const from = iso(day(today).minus({ weeks: Math.max(1, series.intervalWeeks) * 2 }));
  return occurrencesBetween(series, exceptions, from, today).at(-1) ?? null;
}

/** The occurrence taking place on `onDay`, or else the one whose rhythm date is `onDay` (cancelled ones too). */
export function findOccurrence(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  onDay: string,
): MeetingOccurrence | null {
  const all = occurrencesBetween(series, exceptions, onDay, onDay, { includeCancelled: true });
  const scheduled = all.find((o) => o.status !== 'cancelled') ?? all[0];
  if (scheduled) return scheduled;
  const own = exceptions.find((m) => m.seriesId === series.id && m.originalOn === onDay);
  if (own) return occurrenceOf(series, onDay, own);
  return rhythmDays(series, onDay, onDay).length > 0 ? occurrenceOf(series, onDay, undefined) : null;
}

/** The occurrence on (or originally on) `which`, or why there is none to change. */
function occurrenceToChange(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  which: string,
): { readonly ok: true; readonly occurrence: MeetingOccurrence } | Extract<MeetingChange, { ok: false }> {
  if (!isDay(which)) return { ok: false, error: 'invalid-date', day: which };
  const occurrence = findOccurrence(series, exceptions, which);
  return occurrence ? { ok: true, occurrence } : { ok: false, error: 'not-found', day: which };
}

/** Moves the meeting on (or originally on) `which` to `to`. Moving it back to its rhythm date makes it planned. */
export function moveMeeting(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  which: string,
  to: string,
  now: number,
): MeetingChange {
  if (!isDay(which) || !isDay(to))
    return { ok: false, error: 'invalid-date', day: isDay(which) ? to : which };
  const occurrence = findOccurrence(series, exceptions, which);
  if (!occurrence) return { ok: false, error: 'not-found', day: which };
  if (occurrence.status === 'held') return { ok: false, error: 'held', day: which };
  if (occurrence.status === 'cancelled') return { ok: false, error: 'cancelled', day: which };
  if (occurrence.scheduledOn === to) return { ok: false, error: 'same-day', day: to };
  const clash = occurrencesBetween(series, exceptions, to, to).some(
    (o) => o.originalOn !== occurrence.originalOn,
  );
  if (clash) return { ok: false, error: 'conflict', day: to };
  const status: MeetingStatus = to === occurrence.originalOn ? 'planned' : 'moved';
  return change(series, occurrence, { scheduledOn: to, status }, now);
}

/** Cancels the meeting on (or originally on) `which`. */
export function cancelMeeting(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  which: string,
  now: number,
): MeetingChange {
  const found = occurrenceToChange(series, exceptions, which);
  if (!found.ok) return found;
  const { occurrence } = found;
  if (occurrence.status === 'held') return { ok: false, error: 'held', day: which };
  if (occurrence.status === 'cancelled') return { ok: false, error: 'cancelled', day: which };
  return change(series, occurrence, { scheduledOn: occurrence.scheduledOn, status: 'cancelled' }, now);
}

/** Restores a cancelled meeting (on, or originally on, `which`) to its day: planned, or moved when it had been moved. */
export function restoreMeeting(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  which: string,
  now: number,
): MeetingChange {
  const found = occurrenceToChange(series, exceptions, which);
  if (!found.ok) return found;
  const { occurrence } = found;
  if (occurrence.status !== 'cancelled') return { ok: false, error: 'not-cancelled', day: which };
  const clash = occurrencesBetween(series, exceptions, occurrence.scheduledOn, occurrence.scheduledOn).some(
    (o) => o.originalOn !== occurrence.originalOn,
  );
  if (clash) return { ok: false, error: 'conflict', day: occurrence.scheduledOn };
  const status: MeetingStatus = occurrence.scheduledOn === occurrence.originalOn ? 'planned' : 'moved';
  return change(series, occurrence, { scheduledOn: occurrence.scheduledOn, status }, now);
}

/**
 * Marks the meeting on (or originally on) `which` as held; it must not lie after `today`. The caller also logs a
 * samverkansmöte registration, which counts toward the kommun's target.
 */
export function markMeetingHeld(
  series: MeetingSeries,
  exceptions: readonly Meeting[],
  which: string,
  today: string,
  now: number,
): MeetingChange {
  const found = occurrenceToChange(series, exceptions, which);
  if (!found.ok) return found;
  const { occurrence } = found;
  if (occurrence.status === 'held') return { ok: false, error: 'held', day: which };
  if (occurrence.status === 'cancelled') return { ok: false, error: 'cancelled', day: which };
  if (occurrence.scheduledOn > today)
    return { ok: false, error: 'in-the-future', day: occurrence.scheduledOn };
  return change(series, occurrence, { scheduledOn: occurrence.scheduledOn, status: 'held' }, now);
}

/** The instant a meeting starts, in `zone`. */
export function meetingStart(occurrence: MeetingOccurrence, zone: string): number {
  return localInstant(occurrence.scheduledOn, occurrence.time, zone);
}

/** What is wrong with a series' settings (empty when it is fine); messages are Swedish, for the chat. */
export function seriesProblems(
  series: Pick<MeetingSeries, 'firstDate' | 'intervalWeeks' | 'time' | 'remindAt'>,
): string[] {
  const problems: string[] = [];
  if (!isDay(series.firstDate)) problems.push(`Ogiltigt datum: ${series.firstDate}`);
  if (!Number.isInteger(series.intervalWeeks) || series.intervalWeeks < 1 || series.intervalWeeks > 52) {
    problems.push('Intervallet måste vara 1–52 veckor.');
  }
  if (!isTime(series.time)) problems.push(`Ogiltig mötestid: ${series.time}`);
  if (!isTime(series.remindAt)) problems.push(`Ogiltig påminnelsetid: ${series.remindAt}`);
  return problems;
}

/** One occurrence of a series from its rhythm date and its exception row (if any). */
export function occurrenceOf(
  series: MeetingSeries,
  originalOn: string,
  exception: Meeting | undefined,
): MeetingOccurrence {
  return {
    seriesId: series.id,
    originalOn,
    scheduledOn: exception?.scheduledOn ?? originalOn,
    status: exception?.status ?? 'planned',
    time: series.time,
    place: series.place,
  };
}

function change(
  series: MeetingSeries,
  occurrence: MeetingOccurrence,
  next: { scheduledOn: string; status: MeetingStatus },
  now: number,
): MeetingChange {
  const meeting: Meeting = {
    seriesId: series.id,
    originalOn: occurrence.originalOn,
    scheduledOn: next.scheduledOn,
    status: next.status,
    updatedAt: now,
  };
  return { ok: true, meeting, occurrence: { ...occurrence, ...next } };
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

function isTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

function day(text: string): DateTime {
  const dt = DateTime.fromISO(text, { zone: 'UTC' });
  if (!dt.isValid) throw new RangeError(`not a date YYYY-MM-DD: ${text}`);
  return dt;
}

function iso(dt: DateTime): string {
  return dt.toISODate() as string;
}
