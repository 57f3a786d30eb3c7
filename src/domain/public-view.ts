import { isErasedStatus } from './erased-status.ts';
import { maskForPublishing } from './personal-data/publish-checks.ts';
import type { ProgressState } from './progress.ts';
import { publicText, publicTitle, shownActivityText, WITHHELD_TEXT } from './public-texts.ts';
import type { ActivityLine, KommunSummary } from './summary.ts';
import { expectedSoFar } from './target.ts';
import type { TargetChange } from './target-change.ts';
import type { TertialRef } from './tertial.ts';
import type {
  Agreement,
  FollowUpStatus,
  Municipality,
  Responsible,
  StatisticCategory,
  Target,
  TertialNumber,
} from './types.ts';

/**
 * What of a summary may reach a public page, and nothing more. The public view is a projection of the summaries the
 * chat and the reports use (nothing is computed again): it keeps the promises, the activities with their responsible
 * party and target, progress, and the status texts a coordinator has marked as published. It has no field for a
 * person, an actor, a note or an unpublished text, so none can leak by accident; figures that count people are
 * suppressed below SMALL_NUMBER_THRESHOLD; a text that fails the personal-data `block` rules is withheld
 * (public-texts.ts).
 */

/** Figures that count people (suspicions, interventions) are shown only from this value; 1–4 read "färre än 5". */
export const SMALL_NUMBER_THRESHOLD = 5;

/** Activity kinds whose registered counts are counts of people (interventions against individuals). */
export const PERSON_COUNT_KINDS: ReadonlySet<string> = new Set(['lob-pl']);

/** A figure as it may be published: its value, or suppressed ("färre än 5"). Zero is never suppressed. */
export type PublicFigure =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly below: number };

/** A count of people as it may be published. */
export function publicFigure(n: number): PublicFigure {
  return n > 0 && n < SMALL_NUMBER_THRESHOLD
    ? { kind: 'suppressed', below: SMALL_NUMBER_THRESHOLD }
    : { kind: 'value', value: n };
}

/**
 * A published status text with small counts masked (the `mask` rules of personal-data/publish-checks.ts):
 * "33 innehav varav tre 21 år och yngre" becomes "33 innehav varav färre än 5 21 år och yngre", "3 omhändertogs
 * enligt LOB" becomes "färre än 5 omhändertogs enligt LOB"; "Genomfört två trygghetsvandringar" stays as written.
 */
export function redactSmallFigures(text: string): string {
  return maskForPublishing(text, SMALL_NUMBER_THRESHOLD);
}

/** A status text as the public may read it, or null when it is not published. */
export function publicStatusText(status: FollowUpStatus | null): string | null {
  if (!status?.published || isErasedStatus(status.text)) return null;
  const text = redactSmallFigures(status.text.trim());
  return text === '' ? null : publicText(text);
}

export interface PublicProgress {
  readonly done: PublicFigure;
  readonly target: number | null;
  /** done / target, or null when there is no target or `done` is suppressed (a bar would reveal it). */
  readonly ratio: number | null;
  readonly state: ProgressState;
  /** Expected by then at an even pace (whole, floored; "väntat hittills"); absent without a target or in old snapshots. */
  readonly expected?: number;
}

export interface PublicFollowUpText {
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly text: string;
}

export interface PublicActivity {
  /** Stable id, for anchors. */
  readonly id: string;
  readonly text: string;
  readonly responsible: Responsible;
  /** The activity kind id (`insats`, `trafikkontroll`…), or null. */
  readonly kind: string | null;
  readonly target: Target | null;
  /** Set when the target was changed after signing ("ändrat från 15 under perioden den 6 dec 2026"). */
  readonly targetChange?: TargetChange | null;
  /** Progress over the summary year, or null when the view has no year (an archived agreement). */
  readonly year: PublicProgress | null;
  readonly period: PublicProgress;
  /** Published status texts of every tertial of the agreement, in order. */
  readonly followUps: readonly PublicFollowUpText[];
}

export interface PublicCommitment {
  /** The promise, or null for activities listed apart from the promises. */
  readonly text: string | null;
  readonly activities: readonly PublicActivity[];
}

export interface PublicStatistic {
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly category: StatisticCategory;
  readonly count: PublicFigure;
  readonly youth: PublicFigure | null;
}

export interface PublicAgreementView {
  readonly municipality: Municipality;
  readonly agreement: Pick<Agreement, 'id' | 'title' | 'periodFrom' | 'periodTo' | 'signedOn' | 'isDemo'>;
  /** The calendar year of `year` progress, or null. */
  readonly year: number | null;
  readonly asOf: number;
  readonly commitments: readonly PublicCommitment[];
  /** Tertials with at least one published status text: the follow-ups a coordinator has released. */
  readonly publishedTertials: readonly TertialRef[];
  /** Drug statistics of published tertials only, small figures suppressed. */
  readonly statistics: readonly PublicStatistic[];
  /** The last published tertial the figures are as of, or null when no figures are published (pages hide them). */
  readonly figuresAsOf: TertialRef | null;
}

function publicProgress(line: ActivityLine): PublicProgress {
  const countsPeople = line.activity.kind !== null && PERSON_COUNT_KINDS.has(line.activity.kind);
  const done = countsPeople ? publicFigure(line.done) : ({ kind: 'value', value: line.done } as const);
  const ratio =
    line.target === null || done.kind === 'suppressed' ? null : line.progress ? line.progress.ratio : null;
  const expected = expectedSoFar(line);
  return { done, target: line.target, ratio, state: line.state, ...(expected === null ? {} : { expected }) };
}

const key = (r: TertialRef): string => `${r.year}|${r.tertial}`;

/**
 * The public view of an agreement from its whole-period summary and (for a current agreement) its summary over
 * the current year. Both must be of the same agreement.
 */
export function publicView(
  period: KommunSummary,
  year: KommunSummary | null,
  figuresAsOf: TertialRef | null = null,
): PublicAgreementView {
  const yearLines = new Map((year?.activities ?? []).map((l) => [l.activity.id, l]));
  const published = new Map<string, TertialRef>();
  const activity = (line: ActivityLine): PublicActivity => {
    const followUps: PublicFollowUpText[] = [];
    for (const cell of line.tertials) {
      const text = publicStatusText(cell.status);
      if (text === null) continue;
      followUps.push({ year: cell.year, tertial: cell.tertial, text });
      published.set(key(cell), { year: cell.year, tertial: cell.tertial });
    }
    const y = yearLines.get(line.activity.id);
    return {
      id: line.activity.id,
      text: shownActivityText(line.activity) ?? WITHHELD_TEXT,
      responsible: line.activity.responsible,
      kind: line.activity.kind,
      target: line.activity.target,
      ...(line.activity.targetChange ? { targetChange: line.activity.targetChange } : {}),
      year: y ? publicProgress(y) : null,
      period: publicProgress(line),
      followUps,
    };
  };
  const commitments = period.groups.map((g) => ({
    text: g.commitment ? publicText(g.commitment.text) : null,
    activities: g.activities.map(activity),
  }));
  const publishedTertials = [...published.values()].sort((a, b) => a.year - b.year || a.tertial - b.tertial);
  const statistics = period.statistics
    .filter((s) => published.has(key(s)))
    .map((s) => ({
      year: s.year,
      tertial: s.tertial,
      category: s.category,
      count: publicFigure(s.count),
      youth: s.youth === null ? null : publicFigure(s.youth),
    }));
  const { id, title, periodFrom, periodTo, signedOn, isDemo } = period.agreement;
  return {
    municipality: period.municipality,
    agreement: {
      id,
      title: publicTitle({ title, periodFrom, periodTo }),
      periodFrom,
      periodTo,
      signedOn,
      isDemo,
    },
    year: year && year.window.kind === 'year' ? year.window.year : null,
    asOf: period.asOf,
    commitments,
    publishedTertials,
    statistics,
    figuresAsOf,
  };
}
