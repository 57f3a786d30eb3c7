import { auditOf, type DomainDeps } from './deps.ts';
import { isPastMeetingDay, nextWeekday, weekdayOf } from './meeting-day.ts';
import { holidayFlags, type MeetingFlag } from './meeting-flags.ts';
import {
  type MeetingOccurrence,
  nextMeetings,
  occurrencesBetween,
  rhythmDays,
  seriesProblems,
} from './meetings.ts';
import { type Denied, decide, type PermissionTarget } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import { localDay } from './tertial.ts';
import type { Actor, MeetingSeries, PoliceArea, RoleGrant, Scope } from './types.ts';
import { plusDays } from './working-days.ts';

/**
 * Meeting series kept by the samordnare: create one, change its rhythm from a date, pause it for a range, end it.
 * Each use case checks the `meetings` permission on the series' scope, writes in one transaction with an audit
 * entry, and returns what a reply echoes: the series, its next three meetings and the holiday flags of the next
 * twelve months.
 */

export interface SeriesAccess {
  readonly grants: readonly RoleGrant[];
  readonly areas: readonly PoliceArea[];
}

/** What a person asks for; `weekday` (1 = Monday) is checked against `first` when given. */
export interface SeriesSpec {
  readonly first: string;
  readonly weekday: number | null;
  readonly time: string;
  readonly intervalWeeks: number;
  readonly place: string | null;
}

/** A series as the reply echoes it. */
export interface SeriesEcho {
  readonly series: MeetingSeries;
  readonly next: readonly MeetingOccurrence[];
  readonly flags: readonly MeetingFlag[];
}

export type SeriesRefusal =
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'invalid'; readonly problems: readonly string[] }
  | { readonly ok: false; readonly error: 'in-the-past'; readonly day: string }
  | {
      readonly ok: false;
      readonly error: 'weekday-mismatch';
      readonly given: string;
      readonly weekday: number;
      /** The next day on or after `given` that is the asked weekday. */
      readonly proposed: string;
    }
  | { readonly ok: false; readonly error: 'exists'; readonly series: MeetingSeries }
  | { readonly ok: false; readonly error: 'no-series' }
  /**
   * The kommun has no running series of its own; its police area has one. A kommun's command never changes the
   * area's series (that would change it for every kommun of the area): the area's own command does.
   */
  | { readonly ok: false; readonly error: 'area-series'; readonly area: PoliceArea }
  | { readonly ok: false; readonly error: 'bad-range'; readonly from: string; readonly to: string }
  | { readonly ok: false; readonly error: 'none-in-range'; readonly from: string; readonly to: string }
  /** The place looks like it holds a personnummer: nothing is stored. */
  /** The place holds personal data (`text`: the place as typed, for the reply to say what it found). */
  | { readonly ok: false; readonly error: 'personal-number'; readonly text: string };

export type CreateSeriesResult = ({ readonly ok: true } & SeriesEcho) | SeriesRefusal;

export type ChangeSeriesResult =
  | ({
      readonly ok: true;
      readonly from: string;
      /** Moved or cancelled meetings on or after `from` that the change dropped. */
      readonly dropped: readonly MeetingOccurrence[];
    } & SeriesEcho)
  | SeriesRefusal;

export type PauseResult =
  | ({ readonly ok: true; readonly skipped: readonly MeetingOccurrence[] } & SeriesEcho)
  | SeriesRefusal;

export type EndResult =
  | {
      readonly ok: true;
      readonly series: MeetingSeries;
      readonly endsOn: string;
      /** The meetings that no longer take place. */
      readonly removed: readonly MeetingOccurrence[];
    }
  | SeriesRefusal;

const DEFAULT_REMIND_AT = '09:00';

export function targetOf(scope: Scope): PermissionTarget {
  return scope.type === 'kommun' ? { type: 'kommun', code: scope.id } : { type: 'area', id: scope.id };
}

/** True while a series still has meetings to come on or after `today`. */
export function isCurrent(series: MeetingSeries, today: string): boolean {
  return series.active && (series.endsOn == null || series.endsOn > today);
}

/** The series of a scope that run on (no end), newest first. */
async function runningSeries(deps: DomainDeps, scope: Scope): Promise<MeetingSeries[]> {
  const all = await deps.store.meetingSeriesFor(scope);
  return all.filter((s) => s.active && s.endsOn == null).reverse();
}

/** Whose series a series-level change (ändra från, uppehåll, avsluta) is about: a kommun's own or an area's own. */
export type SeriesOwner = { readonly kommun: string } | { readonly area: string };

/**
 * The running series a series-level change applies to: the owner's own, after the `meetings` permission on the
 * owner. A kommun without a running series of its own never falls through to its area's series: when the area has
 * one, the answer says so (`area-series`), so the reply can point to the area's command.
 */
export async function seriesToChange(
  deps: DomainDeps,
  access: SeriesAccess,
  owner: SeriesOwner,
): Promise<{ readonly ok: true; readonly series: MeetingSeries } | SeriesRefusal> {
  const scope: Scope =
    'kommun' in owner ? { type: 'kommun', id: owner.kommun } : { type: 'area', id: owner.area };
  const decision = decide(access.grants, 'meetings', targetOf(scope), access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const own = (await runningSeries(deps, scope))[0];
  if (own) return { ok: true, series: own };
  if ('kommun' in owner) {
    for (const area of access.areas.filter((a) => a.municipalityCodes.includes(owner.kommun))) {
      if ((await runningSeries(deps, { type: 'area', id: area.id }))[0])
        return { ok: false, error: 'area-series', area };
    }
  }
  return { ok: false, error: 'no-series' };
}

/** The echo of a series: its next three meetings from `from` and the flags of the twelve months after today. */
export async function echoOf(deps: DomainDeps, series: MeetingSeries, today: string): Promise<SeriesEcho> {
  const exceptions = await deps.store.meetingsOf([series.id]);
  const start = series.firstDate > today ? series.firstDate : today;
  const next = nextMeetings(series, exceptions, start, 3);
  const year = occurrencesBetween(series, exceptions, today, plusDays(today, 365));
  return { series, next, flags: holidayFlags(year, today) };
}

export function auditScope(scope: Scope): string | null {
  return scope.type === 'kommun' ? scope.id : null;
}

/** Whether a scope may get a new series (asked before the form opens): the permission, and none running yet. */
export async function seriesCreatable(
  deps: DomainDeps,
  access: SeriesAccess,
  scope: Scope,
): Promise<{ readonly ok: true } | SeriesRefusal> {
  const decision = decide(access.grants, 'meetings', targetOf(scope), access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const existing = (await runningSeries(deps, scope))[0];
  return existing ? { ok: false, error: 'exists', series: existing } : { ok: true };
}

/** Creates a series for a kommun or police area. */
export async function createSeries(
  deps: DomainDeps,
  actor: Actor,
  access: SeriesAccess,
  scope: Scope,
  spec: SeriesSpec,
): Promise<CreateSeriesResult> {
  const creatable = await seriesCreatable(deps, access, scope);
  if (!creatable.ok) return creatable;
  if (spec.place && containsPersonalData(spec.place))
    return { ok: false, error: 'personal-number', text: spec.place };
  const today = localDay(deps.clock.now(), deps.zone);
  const draft: MeetingSeries = {
    id: deps.ids(),
    scope,
    firstDate: spec.first,
    intervalWeeks: spec.intervalWeeks,
    time: spec.time,
    place: spec.place,
    remindAt: DEFAULT_REMIND_AT,
    active: true,
    endsOn: null,
  };
  const problems = seriesProblems(draft);
  if (problems.length > 0) return { ok: false, error: 'invalid', problems };
  if (isPastMeetingDay(spec.first, today)) return { ok: false, error: 'in-the-past', day: spec.first };
  if (spec.weekday !== null && weekdayOf(spec.first) !== spec.weekday) {
    return {
      ok: false,
      error: 'weekday-mismatch',
      given: spec.first,
      weekday: spec.weekday,
      proposed: nextWeekday(spec.first, spec.weekday),
    };
  }
  await deps.store.transaction(async (tx) => {
    await tx.saveMeetingSeries(draft, deps.clock.now());
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'meeting-series.create',
        entity: 'meeting-series',
        entityId: draft.id,
        municipalityCode: auditScope(scope),
        before: null,
        after: draft,
      }),
    );
  });
  return { ok: true, ...(await echoOf(deps, draft, today)) };
}

/** What `ändra från` may change; what is left out stays as it was. */
export interface SeriesChange {
  readonly weekday: number | null;
  readonly time: string | null;
  readonly intervalWeeks: number | null;
  readonly place: string | null;
}

/**
 * Changes the rhythm of a kommun's (or an area's) own series from `from`: meetings before it stay as they were, the old series ends
 * there and a new one with the changed settings begins on the first matching day on or after `from`. Moved or
 * cancelled meetings on or after `from` are dropped and returned.
 */
export async function changeSeriesFrom(
  deps: DomainDeps,
  actor: Actor,
  access: SeriesAccess,
  owner: SeriesOwner,
  from: string,
  changes: SeriesChange,
): Promise<ChangeSeriesResult> {
  const found = await seriesToChange(deps, access, owner);
  if (!found.ok) return found;
  const old = found.series;
  if (changes.place && containsPersonalData(changes.place))
    return { ok: false, error: 'personal-number', text: changes.place };
  const today = localDay(deps.clock.now(), deps.zone);
  if (isPastMeetingDay(from, today)) return { ok: false, error: 'in-the-past', day: from };
  const intervalWeeks = changes.intervalWeeks ?? old.intervalWeeks;
  const first =
    changes.weekday !== null
      ? nextWeekday(from, changes.weekday)
      : (rhythmDays({ ...old, endsOn: null }, from, plusDays(from, old.intervalWeeks * 7))[0] ?? from);
  const next: MeetingSeries = {
    ...old,
    id: deps.ids(),
    firstDate: first,
    intervalWeeks,
    time: changes.time ?? old.time,
    place: changes.place ?? old.place,
    endsOn: null,
  };
  const problems = seriesProblems(next);
  if (problems.length > 0) return { ok: false, error: 'invalid', problems };
  const exceptions = await deps.store.meetingsOf([old.id]);
  const dropped = exceptions
    .filter(
      (m) => (m.originalOn >= from || m.scheduledOn >= from) && m.status !== 'held' && m.status !== 'planned',
    )
    .map((m) => ({ ...occurrenceShape(old, m.originalOn), scheduledOn: m.scheduledOn, status: m.status }));
  const ended: MeetingSeries = { ...old, endsOn: from, active: from > old.firstDate };
  await deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    await tx.deleteMeetingsFrom(old.id, from);
    await tx.saveMeetingSeries(ended, now);
    await tx.saveMeetingSeries(next, now);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'meeting-series.change',
        entity: 'meeting-series',
        entityId: old.id,
        municipalityCode: auditScope(old.scope),
        before: old,
        after: { ended, next, from, dropped: dropped.map((d) => d.originalOn) },
      }),
    );
  });
  return { ok: true, from, dropped: byDay(dropped), ...(await echoOf(deps, next, today)) };
}

function occurrenceShape(series: MeetingSeries, originalOn: string): MeetingOccurrence {
  return {
    seriesId: series.id,
    originalOn,
    scheduledOn: originalOn,
    status: 'planned',
    time: series.time,
    place: series.place,
  };
}

function byDay(list: readonly MeetingOccurrence[]): MeetingOccurrence[] {
  return [...list].sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
}
