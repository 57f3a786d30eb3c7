import type { DomainDeps } from './deps.ts';
import { activityLabel, attentionOf, type Lang, windowEnded } from './headline.ts';
import type { MonthlyCount } from './ports.ts';
import type { ProgressState } from './progress.ts';
import type { ScopeLookup } from './scope.ts';
import {
  type ActivityLine,
  agreementYear,
  composeSummary,
  type KommunSummary,
  type SummaryWindow,
  summaryPlan,
} from './summary.ts';
import type { Agreement, FollowUpStatus, Municipality, TertialNumber } from './types.ts';

/** A group of kommuner to summarise: a police area or a län. */
export interface AreaScope {
  readonly kind: 'area' | 'county';
  readonly name: string;
  readonly municipalityCodes: readonly string[];
}

/** One kommun of an area summary. `summary` is null when the kommun has no agreement in force. */
export interface AreaLine {
  readonly municipality: Municipality;
  readonly agreement: Agreement | null;
  /**
   * ej nått when any activity of an ended window missed its target; efter when any is behind; klar when all are
   * done; i fas when something is done; else ej påbörjad.
   */
  readonly state: ProgressState | null;
  /** Activities behind (or, in an ended window, that did not reach their target). */
  readonly behind: number;
  /** Activities lacking the status text of the latest ended tertial. */
  readonly missingStatus: number;
  readonly missingTertial: TertialNumber | null;
  readonly onTrack: number;
  readonly total: number;
  /** Activities without a numeric target (followed up in text). */
  readonly textOnly: number;
  readonly summary: KommunSummary | null;
}

export interface AreaSummary {
  readonly scope: AreaScope;
  readonly window: SummaryWindow;
  readonly asOf: number;
  /** Worst first; kommuner without an agreement in force last. */
  readonly lines: readonly AreaLine[];
  readonly tally: {
    readonly kommuner: number;
    readonly withAgreement: number;
    readonly behind: number;
    /** The window is over: "behind" means "did not reach the target". */
    readonly ended: boolean;
  };
}

/** The area scope of a looked-up police area or län; null for a kommun or an unknown word. */
export function areaScopeOf(lookup: ScopeLookup): AreaScope | null {
  if (lookup.kind === 'area') {
    const { name, municipalityCodes } = lookup.area;
    return { kind: 'area', name, municipalityCodes };
  }
  if (lookup.kind === 'county') {
    const codes = lookup.municipalities.map((m) => m.code);
    return { kind: 'county', name: lookup.name, municipalityCodes: codes };
  }
  return null;
}

function kommunState(summary: KommunSummary): ProgressState {
  const { tally } = summary;
  if (tally['ej nått'] > 0) return 'ej nått';
  if (tally.efter > 0) return 'efter';
  if (tally.total > 0 && tally.klar === tally.total) return 'klar';
  if (tally.klar + tally['i fas'] > 0) return 'i fas';
  if (tally['ej påbörjad'] > 0) return 'ej påbörjad';
  return 'följs upp med text';
}

const STATE_RANK: Readonly<Record<ProgressState, number>> = {
  'ej nått': 0,
  efter: 1,
  'ej påbörjad': 2,
  'i fas': 3,
  klar: 4,
  'följs upp med text': 5,
};

/** Worst first: behind count, missing statuses, state, share on track; no agreement last; then by name. */
export function compareAreaLines(a: AreaLine, b: AreaLine): number {
  if ((a.summary === null) !== (b.summary === null)) return a.summary === null ? 1 : -1;
  return (
    b.behind - a.behind ||
    b.missingStatus - a.missingStatus ||
    (a.state === null || b.state === null ? 0 : STATE_RANK[a.state] - STATE_RANK[b.state]) ||
    a.onTrack / Math.max(1, a.total) - b.onTrack / Math.max(1, b.total) ||
    a.municipality.name.localeCompare(b.municipality.name, 'sv')
  );
}

/**
 * One line per kommun of a police area or län over a window: its state and how many activities are behind, worst
 * first. Reads set-based (the agreements, then all their counts and statuses at once): the number of queries does
 * not grow with the number of kommuner, so the national case (290 kommuner) stays a handful of round trips.
 */
export async function summarizeArea(
  deps: DomainDeps,
  scope: AreaScope,
  window: SummaryWindow,
): Promise<AreaSummary> {
  const now = deps.clock.now();
  const codes = [...new Set(scope.municipalityCodes)];
  const bundles = await deps.store.agreementBundlesInYear(codes, agreementYear(window, now, deps.zone));
  const plans = bundles.map((b) => summaryPlan(window, b.agreement, deps.zone));
  const ids = bundles.flatMap((b) => b.activities.map((a) => a.id));
  const years = [...new Set(plans.flatMap((p) => p.years))].sort((a, b) => a - b);
  const firstDay = plans.map((p) => p.firstDay).sort()[0];
  const lastDay = plans
    .map((p) => p.lastDay)
    .sort()
    .at(-1);
  const [monthly, statuses] =
    ids.length === 0 || firstDay === undefined || lastDay === undefined
      ? [[], []]
      : await Promise.all([
          deps.store.monthlyCounts(ids, firstDay, lastDay),
          deps.store.latestStatuses(ids, years),
        ]);
  const byCode = new Map(bundles.map((b) => [b.agreement.municipalityCode, b]));
  const agreementOf = new Map(bundles.flatMap((b) => b.activities.map((a) => [a.id, b.agreement.id])));
  const rowsOf = new Map(
    bundles.map((b) => [b.agreement.id, { monthly: [] as MonthlyCount[], statuses: [] as FollowUpStatus[] }]),
  );
  for (const m of monthly) rowsOf.get(agreementOf.get(m.activityId) ?? '')?.monthly.push(m);
  for (const s of statuses) rowsOf.get(agreementOf.get(s.activityId) ?? '')?.statuses.push(s);
  const lines = codes.map((code): AreaLine => {
    const municipality = deps.register.get(code);
    const bundle = byCode.get(code);
    if (!bundle) {
      return {
        municipality,
        agreement: null,
        state: null,
        behind: 0,
        missingStatus: 0,
        missingTertial: null,
        onTrack: 0,
        total: 0,
        textOnly: 0,
        summary: null,
      };
    }
    const rows = rowsOf.get(bundle.agreement.id) ?? { monthly: [], statuses: [] };
    const data = { ...rows, statistics: [] };
    const summary = composeSummary(municipality, bundle, window, data, now, deps.zone);
    const attention = attentionOf(summary);
    return {
      municipality,
      agreement: bundle.agreement,
      state: kommunState(summary),
      behind: attention.behind.length + attention.missed.length,
      missingStatus: attention.missingStatus.length,
      missingTertial: attention.reportTertial?.tertial ?? null,
      onTrack: attention.onTrack,
      total: attention.total,
      textOnly: attention.textOnly,
      summary,
    };
  });
  lines.sort(compareAreaLines);
  return {
    scope,
    window,
    asOf: now,
    lines,
    tally: {
      kommuner: lines.length,
      withAgreement: lines.filter((l) => l.summary !== null).length,
      behind: lines.filter((l) => l.behind > 0).length,
      ended: lines.some((l) => l.summary !== null && windowEnded(l.summary)),
    },
  };
}

const LINE_WORDS = {
  sv: {
    none: 'saknar gällande medborgarlöfte',
    behind: (n: number) => `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} efter`,
    missed: (n: number) => `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} nådde inte målet`,
    missing: (n: number, t: number) => `${n} utan status T${t}`,
    activities: (n: number) => `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'}`,
    withTarget: (n: number) => `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} med mål`,
    textOnly: (n: number) => `${n} följs upp med text`,
    state: (s: ProgressState) => (s === 'ej nått' ? 'målet nåddes inte' : s),
  },
  en: {
    none: 'no agreement in force',
    behind: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'} behind`,
    missed: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'} did not reach the target`,
    missing: (n: number, t: number) => `${n} missing T${t} status`,
    activities: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`,
    withTarget: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'} with a target`,
    textOnly: (n: number) => `${n} followed up in text`,
    state: (s: ProgressState) =>
      ({
        efter: 'behind',
        'ej nått': 'target not reached',
        'i fas': 'on track',
        klar: 'done',
        'ej påbörjad': 'not started',
        'följs upp med text': 'followed up in text',
      })[s],
  },
} as const;

/**
 * One kommun's line as text: "Sävsjö: efter — 1 aktivitet efter, 1 utan status T1"; with nothing to flag, the
 * activities with a target the state speaks for, then those followed up in text: "Sävsjö: i fas — 2 aktiviteter
 * med mål, 6 följs upp med text" (never "8 aktiviteter", as if all eight were on track). `named` (chat) names the
 * activities flagged by their short labels, as the kommun summary does: "Tranås: efter — 1 aktivitet efter:
 * trafikkontroller; 2 utan status T3: krogkontroller, trygghetsvandringar" (at most three, then "+2").
 */
export function areaLineText(line: AreaLine, lang: Lang = 'sv', named = false): string {
  const w = LINE_WORDS[lang];
  if (line.state === null) return `${line.municipality.name}: ${w.none}`;
  const a = named && line.summary ? attentionOf(line.summary) : null;
  const names = (lines: readonly ActivityLine[]) => {
    if (lines.length === 0) return '';
    const labels = lines.map((l) => activityLabel(l, lang, 'chat'));
    return `: ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ` +${labels.length - 3}` : ''}`;
  };
  const parts: string[] = [];
  if (line.behind > 0)
    parts.push(
      (line.state === 'ej nått' ? w.missed(line.behind) : w.behind(line.behind)) +
        (a ? names([...a.missed, ...a.behind]) : ''),
    );
  if (line.missingStatus > 0 && line.missingTertial !== null)
    parts.push(w.missing(line.missingStatus, line.missingTertial) + (a ? names(a.missingStatus) : ''));
  const withTarget = line.total - line.textOnly;
  if (parts.length === 0 && withTarget === 0) parts.push(w.activities(line.total));
  else if (parts.length === 0) {
    parts.push(w.withTarget(withTarget));
    if (line.textOnly > 0) parts.push(w.textOnly(line.textOnly));
  }
  // Names carry commas of their own: the parts that list some are set apart with semicolons.
  const listed = a !== null && line.behind + line.missingStatus > 0;
  return `${line.municipality.name}: ${w.state(line.state)} — ${parts.join(listed ? '; ' : ', ')}`;
}

/** The area's headline: "LPO Höglandet: 1 av 6 kommuner har aktiviteter efter. 4 saknar gällande medborgarlöfte." */
export function areaHeadline(area: AreaSummary, lang: Lang = 'sv'): string {
  const { kommuner, withAgreement, behind, ended } = area.tally;
  const without = kommuner - withAgreement;
  if (lang === 'en') {
    const what = ended ? 'that did not reach their target' : 'behind';
    const first = `${area.scope.name}: ${behind} of ${kommuner} municipalities ${behind === 1 ? 'has' : 'have'} activities ${what}.`;
    return without > 0
      ? `${first} ${without} ${without === 1 ? 'has' : 'have'} no agreement in force.`
      : first;
  }
  const what = ended ? 'som inte nådde målet' : 'efter';
  const first = `${area.scope.name}: ${behind} av ${kommuner} kommuner har aktiviteter ${what}.`;
  return without > 0 ? `${first} ${without} saknar gällande medborgarlöfte.` : first;
}
