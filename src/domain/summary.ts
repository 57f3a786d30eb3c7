import { type ActivityKind, activityKind } from './activity-kinds.ts';
import type { DomainDeps } from './deps.ts';
import { hasStatusText } from './erased-status.ts';
import type { AgreementBundle, MonthlyCount } from './ports.ts';
import { type Progress, type ProgressState, progressOf, scaleTarget } from './progress.ts';
import {
  periodWindow,
  type TertialRef,
  tertialOf,
  tertialOfMonth,
  tertialsOfPeriod,
  tertialWindow,
  type Window,
  yearWindow,
} from './tertial.ts';
import type {
  Activity,
  Agreement,
  Commitment,
  FollowUpStatus,
  Municipality,
  Statistic,
  TertialNumber,
} from './types.ts';

/** What a summary covers: one tertial, one calendar year, or the agreement's whole period. */
export type SummaryWindow =
  | { readonly kind: 'tertial'; readonly year: number; readonly tertial: TertialNumber }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'period' };

/** One tertial of one activity: what was registered and the latest status text. */
export interface TertialCell {
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly count: number;
  readonly status: FollowUpStatus | null;
}

export interface ActivityLine {
  readonly activity: Activity;
  readonly kind: ActivityKind | null;
  /** Registered (non-voided) count within the window. */
  readonly done: number;
  /** The target scaled to the window, or null when the activity has no number. */
  readonly target: number | null;
  readonly progress: Progress | null;
  readonly state: ProgressState;
  /** Every tertial of the window's years (period: every tertial of the agreement), in order. */
  readonly tertials: readonly TertialCell[];
  /** The status of the tertial the summary is "about" (see KommunSummary.focusTertial), or null. */
  readonly focusStatus: FollowUpStatus | null;
}

export interface CommitmentGroup {
  readonly commitment: Commitment | null;
  readonly activities: readonly ActivityLine[];
}

export interface KommunSummary {
  readonly municipality: Municipality;
  readonly agreement: Agreement;
  readonly window: SummaryWindow;
  readonly range: Window;
  /**
   * The tertial whose status texts count as "this tertial": a tertial window's own; for a year or the period the
   * current one if inside the window, else the window's last.
   */
  readonly focusTertial: TertialRef;
  readonly asOf: number;
  readonly groups: readonly CommitmentGroup[];
  readonly activities: readonly ActivityLine[];
  readonly statistics: readonly Statistic[];
  readonly tally: Readonly<Record<ProgressState, number>> & {
    readonly total: number;
    readonly withoutStatus: number;
  };
}

export type SummaryResult =
  | { readonly ok: true; readonly summary: KommunSummary }
  | {
      readonly ok: false;
      readonly error: 'no-agreement';
      readonly municipality: Municipality;
      readonly year: number | null;
    };

/** The range of a window inside an agreement's period. */
export function windowRange(window: SummaryWindow, agreement: Agreement, zone: string): Window {
  if (window.kind === 'tertial') return tertialWindow(window, zone);
  if (window.kind === 'year') return yearWindow(window.year, zone);
  return periodWindow(agreement.periodFrom, agreement.periodTo, zone);
}

function windowYears(window: SummaryWindow, agreement: Agreement): number {
  if (window.kind === 'tertial') return 1 / 3;
  if (window.kind === 'year') return 1;
  return agreement.periodTo - agreement.periodFrom + 1;
}

function tertialsOfWindow(window: SummaryWindow, agreement: Agreement): TertialRef[] {
  if (window.kind === 'period') return tertialsOfPeriod(agreement.periodFrom, agreement.periodTo);
  return tertialsOfPeriod(window.year, window.year);
}

function inWindow(ref: TertialRef, window: SummaryWindow): boolean {
  if (window.kind === 'tertial') return ref.year === window.year && ref.tertial === window.tertial;
  if (window.kind === 'year') return ref.year === window.year;
  return true;
}

/**
 * The activity as it stood over a window that was over before its target was changed: judged by the target then
 * in force (the signed one), with nothing "ändrat" — a change in June does not rewrite T1's verdict. A window the
 * change falls in, or after it, has today's target with its note. The store keeps the signed target and the day of
 * the latest change, so with two changes a window between them is judged by the signed target.
 */
export function targetInForce(activity: Activity, windowLastDay: string): Activity {
  const change = activity.targetChange;
  if (!change || windowLastDay >= change.on) return activity;
  return { ...activity, target: change.signed, targetChange: null };
}

/** The calendar year whose agreement a window is about: the window's year, or the current year for `period`. */
export function agreementYear(window: SummaryWindow, now: number, zone: string): number {
  return window.kind === 'period' ? tertialOf(now, zone).year : window.year;
}

/** What a summary of `agreement` over `window` reads: the tertials, their years, and the day range of the counts. */
export interface SummaryPlan {
  readonly refs: readonly TertialRef[];
  readonly years: readonly number[];
  readonly firstDay: string;
  readonly lastDay: string;
}

export function summaryPlan(window: SummaryWindow, agreement: Agreement, zone: string): SummaryPlan {
  const refs = tertialsOfWindow(window, agreement);
  const first = refs[0] as TertialRef;
  const last = refs[refs.length - 1] as TertialRef;
  return {
    refs,
    years: [...new Set(refs.map((r) => r.year))],
    firstDay: tertialWindow(first, zone).firstDay,
    lastDay: tertialWindow(last, zone).lastDay,
  };
}

/** The rows a summary is computed from. Rows of other activities or kommuner are ignored, so they may be shared. */
export interface SummaryData {
  readonly monthly: readonly MonthlyCount[];
  readonly statuses: readonly FollowUpStatus[];
  readonly statistics: readonly Statistic[];
}

/**
 * The summary of a kommun's agreement over a window: per promise and activity, what was registered per tertial,
 * the latest status texts, progress against the (scaled) target and its state; the drug statistics of the years.
 * The agreement is the one in force in the window's year (the current year for `period`).
 * Reads only this kommun's rows: one agreement, its activities, their registrations, statuses and statistics.
 */
export async function summarizeKommun(
  deps: DomainDeps,
  municipalityCode: string,
  window: SummaryWindow,
): Promise<SummaryResult> {
  const municipality = deps.register.get(municipalityCode);
  const now = deps.clock.now();
  const year = agreementYear(window, now, deps.zone);
  const bundle = await deps.store.agreementForYear(municipalityCode, year);
  if (!bundle) return { ok: false, error: 'no-agreement', municipality, year };
  const plan = summaryPlan(window, bundle.agreement, deps.zone);
  const ids = bundle.activities.map((a) => a.id);
  const [monthly, statuses, statistics] = await Promise.all([
    deps.store.monthlyCounts(ids, plan.firstDay, plan.lastDay),
    deps.store.latestStatuses(ids, plan.years),
    deps.store.statisticsOf(municipalityCode, plan.years),
  ]);
  const summary = composeSummary(
    municipality,
    bundle,
    window,
    { monthly, statuses, statistics },
    now,
    deps.zone,
  );
  return { ok: true, summary };
}

/**
 * The pure half of `summarizeKommun`: the summary of `bundle` over `window` at `now`, from rows already read.
 * Area summaries read the rows of many kommuner in a few set-based queries and call this once per kommun.
 */
export function composeSummary(
  municipality: Municipality,
  bundle: AgreementBundle,
  window: SummaryWindow,
  data: SummaryData,
  now: number,
  zone: string,
): KommunSummary {
  const { agreement, commitments, activities } = bundle;
  const current = tertialOf(now, zone);
  const range = windowRange(window, agreement, zone);
  const { refs } = summaryPlan(window, agreement, zone);
  const last = refs[refs.length - 1] as TertialRef;
  const cellCount = new Map<string, number>();
  for (const m of data.monthly) {
    const key = `${m.activityId}|${m.month.slice(0, 4)}|${tertialOfMonth(Number(m.month.slice(5, 7)))}`;
    cellCount.set(key, (cellCount.get(key) ?? 0) + m.count);
  }
  const statusOf = new Map(data.statuses.map((s) => [`${s.activityId}|${s.year}|${s.tertial}`, s]));
  // A tertial asked for is the focus itself; a year or period focuses on the current tertial while it runs.
  const focusTertial: TertialRef =
    window.kind === 'tertial'
      ? { year: window.year, tertial: window.tertial }
      : refs.some((r) => r.year === current.year && r.tertial === current.tertial)
        ? current
        : last;
  const periodYears = agreement.periodTo - agreement.periodFrom + 1;

  const lines = activities.map((changed): ActivityLine => {
    const activity = targetInForce(changed, range.lastDay);
    const tertials = refs.map((ref) => ({
      year: ref.year,
      tertial: ref.tertial,
      count: cellCount.get(`${activity.id}|${ref.year}|${ref.tertial}`) ?? 0,
      status: statusOf.get(`${activity.id}|${ref.year}|${ref.tertial}`) ?? null,
    }));
    const done = tertials.filter((c) => inWindow(c, window)).reduce((sum, c) => sum + c.count, 0);
    const target = activity.target
      ? scaleTarget(activity.target, windowYears(window, agreement), periodYears)
      : null;
    const progress = target === null ? null : progressOf(done, target, range, now, zone);
    const focusStatus = statusOf.get(`${activity.id}|${focusTertial.year}|${focusTertial.tertial}`) ?? null;
    const state: ProgressState = progress ? progress.state : 'följs upp med text';
    return {
      activity,
      kind: activity.kind ? activityKind(activity.kind) : null,
      done,
      target,
      progress,
      state,
      tertials,
      focusStatus,
    };
  });

  const groups: CommitmentGroup[] = commitments.map((commitment) => ({
    commitment,
    activities: lines.filter((l) => l.activity.commitmentId === commitment.id),
  }));
  const loose = lines.filter((l) => l.activity.commitmentId === null);
  if (loose.length > 0 || groups.length === 0) groups.push({ commitment: null, activities: loose });

  const tally = {
    total: lines.length,
    klar: 0,
    'i fas': 0,
    efter: 0,
    'ej nått': 0,
    'ej påbörjad': 0,
    'följs upp med text': 0,
    withoutStatus: 0,
  };
  for (const l of lines) {
    tally[l.state]++;
    if (!hasStatusText(l.focusStatus)) tally.withoutStatus++;
  }
  return {
    municipality,
    agreement,
    window,
    range,
    focusTertial,
    asOf: now,
    groups,
    activities: lines,
    statistics: data.statistics.filter(
      (s) => s.municipalityCode === municipality.code && inWindow(s, window),
    ),
    tally,
  };
}
