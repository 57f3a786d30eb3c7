import { auditOf, type DomainDeps } from './deps.ts';
import type { Access } from './log-activity.ts';
import { type Denied, decide, type PermissionDecision } from './permissions.ts';
import type { TertialRef } from './tertial.ts';
import { type Actor, STATISTIC_CATEGORIES, type Statistic, type StatisticCategory } from './types.ts';

/**
 * The tertial's drug-crime statistics of a kommun: for each of the six categories, the number of suspicions and
 * how many of them concern people aged 21 or younger.
 */

export const MAX_STATISTIC = 99_999;

export interface StatisticFigure {
  readonly category: StatisticCategory;
  readonly count: number;
  readonly youth: number | null;
}

export type FigureError = 'bad-number' | 'too-large' | 'youth-over-count';

export type StatisticsResult =
  | { readonly ok: true; readonly saved: readonly Statistic[] }
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | {
      readonly ok: false;
      readonly error: 'invalid';
      readonly fields: Readonly<Partial<Record<StatisticCategory, FigureError>>>;
    };

/** The figures stored for a kommun and tertial, by category. */
export async function statisticsSheet(
  deps: DomainDeps,
  municipalityCode: string,
  tertial: TertialRef,
): Promise<Map<StatisticCategory, Statistic>> {
  const all = await deps.store.statisticsOf(municipalityCode, [tertial.year]);
  return new Map(all.filter((s) => s.tertial === tertial.tertial).map((s) => [s.category, s]));
}

/** May this person report statistics for the kommun? */
export function statisticsDecision(access: Access, municipalityCode: string): PermissionDecision {
  return decide(access.grants, 'statistics', { type: 'kommun', code: municipalityCode }, access.areas);
}

/**
 * Stores the figures (each replaces the earlier figure of its category); unchanged ones are skipped. All figures
 * are validated first — whole numbers, youth not above the count — and stored in one transaction with audit.
 */
export async function recordStatistics(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  input: {
    readonly municipalityCode: string;
    readonly tertial: TertialRef;
    readonly figures: readonly StatisticFigure[];
  },
): Promise<StatisticsResult> {
  const decision = statisticsDecision(access, input.municipalityCode);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const fields: Partial<Record<StatisticCategory, FigureError>> = {};
  for (const f of input.figures) {
    const numbers = f.youth === null ? [f.count] : [f.count, f.youth];
    if (!STATISTIC_CATEGORIES.includes(f.category) || numbers.some((n) => !Number.isInteger(n) || n < 0)) {
      fields[f.category] = 'bad-number';
    } else if (numbers.some((n) => n > MAX_STATISTIC)) fields[f.category] = 'too-large';
    else if (f.youth !== null && f.youth > f.count) fields[f.category] = 'youth-over-count';
  }
  if (Object.keys(fields).length > 0) return { ok: false, error: 'invalid', fields };
  const before = await statisticsSheet(deps, input.municipalityCode, input.tertial);
  const now = deps.clock.now();
  const saved: Statistic[] = input.figures
    .filter((f) => {
      const old = before.get(f.category);
      return !old || old.count !== f.count || old.youth !== f.youth;
    })
    .map((f) => ({
      municipalityCode: input.municipalityCode,
      year: input.tertial.year,
      tertial: input.tertial.tertial,
      category: f.category,
      count: f.count,
      youth: f.youth,
      actor: actor.person,
      platform: actor.platform,
      createdAt: now,
    }));
  if (saved.length === 0) return { ok: true, saved };
  await deps.store.transaction(async (tx) => {
    for (const s of saved) {
      await tx.putStatistic(s);
      await tx.appendAudit(
        auditOf(deps, actor, {
          action: 'statistic.put',
          entity: 'statistic',
          entityId: `${s.municipalityCode}/${s.year}/T${s.tertial}/${s.category}`,
          municipalityCode: s.municipalityCode,
          before: before.get(s.category) ?? null,
          after: s,
        }),
      );
    }
  });
  return { ok: true, saved };
}
