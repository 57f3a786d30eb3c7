import { auditOf, type DomainDeps } from './deps.ts';
import { type Access, type LogActivityResult, logActivity } from './log-activity.ts';
import { isPastMeetingDay } from './meeting-day.ts';
import {
  cancelMeeting,
  findOccurrence,
  lastMeetingOnOrBefore,
  type MeetingChange,
  type MeetingChangeError,
  type MeetingOccurrence,
  markMeetingHeld,
  moveMeeting,
  nextMeetings,
  restoreMeeting,
} from './meetings.ts';
import { type Denied, decide } from './permissions.ts';
import type { Store } from './ports.ts';
import { localDay } from './tertial.ts';
import type { Actor, Meeting, MeetingSeries } from './types.ts';
import { plusDays } from './working-days.ts';

/**
 * /samverkan: the samverkansmöten of a kommun — the next meetings, and changes to one meeting (held, moved,
 * cancelled). Marking a meeting held also logs a samverkansmöte registration (once per meeting) when the kommun's
 * agreement counts them. The occurrence maths lives in meetings.ts.
 */

export interface SeriesOverview {
  readonly series: MeetingSeries;
  readonly next: readonly MeetingOccurrence[];
}

export type OverviewResult =
  | { readonly ok: true; readonly series: readonly SeriesOverview[] }
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied };

/** The active series that apply to a kommun: its own, then those of police areas containing it. */
export async function seriesForKommun(
  deps: DomainDeps,
  access: Access,
  code: string,
): Promise<MeetingSeries[]> {
  const own = await deps.store.meetingSeriesFor({ type: 'kommun', id: code });
  const areaSeries = await Promise.all(
    access.areas
      .filter((a) => a.municipalityCodes.includes(code))
      .map((a) => deps.store.meetingSeriesFor({ type: 'area', id: a.id })),
  );
  const today = localDay(deps.clock.now(), deps.zone);
  // An ended series stays while its last meetings are recent (held, follow-ups); older ones drop out.
  const recent = plusDays(today, -120);
  return [...own, ...areaSeries.flat()].filter((s) => s.active && (s.endsOn == null || s.endsOn > recent));
}

/** The next `count` meetings of every series that applies to the kommun. */
export async function meetingOverview(
  deps: DomainDeps,
  access: Access,
  code: string,
  count = 3,
): Promise<OverviewResult> {
  const decision = decide(access.grants, 'read', { type: 'kommun', code }, access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const all = await seriesForKommun(deps, access, code);
  const exceptions = await deps.store.meetingsOf(all.map((s) => s.id));
  const today = localDay(deps.clock.now(), deps.zone);
  return {
    ok: true,
    series: all.map((series) => ({ series, next: nextMeetings(series, exceptions, today, count) })),
  };
}

export type MeetingOp =
  | { readonly type: 'held'; readonly day: string | null }
  | { readonly type: 'move'; readonly from: string | null; readonly to: string }
  | { readonly type: 'cancel'; readonly day: string | null }
  | { readonly type: 'restore'; readonly day: string };

export type ChangeResult =
  | {
      readonly ok: true;
      readonly op: MeetingOp['type'];
      readonly before: MeetingOccurrence | null;
      readonly occurrence: MeetingOccurrence;
      /** For `held`: the samverkansmöte registration (or why there is none). */
      readonly logged: LogActivityResult | null;
    }
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'no-series' }
  | AreaMeetingRefusal
  | { readonly ok: false; readonly error: MeetingChangeError; readonly day: string };

/** Applies a change to one meeting of the kommun's series; audited, in one transaction (with `within`). */
export async function changeMeeting(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  code: string,
  op: MeetingOp,
  within?: (tx: Store) => Promise<void>,
): Promise<ChangeResult> {
  const decision = decide(access.grants, 'meetings', { type: 'kommun', code }, access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const all = await seriesForKommun(deps, access, code);
  if (all.length === 0) return { ok: false, error: 'no-series' };
  const allExceptions = await deps.store.meetingsOf(all.map((s) => s.id));
  const now = deps.clock.now();
  const today = localDay(now, deps.zone);
  const asked = op.type === 'move' ? op.from : op.day;
  const pick = pickSeries(all, allExceptions, asked, today);
  const series = pick.series;
  const shared = op.type === 'held' ? null : areaMeetingRefusal(access, series);
  if (shared) return shared;
  const exceptions = allExceptions.filter((m) => m.seriesId === series.id);
  const upcoming = pick.upcoming;
  let change: MeetingChange;
  if (op.type === 'held') {
    const which = op.day ?? lastMeetingOnOrBefore(series, exceptions, today)?.scheduledOn ?? today;
    change = markMeetingHeld(series, exceptions, which, today, now);
  } else if (op.type === 'cancel') {
    change = cancelMeeting(series, exceptions, op.day ?? upcoming?.scheduledOn ?? today, now);
  } else if (op.type === 'restore') {
    change = restoreMeeting(series, exceptions, op.day, now);
    if (change.ok && isPastMeetingDay(change.occurrence.scheduledOn, today))
      change = { ok: false, error: 'in-the-past', day: change.occurrence.scheduledOn };
  } else if (isPastMeetingDay(op.to, today)) {
    change = { ok: false, error: 'in-the-past', day: op.to };
  } else {
    change = moveMeeting(series, exceptions, op.from ?? upcoming?.scheduledOn ?? today, op.to, now);
  }
  if (!change.ok) return { ok: false, error: change.error, day: change.day };
  const ok = change;
  return deps.store.transaction(async (tx): Promise<ChangeResult> => {
    const before = exceptions.find((m) => m.originalOn === ok.meeting.originalOn) ?? null;
    await tx.saveMeeting(ok.meeting);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: `meeting.${op.type}`,
        entity: 'meeting',
        entityId: `${series.id}/${ok.meeting.originalOn}`,
        municipalityCode: code,
        before,
        after: ok.meeting,
      }),
    );
    let logged: LogActivityResult | null = null;
    if (op.type === 'held') {
      logged = await logActivity({ ...deps, store: tx }, actor, access, {
        municipalityCode: code,
        activity: { kind: 'samverkansmöte' },
        day: ok.occurrence.scheduledOn,
        count: 1,
        note: null,
        idempotencyKey: `meeting:${series.id}:${ok.meeting.originalOn}:${code}`,
        // The meeting's own scheduled day, chosen from the series: nothing to ask about.
        confirmed: true,
      });
    }
    if (within) await within(tx);
    const previous = { ...ok.occurrence, scheduledOn: before?.scheduledOn ?? ok.meeting.originalOn };
    return { ok: true, op: op.type, before: previous, occurrence: ok.occurrence, logged };
  });
}

/**
 * Which of a kommun's series a change means: the one with a meeting on (or originally on) `day`, else the one
 * whose next meeting comes first. Also returns that next meeting.
 */
function pickSeries(
  all: readonly MeetingSeries[],
  exceptions: readonly Meeting[],
  day: string | null,
  today: string,
): { series: MeetingSeries; upcoming: MeetingOccurrence | null } {
  const nexts = all.map((series) => ({
    series,
    upcoming: nextMeetings(series, exceptions, today, 1)[0] ?? null,
  }));
  if (day) {
    const hit = nexts.find((n) => findOccurrence(n.series, exceptions, day));
    if (hit) return hit;
  }
  const withNext = nexts.filter((n) => n.upcoming !== null);
  withNext.sort((a, b) => (a.upcoming?.scheduledOn ?? '').localeCompare(b.upcoming?.scheduledOn ?? ''));
  return withNext[0] ?? (nexts[0] as { series: MeetingSeries; upcoming: MeetingOccurrence | null });
}

export type FindResult =
  | { readonly ok: true; readonly series: MeetingSeries; readonly occurrence: MeetingOccurrence }
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'no-series' }
  | AreaMeetingRefusal
  | { readonly ok: false; readonly error: MeetingChangeError; readonly day: string };

/** The meeting a change would apply to (on `day`, else the next one), without changing anything. */
export async function findMeeting(
  deps: DomainDeps,
  access: Access,
  code: string,
  day: string | null,
): Promise<FindResult> {
  const decision = decide(access.grants, 'meetings', { type: 'kommun', code }, access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const all = await seriesForKommun(deps, access, code);
  if (all.length === 0) return { ok: false, error: 'no-series' };
  const exceptions = await deps.store.meetingsOf(all.map((s) => s.id));
  const today = localDay(deps.clock.now(), deps.zone);
  const pick = pickSeries(all, exceptions, day, today);
  const occurrence = day ? findOccurrence(pick.series, exceptions, day) : pick.upcoming;
  if (!occurrence) return { ok: false, error: 'not-found', day: day ?? today };
  if (occurrence.status === 'cancelled')
    return { ok: false, error: 'cancelled', day: occurrence.scheduledOn };
  if (occurrence.status === 'held') return { ok: false, error: 'held', day: occurrence.scheduledOn };
  return areaMeetingRefusal(access, pick.series) ?? { ok: true, series: pick.series, occurrence };
}

/** A meeting of a police area's series is shared by all its kommuner (README, Meeting series). */
export type AreaMeetingRefusal = {
  readonly ok: false;
  readonly error: 'area-meeting';
  readonly areaId: string;
};

/**
 * Null when the person may move, cancel or restore a meeting of `series`; for a police area's series that needs the
 * right to change the area's meetings, not only one of its kommuner's (marking it held stays a kommun's matter).
 */
function areaMeetingRefusal(access: Access, series: MeetingSeries): AreaMeetingRefusal | null {
  if (series.scope.type !== 'area') return null;
  const area = { type: 'area' as const, id: series.scope.id };
  return decide(access.grants, 'meetings', area, access.areas).ok
    ? null
    : { ok: false, error: 'area-meeting', areaId: series.scope.id };
}
