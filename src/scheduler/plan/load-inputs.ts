import type { AgreementBundle, CountsByActivity, Store } from '../../domain/ports.ts';
import { localDay, periodWindow, tertialOf, tertialWindow, yearWindow } from '../../domain/tertial.ts';
import type { FollowUpStatus } from '../../domain/types.ts';
import type { KommunPlanData, PlanInputs, PlanWindow, ReminderOffsets } from '../types.ts';
import { scopeKey } from '../types.ts';

/** Names of kommuner by kommunkod (the MunicipalityRegister fits). */
export interface KommunNames {
  byCodeOrNull(code: string): { readonly name: string } | null;
}

export interface LoadOptions {
  readonly zone: string;
  readonly asOf: number;
  readonly offsets: ReminderOffsets;
}

/** Slack around the window for tertials whose prompts or overdue notices may fall inside it. */
const YEAR_SLACK_DAYS = 40;

/**
 * Reads everything `plan` needs for `window` from the Store: police areas, active series and their exceptions,
 * bindings, roles, and for every kommun with an agreement in the years around the window its agreements,
 * latest statuses and registered counts (for the agenda, at `asOf`). A handful of reads; no writes.
 */
export async function loadPlanInputs(
  store: Store,
  names: KommunNames,
  window: PlanWindow,
  options: LoadOptions,
): Promise<PlanInputs> {
  const { zone, asOf } = options;
  const [areas, allSeries, bindings, roles] = await Promise.all([
    store.listPoliceAreas(),
    store.allMeetingSeries(),
    store.allBindings(),
    store.allRoles(),
  ]);
  const series = allSeries.filter((s) => s.active);
  const exceptions = await store.meetingsOf(series.map((s) => s.id));

  const asOfYear = tertialOf(asOf, zone).year;
  const fromYear = Number(localDay(window.start - YEAR_SLACK_DAYS * 86_400_000, zone).slice(0, 4));
  const toYear = Number(localDay(window.end + YEAR_SLACK_DAYS * 86_400_000, zone).slice(0, 4));
  // toYear + 1: whether an agreement ending this year already has its successor (renewal reminders).
  const years = [...new Set([asOfYear, ...range(fromYear, toYear + 1)])].sort();

  const agreementsByCode = new Map<string, Map<number, AgreementBundle>>();
  const bundles = new Map<string, AgreementBundle>();
  for (const year of years) {
    // Set-based: three reads per year, not two per agreement (see docs/performance.md).
    const codes = [...new Set((await store.agreementsInYear(year)).map((a) => a.municipalityCode))];
    for (const bundle of await store.agreementBundlesInYear(codes, year)) {
      const code = bundle.agreement.municipalityCode;
      bundles.set(bundle.agreement.id, bundle);
      const byYear = agreementsByCode.get(code) ?? new Map<number, AgreementBundle>();
      byYear.set(year, bundle);
      agreementsByCode.set(code, byYear);
    }
  }

  const allIds = [...bundles.values()].flatMap((b) => b.activities.map((a) => a.id));
  const statuses = await store.latestStatuses(allIds, years);
  const ref = tertialOf(asOf, zone);
  const tw = tertialWindow(ref, zone);
  const yw = yearWindow(ref.year, zone);
  // The agenda judges each activity against its own target's basis only (see agenda.ts), so each count is read
  // for the activities with that basis alone: a year's registrations are not also scanned as part of the tertial
  // and the period (at 1,000,000 registrations this was most of a re-plan; docs/performance.md).
  const current = [...agreementsByCode.values()].flatMap((m) => m.get(ref.year)?.activities ?? []);
  const idsPer = (basis: string) => current.filter((a) => a.target?.per === basis).map((a) => a.id);
  const [tertialCounts, yearCounts] = await Promise.all([
    store.registrationCounts(idsPer('tertial'), tw.firstDay, tw.lastDay),
    store.registrationCounts(idsPer('year'), yw.firstDay, yw.lastDay),
  ]);

  // Period counts: one read per distinct agreement period (most kommuner share one), not one per kommun.
  const periodIds = new Map<string, string[]>();
  for (const byYear of agreementsByCode.values()) {
    const current = byYear.get(ref.year);
    if (!current) continue;
    const key = `${current.agreement.periodFrom}-${current.agreement.periodTo}`;
    const ids = current.activities.filter((a) => a.target?.per === 'period').map((a) => a.id);
    periodIds.set(key, [...(periodIds.get(key) ?? []), ...ids]);
  }
  const periodCounts = new Map<string, CountsByActivity>();
  for (const [key, ids] of periodIds) {
    const [from, to] = key.split('-').map(Number) as [number, number];
    const pw = periodWindow(from, to, zone);
    periodCounts.set(key, await store.registrationCounts(ids, pw.firstDay, pw.lastDay));
  }
  const statusesOf = new Map<string, FollowUpStatus[]>();
  for (const s of statuses) statusesOf.set(s.activityId, [...(statusesOf.get(s.activityId) ?? []), s]);

  const kommuner = new Map<string, KommunPlanData>();
  const scopeNames = new Map<string, string>();
  for (const [code, byYear] of agreementsByCode) {
    const current = byYear.get(ref.year);
    const period = current
      ? (periodCounts.get(`${current.agreement.periodFrom}-${current.agreement.periodTo}`) ?? {})
      : {};
    const ids = [...new Set([...byYear.values()].flatMap((b) => b.activities.map((a) => a.id)))];
    kommuner.set(code, {
      code,
      name: names.byCodeOrNull(code)?.name ?? code,
      agreementsByYear: byYear,
      statuses: ids.flatMap((id) => statusesOf.get(id) ?? []),
      counts: { tertial: tertialCounts, year: yearCounts, period },
    });
  }
  for (const code of new Set([
    ...kommuner.keys(),
    ...[...series.map((s) => s.scope), ...bindings.map((b) => b.scope)]
      .filter((s) => s.type === 'kommun')
      .map((s) => s.id),
  ])) {
    scopeNames.set(scopeKey({ type: 'kommun', id: code }), names.byCodeOrNull(code)?.name ?? code);
  }
  for (const area of areas) scopeNames.set(scopeKey({ type: 'area', id: area.id }), area.name);

  return {
    zone,
    asOf,
    offsets: options.offsets,
    areas,
    series,
    exceptions,
    bindings,
    roles,
    kommuner,
    scopeNames,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
