import type { AgreementBundle, CountsByActivity, Store } from '../../domain/ports.ts';
import { localDay, periodWindow, tertialOf, tertialWindow, yearWindow } from '../../domain/tertial.ts';
import type { Agreement } from '../../domain/types.ts';
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
  const years = [...new Set([asOfYear, ...range(fromYear, toYear)])].sort();

  const agreementsByCode = new Map<string, Map<number, AgreementBundle>>();
  const bundles = new Map<string, AgreementBundle>();
  for (const year of years) {
    const inForce = await store.agreementsInYear(year);
    for (const [code, candidates] of groupByCode(inForce)) {
      const bundle =
        candidates.length === 1
          ? await cachedBundle(store, bundles, candidates[0] as Agreement)
          : await store.agreementForYear(code, year);
      if (!bundle) continue;
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
  const currentIds = [...agreementsByCode.values()].flatMap(
    (m) => m.get(ref.year)?.activities.map((a) => a.id) ?? [],
  );
  const [tertialCounts, yearCounts] = await Promise.all([
    store.registrationCounts(currentIds, tw.firstDay, tw.lastDay),
    store.registrationCounts(currentIds, yw.firstDay, yw.lastDay),
  ]);

  const kommuner = new Map<string, KommunPlanData>();
  const scopeNames = new Map<string, string>();
  for (const [code, byYear] of agreementsByCode) {
    const current = byYear.get(ref.year);
    let period: CountsByActivity = {};
    if (current) {
      const pw = periodWindow(current.agreement.periodFrom, current.agreement.periodTo, zone);
      period = await store.registrationCounts(
        current.activities.map((a) => a.id),
        pw.firstDay,
        pw.lastDay,
      );
    }
    const ids = new Set([...byYear.values()].flatMap((b) => b.activities.map((a) => a.id)));
    kommuner.set(code, {
      code,
      name: names.byCodeOrNull(code)?.name ?? code,
      agreementsByYear: byYear,
      statuses: statuses.filter((s) => ids.has(s.activityId)),
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

async function cachedBundle(
  store: Store,
  cache: Map<string, AgreementBundle>,
  a: Agreement,
): Promise<AgreementBundle | null> {
  return cache.get(a.id) ?? (await store.agreementBundle(a.id));
}

function groupByCode(agreements: readonly Agreement[]): Map<string, Agreement[]> {
  const out = new Map<string, Agreement[]>();
  for (const a of agreements) out.set(a.municipalityCode, [...(out.get(a.municipalityCode) ?? []), a]);
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
