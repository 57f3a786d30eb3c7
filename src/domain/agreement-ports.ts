import type { AgreementBundle } from './ports.ts';
import type { PublicAgreementView } from './public-view.ts';
import type { Activity, Agreement, FollowUpStatus, PoliceArea, Statistic, TertialNumber } from './types.ts';

/** An agreement's public view as of its last published tertial, saved when a tertial is (un)published. */
export interface PublicSnapshot {
  readonly agreementId: string;
  readonly municipalityCode: string;
  readonly publishedAt: number;
  readonly view: PublicAgreementView;
}

/** Police areas, agreements (commitments, activities), their follow-up statuses and statistics. */
export interface AgreementStore {
  // Police areas
  /** All police areas with their member kommuner. */
  listPoliceAreas(): Promise<PoliceArea[]>;
  /** Creates or replaces a police area (by id) and its member list. */
  savePoliceArea(area: PoliceArea, now: number): Promise<void>;

  // Agreements
  /** Inserts an agreement with its commitments and activities. */
  insertAgreement(bundle: AgreementBundle, now: number): Promise<void>;
  /** Deletes an agreement and everything hanging off it (registrations, statuses). */
  deleteAgreement(id: string): Promise<void>;
  /** Every agreement of a kommun, newest period first. */
  agreementsOf(municipalityCode: string): Promise<Agreement[]>;
  /** One agreement with its commitments and activities, or null. */
  agreementBundle(agreementId: string): Promise<AgreementBundle | null>;
  /** The agreement of a kommun whose period contains `year` (the latest started one if several), or null. */
  agreementForYear(municipalityCode: string, year: number): Promise<AgreementBundle | null>;
  /** Agreements whose period contains `year`, for every kommun. */
  agreementsInYear(year: number): Promise<Agreement[]>;
  /**
   * For each of `municipalityCodes` that has one, the agreement whose period contains `year` (the latest started if
   * several) with its commitments and activities, in a few set-based queries however many kommuner are asked for.
   */
  agreementBundlesInYear(municipalityCodes: readonly string[], year: number): Promise<AgreementBundle[]>;

  // Agreement upkeep
  /** Creates or replaces one activity (by id), including its short name and target change. */
  saveActivity(activity: Activity): Promise<void>;
  /** Deletes one activity and its status texts (the caller checks it has no registrations). */
  deleteActivity(id: string): Promise<void>;
  /** Replaces the text of one promise (by id). */
  saveCommitmentText(id: string, text: string): Promise<void>;
  /** Replaces an agreement's title. */
  saveAgreementTitle(id: string, title: string): Promise<void>;

  // Follow-up statuses
  /** Appends a status text (history is kept; the latest per activity and tertial wins). */
  insertStatus(status: FollowUpStatus): Promise<void>;
  /** The latest status per activity and tertial for the given activities and years. */
  latestStatuses(activityIds: readonly string[], years: readonly number[]): Promise<FollowUpStatus[]>;
  /**
   * Replaces the text of every version of an activity's tertial status by `placeholder` — in the statuses, their
   * audit entries, a prompt answered with it and a stored reply that quoted it; returns how many versions changed.
   */
  eraseStatusTexts(
    activityId: string,
    year: number,
    tertial: TertialNumber,
    placeholder: string,
  ): Promise<number>;
  /** Marks every status of the given activities and tertial as published (or not); returns how many rows. */
  setPublished(
    activityIds: readonly string[],
    year: number,
    tertial: TertialNumber,
    published: boolean,
  ): Promise<number>;

  // Public snapshots (what the public pages show, as of the last published tertial)
  /** Creates or replaces the public snapshot of an agreement. */
  savePublicSnapshot(snapshot: PublicSnapshot): Promise<void>;
  /** Removes the public snapshot of an agreement (nothing of it is published any more). */
  deletePublicSnapshot(agreementId: string): Promise<void>;
  /** The public snapshot of an agreement, or null when none of it has been published. */
  publicSnapshot(agreementId: string): Promise<PublicSnapshot | null>;

  // Statistics
  /** Creates or replaces the figure for (kommun, year, tertial, category). */
  putStatistic(statistic: Statistic): Promise<void>;
  statisticsOf(municipalityCode: string, years: readonly number[]): Promise<Statistic[]>;
}
