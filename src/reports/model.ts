import type { Lang } from '../domain/headline.ts';
import type { ProgressState } from '../domain/progress.ts';
import type { Responsible, StatisticCategory, Target, TertialNumber } from '../domain/types.ts';

/**
 * The follow-up document of one kommun, year and tertial, in the form of the published follow-ups
 * (data/seeds/*-uppfoljning-*.txt). Plain JSON-able data: every renderer (Markdown, HTML, CSV, JSON) reads only this.
 */
export interface Report {
  readonly lang: Lang;
  readonly municipality: { readonly code: string; readonly name: string; readonly countyName: string };
  readonly agreement: {
    readonly id: string;
    readonly title: string;
    readonly periodFrom: number;
    readonly periodTo: number;
    readonly isDemo: boolean;
  };
  readonly year: number;
  /** The tertial the follow-up is about; later columns are left empty. */
  readonly tertial: TertialNumber;
  /** True when that tertial has ended. */
  readonly complete: boolean;
  /** The moment the figures describe: now, or the end of the tertial when it has ended (ISO with offset). */
  readonly asOf: string;
  readonly generatedAt: string;
  readonly texts: ReportTexts;
  /** The manager's one-line summary (see src/domain/headline.ts). */
  readonly headline: string;
  readonly commitments: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly statistics: ReportStatistics;
}

/** The document's fixed sentences, already in the report's language. */
export interface ReportTexts {
  readonly kommun: string;
  readonly title: string;
  readonly period: string;
  readonly followUpHeading: string;
  readonly intro: string;
  readonly commitmentsHeading: string;
  readonly activitiesHeading: string;
  readonly progressHeading: string;
  readonly chartsHeading: string;
  readonly statisticsHeading: string;
  readonly footer: string;
}

/** One promise and the table of its activities. */
export interface ReportSection {
  /** The promise's text; null for activities not under a promise. */
  readonly commitment: string | null;
  readonly title: string;
  readonly rows: readonly ReportRow[];
}

export interface ReportRow {
  readonly activityId: string;
  readonly text: string;
  readonly responsible: Responsible;
  readonly kind: string | null;
  /** "riktade insatser": what the activity counts, or null. */
  readonly unit: string | null;
  /**
   * The target over the report's year, scaled from the agreement's (a fraction when it is a share: 15 under a
   * two-year period is 7.5 a year), or null when the activity has no number. Never the expected pace.
   */
  readonly target: number | null;
  /** The target as the agreement states it now, with its basis (`{ count: 15, per: "period" }`); null: followed up in text. */
  readonly agreedTarget: Target | null;
  /** The year's target signed: "minst 7½ under 2026 (15 under perioden)"; null without a number. */
  readonly signedTarget: string | null;
  /** The count with its window, "3 under 2026": what a table beside the verdict shows without a target. */
  readonly counted: string;
  /** The count signed against the year's target: "16 av minst 7½ under 2026 (15 under perioden)" (domain/target.ts). */
  readonly signed: string;
  /** Expected by the report's date at an even pace (whole, floored), or null without a target — never a target. */
  readonly expectedSoFar: number | null;
  /** Beside the target when it was changed after signing: "ändrat från 15 under perioden den 6 dec 2026". */
  readonly targetNote?: string;
  /** Registered in the year up to and including the report's tertial. */
  readonly done: number;
  /** done / target (not clamped), or null without a target. */
  readonly ratio: number | null;
  readonly state: ProgressState;
  /** Tertial 1, 2 and 3. */
  readonly cells: readonly [ReportCell, ReportCell, ReportCell];
  /** Registered per month, January–December of the year (months after `asOf` are 0). */
  readonly monthly: readonly number[];
}

export interface ReportCell {
  readonly tertial: TertialNumber;
  /** False for tertials after the report's: the cell is left empty. */
  readonly reported: boolean;
  /** What the document prints: the status text, else the registered count; '' when there is nothing. */
  readonly text: string;
  /** The latest status text as written, or null. */
  readonly status: string | null;
  /** Local day (`YYYY-MM-DD`) the status text was written, or null. */
  readonly statusDay: string | null;
  /** Registered (non-voided) count in the tertial. */
  readonly registered: number;
  /** Tertial 3 only (reports up to T3): the year's registered total so far, when anything was registered. */
  readonly yearTotal: number | null;
}

/** One figure: suspicions and how many of them concern people 21 years and younger (null when not stated). */
export interface Figure {
  readonly count: number;
  readonly youth: number | null;
}

export interface StatisticRow {
  readonly category: StatisticCategory;
  readonly label: string;
  /** Tertial 1, 2 and 3 (each the tertial's own figure), null when not reported. */
  readonly tertials: readonly [Figure | null, Figure | null, Figure | null];
  /** The year's sum over the reported tertials. */
  readonly total: Figure;
  /** Tertial 1, 2 and 3 as the document prints them; the T3 cell adds the year's total. */
  readonly cells: readonly [string, string, string];
}

export interface ReportStatistics {
  readonly rows: readonly StatisticRow[];
  /** "Sammanlagt under 2020, misstankar narkotikabrott: 1 framställning, 11 överlåtelse varav en …", or the empty note. */
  readonly summary: string;
}
