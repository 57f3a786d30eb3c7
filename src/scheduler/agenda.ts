import { activityName } from '../domain/activity-name.ts';
import { activitiesWithText } from '../domain/erased-status.ts';
import { progressOf, scaleTarget } from '../domain/progress.ts';
import {
  localDay,
  periodWindow,
  type TertialRef,
  tertialOf,
  tertialOfDay,
  tertialWindow,
  type Window,
  yearWindow,
} from '../domain/tertial.ts';
import { endedTertialInWindow, statusTextsDue } from '../domain/tertial-due.ts';
import type { Activity } from '../domain/types.ts';
import type { AgendaItem, KommunPlanData, MissingActivity } from './types.ts';

/**
 * What a meeting or a tertial prompt is about, computed from plain data:
 * - missing: the activities of the agreement in force that lack a status for a given tertial;
 * - agenda: the activities behind their target (progressOf says "efter") or lacking a status text that is due.
 */

/**
 * The tertial whose missing status texts a meeting takes up: the one just ended, in its follow-up window (a meeting
 * in January takes up T3's), else today's once its texts are asked for (its last 14 days); none mid-tertial, when no
 * text is due yet — five days into a tertial every activity lacks one, and saying so is noise.
 */
export function textsToTakeUp(asOf: number, zone: string): TertialRef | null {
  const today = localDay(asOf, zone);
  const ended = endedTertialInWindow(today);
  if (ended) return ended;
  const current = tertialOfDay(today);
  return statusTextsDue(current, today) ? current : null;
}

/** Activities of the kommun's agreement for `ref.year` without a status for that tertial, in document order. */
export function missingActivities(kommun: KommunPlanData, ref: TertialRef): MissingActivity[] {
  const bundle = kommun.agreementsByYear.get(ref.year);
  if (!bundle) return [];
  return missingOf(kommun.code, bundle.activities, activitiesWithText(kommun.statuses, ref));
}

/** The activities of an agreement (in document order) not in `reported`, each with its number and short-label parts. */
export function missingOf(
  code: string,
  activities: readonly Activity[],
  reported: ReadonlySet<string>,
): MissingActivity[] {
  return activities.flatMap((a, i) =>
    reported.has(a.id)
      ? []
      : [{ municipalityCode: code, activityId: a.id, ...labelParts(a, i), responsible: a.responsible }],
  );
}

/** What names an activity in a reminder: its chat name (short name, else signed text), number, kind, short name. */
function labelParts(a: Activity, index: number) {
  // Reminders are chat: the activity by its short name when it has one.
  return { text: activityName(a), number: index + 1, kind: a.kind ?? null, shortName: a.shortName ?? null };
}

/** The agenda of a samverkansmöte for one kommun, judged at `asOf` (the tertial and counts of that instant). */
export function agendaOf(kommun: KommunPlanData, asOf: number, zone: string): AgendaItem[] {
  const ref = tertialOf(asOf, zone);
  const bundle = kommun.agreementsByYear.get(ref.year);
  if (!bundle) return [];
  const texts = textsToTakeUp(asOf, zone);
  const missingTexts = texts ? missingActivities(kommun, texts) : [];
  const missing = new Set(missingTexts.map((m) => m.activityId));
  const statusFor = texts ? { statusFor: { year: texts.year, tertial: texts.tertial } } : {};
  const periodYears = bundle.agreement.periodTo - bundle.agreement.periodFrom + 1;
  const items: AgendaItem[] = [];
  for (const [index, activity] of bundle.activities.entries()) {
    const progress = judge(
      activity,
      kommun,
      ref,
      periodYears,
      bundle.agreement.periodFrom,
      bundle.agreement.periodTo,
      asOf,
      zone,
    );
    const reasons: AgendaItem['reasons'][number][] = [];
    if (progress?.behind) reasons.push('behind');
    if (missing.delete(activity.id)) reasons.push('no-status');
    if (reasons.length === 0) continue;
    items.push({
      municipalityCode: kommun.code,
      activityId: activity.id,
      ...labelParts(activity, index),
      responsible: activity.responsible,
      reasons,
      ...(reasons.includes('no-status') ? statusFor : {}),
      done: progress?.done ?? null,
      target: progress?.target ?? null,
    });
  }
  // At the turn of a year the texts due are the ended year's, whose agreement may be another: its activities too.
  for (const m of missingTexts.filter((x) => missing.has(x.activityId)))
    items.push({ ...m, reasons: ['no-status'], ...statusFor, done: null, target: null });
  return items;
}

function judge(
  activity: Activity,
  kommun: KommunPlanData,
  ref: TertialRef,
  periodYears: number,
  periodFrom: number,
  periodTo: number,
  asOf: number,
  zone: string,
): { behind: boolean; done: number; target: number } | null {
  const target = activity.target;
  if (!target) return null;
  let window: Window;
  let wanted: number;
  let done: number;
  if (target.per === 'tertial') {
    window = tertialWindow(ref, zone);
    wanted = scaleTarget(target, 1 / 3, periodYears);
    done = kommun.counts.tertial[activity.id] ?? 0;
  } else if (target.per === 'year') {
    window = yearWindow(ref.year, zone);
    wanted = scaleTarget(target, 1, periodYears);
    done = kommun.counts.year[activity.id] ?? 0;
  } else {
    window = periodWindow(periodFrom, periodTo, zone);
    wanted = target.count;
    done = kommun.counts.period[activity.id] ?? 0;
  }
  const state = progressOf(done, wanted, window, asOf).state;
  return { behind: state === 'efter' || state === 'ej nått', done, target: wanted };
}
