/**
 * The entities of a medborgarlöfte (see DOMAIN.md). Plain data: no behaviour, no I/O.
 * Dates without time are ISO `YYYY-MM-DD` strings in the configured zone; instants are epoch milliseconds (UTC).
 */

/** A kommun from the SCB register. `code` is the official four-digit kommunkod. */
export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly countyCode: string;
  readonly countyName: string;
}

/** A lokalpolisområde (LPO): a named group of kommuner. */
export interface PoliceArea {
  readonly id: string;
  readonly name: string;
  readonly municipalityCodes: readonly string[];
}

export type Responsible = 'polis' | 'kommun' | 'gemensam';
export const RESPONSIBLES: readonly Responsible[] = ['polis', 'kommun', 'gemensam'];

/** What a numeric target counts against: each calendar year, each tertial, or the whole agreement period. */
export type TargetBasis = 'year' | 'period' | 'tertial';

export interface Target {
  readonly count: number;
  readonly per: TargetBasis;
}

/** A medborgarlöfte for one kommun and period (inclusive calendar years). */
export interface Agreement {
  readonly id: string;
  readonly municipalityCode: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly signedOn: string | null;
  readonly title: string;
  readonly isDemo: boolean;
  readonly source: string | null;
}

/** A löfte: one broad aim of an agreement. */
export interface Commitment {
  readonly id: string;
  readonly agreementId: string;
  readonly position: number;
  readonly text: string;
}

/** A concrete activity of an agreement, optionally under a commitment, optionally with a numeric target. */
export interface Activity {
  readonly id: string;
  readonly agreementId: string;
  readonly commitmentId: string | null;
  readonly position: number;
  readonly text: string;
  readonly responsible: Responsible;
  readonly kind: string | null;
  readonly target: Target | null;
  /** A short name given after import (`/lofte avtal <kommun> <nr> namn …`); absent: none. */
  readonly shortName?: string | null;
  /** The count per registration above which the bot asks first (`/lofte avtal <kommun> <nr> gräns …`); absent: 50. */
  readonly sanityLimit?: number | null;
  /** The day it was added in chat after import (`ny aktivitet`); absent: one of the agreement's own. */
  readonly addedOn?: string | null;
  /** Set once the target was changed after signing: the signed target (null: none) and the day of the change. */
  readonly targetChange?: { readonly signed: Target | null; readonly on: string } | null;
}

export type Platform = 'slack' | 'teams' | 'console' | 'cli' | 'import' | 'scheduler' | 'web';

/** Who did something, from where. `person` is `slack:U123`, `teams:<aad id>` or `console:<name>`. */
export interface Actor {
  readonly person: string;
  readonly platform: Platform;
}

/** One logged occurrence of an activity. */
export interface Registration {
  readonly id: string;
  readonly activityId: string;
  readonly municipalityCode: string;
  readonly occurredOn: string;
  readonly count: number;
  readonly note: string | null;
  readonly actor: string;
  readonly platform: Platform;
  readonly idempotencyKey: string | null;
  readonly createdAt: number;
  readonly voidedAt: number | null;
  readonly voidedBy: string | null;
}

export type TertialNumber = 1 | 2 | 3;

/** One status text of an activity for one tertial. History is kept; the latest wins. */
export interface FollowUpStatus {
  readonly id: string;
  readonly activityId: string;
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly text: string;
  readonly count: number | null;
  readonly actor: string;
  readonly platform: Platform;
  readonly createdAt: number;
  readonly published: boolean;
}

export const STATISTIC_CATEGORIES = [
  'narkotika.framstallning',
  'narkotika.overlatelse',
  'narkotika.innehav',
  'narkotika.eget-bruk',
  'doping.innehav',
  'doping.eget-bruk',
] as const;
export type StatisticCategory = (typeof STATISTIC_CATEGORIES)[number];

/** Drug-crime suspicions for one kommun, tertial and category; `youth` is "varav … 21 år och yngre". */
export interface Statistic {
  readonly municipalityCode: string;
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly category: StatisticCategory;
  readonly count: number;
  readonly youth: number | null;
  readonly actor: string;
  readonly platform: Platform;
  readonly createdAt: number;
}

/** Where a series, binding or role applies: one kommun or one police area. */
export type Scope =
  | { readonly type: 'kommun'; readonly id: string }
  | { readonly type: 'area'; readonly id: string }
  /** `alla`: every kommun and police area. Only an admin role may have it (domain/admin.ts). */
  | { readonly type: 'all'; readonly id: 'alla' };

/** A recurring samverkansmöte. `time` and `remindAt` are local `HH:mm`. */
export interface MeetingSeries {
  readonly id: string;
  readonly scope: Scope;
  readonly firstDate: string;
  readonly intervalWeeks: number;
  readonly time: string;
  readonly place: string | null;
  readonly remindAt: string;
  readonly active: boolean;
  /** The first day without meetings of this series (it ended, or changed rhythm there); absent or null: runs on. */
  readonly endsOn?: string | null;
}

export type MeetingStatus = 'planned' | 'moved' | 'cancelled' | 'held';

/**
 * An exception to a series' rhythm: the occurrence originally on `originalOn` was moved, cancelled or held.
 * Occurrences without a row are simply planned on their rhythm date.
 */
export interface Meeting {
  readonly seriesId: string;
  readonly originalOn: string;
  readonly scheduledOn: string;
  readonly status: MeetingStatus;
  readonly updatedAt: number;
  /** The meeting follow-up's answer, once someone gave it (stored once for all its recipients). */
  readonly followup?: MeetingFollowupAnswer | null;
  /** A note written with the follow-up (screened for personal data), or null. */
  readonly note?: string | null;
}

/** What the meeting follow-up was answered: held, cancelled, or moved to a day; by whom and when. */
export interface MeetingFollowupAnswer {
  readonly answer: 'held' | 'cancelled' | `moved:${string}`;
  readonly by: string;
  readonly at: number;
}

/** A chat conversation (Slack channel, Teams conversation) bound to a kommun or police area. */
export interface ChannelBinding {
  readonly platform: Platform;
  readonly conversationId: string;
  readonly scope: Scope;
}

export const ROLES = ['polis', 'kommun', 'samordnare', 'chef', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  readonly person: string;
  readonly role: Role;
  readonly scope: Scope;
}

/** One entry of the audit trail. `before`/`after` are JSON-able snapshots. */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  readonly actor: string;
  readonly platform: Platform;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly municipalityCode: string | null;
  readonly before: unknown;
  readonly after: unknown;
}
