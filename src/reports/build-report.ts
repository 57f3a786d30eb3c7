import { DateTime } from 'luxon';
import { kindLabel } from '../domain/activity-kinds.ts';
import type { DomainDeps } from '../domain/deps.ts';
import { headline, type Lang } from '../domain/headline.ts';
import { type ProgressState, progressOf } from '../domain/progress.ts';
import type { ActivityLine, KommunSummary } from '../domain/summary.ts';
import { summarizeKommun } from '../domain/summary.ts';
import { countInWindow, expectedSoFar, signedCount, signedTarget } from '../domain/target.ts';
import { targetChangeText } from '../domain/target-change.ts';
import { localDay, tertialLastDay, tertialOf, tertialWindow } from '../domain/tertial.ts';
import { endedTertialInWindow } from '../domain/tertial-due.ts';
import type { Municipality, TertialNumber } from '../domain/types.ts';
import { cellText } from './cells.ts';
import { reportLabels } from './labels.ts';
import type { Report, ReportCell, ReportRow, ReportSection } from './model.ts';
import { buildStatistics } from './statistics.ts';

export interface ReportOptions {
  /** Calendar year of the follow-up; default the current year. */
  readonly year?: number;
  /** Tertial of the follow-up; default 3 for past years, the current tertial for the current year. */
  readonly tertial?: TertialNumber;
  readonly lang?: Lang;
}

export type ReportResult =
  | { readonly ok: true; readonly report: Report }
  | {
      readonly ok: false;
      readonly error: 'no-agreement';
      readonly municipality: Municipality;
      readonly year: number;
    }
  | {
      readonly ok: false;
      readonly error: 'not-started';
      readonly year: number;
      readonly tertial: TertialNumber;
    };

/** "12 maj 2026" / "12 May 2026" in the configured zone. */
export function formatDay(ms: number, zone: string, lang: Lang): string {
  return DateTime.fromMillis(ms, { zone })
    .setLocale(lang === 'en' ? 'en-GB' : 'sv')
    .toFormat('d MMMM yyyy');
}

function buildRow(
  line: ActivityLine,
  ctx: {
    year: number;
    upTo: TertialNumber;
    complete: boolean;
    asOf: number;
    summary: KommunSummary;
    zone: string;
    lang: Lang;
  },
  monthly: readonly number[],
): { row: ReportRow; line: ActivityLine } {
  const own = line.tertials.filter((c) => c.year === ctx.year);
  const reported = own.map((c) => (c.tertial <= ctx.upTo ? c : { ...c, count: 0, status: null }));
  const done = reported.reduce((s, c) => s + c.count, 0);
  const progress =
    line.target === null ? null : progressOf(done, line.target, ctx.summary.range, ctx.asOf, ctx.zone);
  const state: ProgressState = progress ? progress.state : 'följs upp med text';
  const yearTotal = ctx.upTo === 3 && done > 0 ? done : null;
  const cells = ([1, 2, 3] as const).map((t): ReportCell => {
    const c = reported.find((x) => x.tertial === t);
    const status = c?.status ?? null;
    const registered = c?.count ?? 0;
    const total = t === 3 ? yearTotal : null;
    const facts = {
      status: status?.text ?? null,
      registered,
      yearTotal: total,
      yearOver: ctx.complete,
      year: ctx.year,
    };
    return {
      tertial: t,
      reported: t <= ctx.upTo,
      text: cellText(line, facts, ctx.lang),
      status: status?.text ?? null,
      statusDay: status ? localDay(status.createdAt, ctx.zone) : null,
      registered,
      yearTotal: total,
    };
  }) as [ReportCell, ReportCell, ReportCell];
  const adjusted = { ...line, done, progress, state };
  const row: ReportRow = {
    activityId: line.activity.id,
    text: line.activity.text,
    responsible: line.activity.responsible,
    kind: line.activity.kind,
    unit: line.kind ? kindLabel(line.kind, 2, ctx.lang) : null,
    target: line.target,
    agreedTarget: line.activity.target,
    counted: countInWindow(String(done), ctx.summary.window, ctx.summary.agreement, ctx.lang),
    signedTarget: signedTarget(adjusted, ctx.summary.window, ctx.summary.agreement, ctx.lang),
    signed: signedCount(adjusted, ctx.summary.window, ctx.summary.agreement, ctx.lang),
    expectedSoFar: expectedSoFar(adjusted),
    ...(line.activity.targetChange
      ? { targetNote: targetChangeText(line.activity.targetChange, ctx.lang) }
      : {}),
    done,
    ratio: progress ? progress.ratio : null,
    state,
    cells,
    monthly,
  };
  return { row, line: { ...adjusted, tertials: reported } };
}

/**
 * The follow-up document of a kommun for one year up to one tertial, in the form of the seed documents: heading,
 * the promises, one table per promise (`Aktivitet | Tertial 1 | Tertial 2 | Tertial 3`) and the statistics.
 * Figures are as of the end of that tertial (or now, while it runs): later registrations and statuses are left out.
 */
export async function buildReport(
  deps: DomainDeps,
  municipalityCode: string,
  options: ReportOptions = {},
): Promise<ReportResult> {
  const lang = options.lang ?? 'sv';
  const l = reportLabels(lang);
  const now = deps.clock.now();
  const current = tertialOf(now, deps.zone);
  // A tertial without a year is the latest such tertial that has begun (in January, tertial 3 is last year's).
  let year =
    options.year ??
    (options.tertial !== undefined && options.tertial > current.tertial ? current.year - 1 : current.year);
  // Nothing named, in January before this year's agreement is stored: the year just ended, whose T3 is followed up.
  const ended = endedTertialInWindow(localDay(now, deps.zone));
  if (options.year === undefined && options.tertial === undefined && ended && ended.year < year) {
    if ((await deps.store.agreementForYear(municipalityCode, year)) === null) year = ended.year;
  }
  const upTo: TertialNumber =
    options.tertial ?? (year < current.year ? 3 : year === current.year ? current.tertial : 1);
  if (year > current.year || (year === current.year && upTo > current.tertial))
    return { ok: false, error: 'not-started', year, tertial: upTo };
  const end = tertialWindow({ year, tertial: upTo }, deps.zone).end;
  const complete = now >= end;
  const asOf = complete ? end : now;
  const result = await summarizeKommun({ ...deps, clock: { now: () => asOf } }, municipalityCode, {
    kind: 'year',
    year,
  });
  if (!result.ok) return { ok: false, error: 'no-agreement', municipality: result.municipality, year };
  const summary = result.summary;
  const ids = summary.activities.map((a) => a.activity.id);
  const lastDay = complete ? tertialLastDay({ year, tertial: upTo }) : localDay(now, deps.zone);
  const monthlyRows = await deps.store.monthlyCounts(ids, `${year}-01-01`, lastDay);
  const monthlyOf = (id: string): number[] => {
    const months = new Array<number>(12).fill(0);
    for (const m of monthlyRows) {
      if (m.activityId !== id) continue;
      const i = Number(m.month.slice(5, 7)) - 1;
      months[i] = (months[i] ?? 0) + m.count;
    }
    return months;
  };

  const ctx = { year, upTo, complete, asOf, summary, zone: deps.zone, lang };
  const built = new Map(
    summary.activities.map((line) => [line.activity.id, buildRow(line, ctx, monthlyOf(line.activity.id))]),
  );
  const groups = summary.groups.filter((g) => g.activities.length > 0);
  const hasCommitments = groups.some((g) => g.commitment !== null);
  const sections: ReportSection[] = groups.map((g) => ({
    commitment: g.commitment?.text ?? null,
    title: g.commitment?.text ?? (hasCommitments ? l.otherActivities : l.looseActivities),
    rows: g.activities.map((a) => built.get(a.activity.id)?.row as ReportRow),
  }));
  const adjusted: KommunSummary = {
    ...summary,
    activities: summary.activities.map((a) => built.get(a.activity.id)?.line as ActivityLine),
  };
  const { municipality: m, agreement: a } = summary;
  const ordinal = l.ordinal[upTo];
  const zoneTime = (ms: number) => DateTime.fromMillis(ms, { zone: deps.zone }).toISO() as string;
  const intro = complete
    ? l.intro(ordinal, year)
    : `${l.intro(ordinal, year)} ${l.asOf(formatDay(now, deps.zone, lang))}`;
  const footer = [l.footer(formatDay(now, deps.zone, lang)), a.isDemo ? l.demo : ''].join(' ').trim();
  return {
    ok: true,
    report: {
      lang,
      municipality: { code: m.code, name: m.name, countyName: m.countyName },
      agreement: {
        id: a.id,
        title: a.title,
        periodFrom: a.periodFrom,
        periodTo: a.periodTo,
        isDemo: a.isDemo,
      },
      year,
      tertial: upTo,
      complete,
      asOf: zoneTime(asOf),
      generatedAt: zoneTime(now),
      texts: {
        kommun: l.kommun(m.name),
        title: a.title,
        period: l.period(ordinal, year),
        followUpHeading: l.followUpOf(m.name),
        intro,
        commitmentsHeading: l.commitmentsHeading(m.name, a.periodFrom, a.periodTo),
        activitiesHeading: l.activitiesHeading(m.name),
        progressHeading: l.progressHeading(year),
        chartsHeading: l.chartsHeading(year),
        statisticsHeading: l.statisticsHeading(year),
        footer,
      },
      headline: headline(adjusted, lang),
      commitments: summary.groups.flatMap((g) => (g.commitment ? [g.commitment.text] : [])),
      sections,
      statistics: buildStatistics(summary.statistics, year, upTo, lang, complete),
    },
  };
}
