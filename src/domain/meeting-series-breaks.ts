import { auditOf, type DomainDeps } from './deps.ts';
import { isPastMeetingDay } from './meeting-day.ts';
import {
  auditScope,
  type EndResult,
  echoOf,
  type PauseResult,
  type SeriesAccess,
  type SeriesOwner,
  seriesToChange,
  targetOf,
} from './meeting-series.ts';
import { occurrencesBetween } from './meetings.ts';
import { decide } from './permissions.ts';
import { localDay } from './tertial.ts';
import type { Actor, MeetingSeries } from './types.ts';
import { plusDays } from './working-days.ts';

/** A break in a meeting series (`uppehåll`) and its end (`avsluta`); see meeting-series.ts for the rest. */

/** Cancels every meeting of the kommun's (or area's) own series from `from` to `to` inclusive (a summer break). */
export async function pauseSeries(
  deps: DomainDeps,
  actor: Actor,
  access: SeriesAccess,
  owner: SeriesOwner,
  from: string,
  to: string,
): Promise<PauseResult> {
  const found = await seriesToChange(deps, access, owner);
  if (!found.ok) return found;
  const series = found.series;
  const today = localDay(deps.clock.now(), deps.zone);
  if (to < from) return { ok: false, error: 'bad-range', from, to };
  if (isPastMeetingDay(from, today)) return { ok: false, error: 'in-the-past', day: from };
  const exceptions = await deps.store.meetingsOf([series.id]);
  const skipped = occurrencesBetween(series, exceptions, from, to).filter((o) => o.status !== 'held');
  if (skipped.length === 0) return { ok: false, error: 'none-in-range', from, to };
  await deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    for (const o of skipped) {
      await tx.saveMeeting({
        seriesId: series.id,
        originalOn: o.originalOn,
        scheduledOn: o.scheduledOn,
        status: 'cancelled',
        updatedAt: now,
      });
    }
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'meeting-series.pause',
        entity: 'meeting-series',
        entityId: series.id,
        municipalityCode: auditScope(series.scope),
        before: null,
        after: { from, to, cancelled: skipped.map((o) => o.originalOn) },
      }),
    );
  });
  return { ok: true, skipped, ...(await echoOf(deps, series, today)) };
}

type EndPlan =
  | Exclude<EndResult, { ok: true }>
  | { ok: true; series: MeetingSeries; end: string; removed: EndRemoved };
type EndRemoved = Extract<EndResult, { ok: true }>['removed'];
type EndTarget = SeriesOwner | { readonly seriesId: string };

/**
 * What ending a series would do, storing nothing: the first day without meetings (`endsOn`, default tomorrow) and
 * the coming meetings that go with their reminders. The chat asks with this before `endSeries` stores it.
 */
export async function previewEndSeries(
  deps: DomainDeps,
  access: SeriesAccess,
  which: EndTarget,
  endsOn: string | null,
): Promise<EndResult> {
  const plan = await planEnd(deps, access, which, endsOn);
  if (!plan.ok) return plan;
  return { ok: true, series: plan.series, endsOn: plan.end, removed: plan.removed };
}

async function planEnd(
  deps: DomainDeps,
  access: SeriesAccess,
  which: EndTarget,
  endsOn: string | null,
): Promise<EndPlan> {
  let series: MeetingSeries;
  if ('seriesId' in which) {
    const stored = await deps.store.meetingSeries(which.seriesId);
    if (!stored) return { ok: false, error: 'no-series' };
    const decision = decide(access.grants, 'meetings', targetOf(stored.scope), access.areas);
    if (!decision.ok) return { ok: false, error: 'forbidden', decision };
    series = stored;
  } else {
    const found = await seriesToChange(deps, access, which);
    if (!found.ok) return found;
    series = found.series;
  }
  const today = localDay(deps.clock.now(), deps.zone);
  const end = endsOn ?? plusDays(today, 1);
  if (isPastMeetingDay(end, today)) return { ok: false, error: 'in-the-past', day: end };
  const exceptions = await deps.store.meetingsOf([series.id]);
  const removed = occurrencesBetween(series, exceptions, end, plusDays(end, 365));
  return { ok: true, series, end, removed };
}

/** Ends a series: no meetings on or after `endsOn` (default: from tomorrow). */
export async function endSeries(
  deps: DomainDeps,
  actor: Actor,
  access: SeriesAccess,
  which: EndTarget,
  endsOn: string | null,
): Promise<EndResult> {
  const plan = await planEnd(deps, access, which, endsOn);
  if (!plan.ok) return plan;
  const { series, end, removed } = plan;
  const ended: MeetingSeries = { ...series, endsOn: end, active: end > series.firstDate };
  await deps.store.transaction(async (tx) => {
    await tx.saveMeetingSeries(ended, deps.clock.now());
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'meeting-series.end',
        entity: 'meeting-series',
        entityId: series.id,
        municipalityCode: auditScope(series.scope),
        before: series,
        after: ended,
      }),
    );
  });
  return { ok: true, series: ended, endsOn: end, removed };
}
