import type { AgreementBundle, CountsByActivity } from '../domain/ports.ts';
import { OVERDUE_WORKING_DAYS } from '../domain/tertial-due.ts';
import type {
  ChannelBinding,
  FollowUpStatus,
  Meeting,
  MeetingSeries,
  PoliceArea,
  Responsible,
  Role,
  RoleGrant,
  Scope,
  TertialNumber,
} from '../domain/types.ts';

/** The things the scheduler sends. */
export const REMINDER_KINDS = [
  'meeting-reminder',
  'meeting-followup',
  'tertial-reminder',
  'tertial-overdue',
  'tertial-nudge',
  'agreement-renewal',
  'prompt-snooze',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * The kinds the plan makes (and syncPlan keeps equal to the plan). `tertial-nudge` rows ("Påminn dem" on an overdue
 * notice) and `prompt-snooze` rows ("Påminn mig senare" on a prompt) are written on demand and never removed by a
 * re-plan.
 */
export const PLANNED_KINDS: readonly ReminderKind[] = [
  'meeting-reminder',
  'meeting-followup',
  'tertial-reminder',
  'tertial-overdue',
  'agreement-renewal',
];

/** A person holding a role for a kommun (directly or through its police area), named in a manager's notice. */
export interface RoleHolder {
  readonly role: Role;
  readonly person: string;
}

/** When reminders go out, relative to their meeting or tertial end. Passed in, so each deployment can tune it. */
export interface ReminderOffsets {
  /** Meeting reminders: days before the meeting (default 7 and 1). */
  readonly meetingReminderDays: readonly number[];
  /** Used when a series has no `remindAt` of its own. */
  readonly defaultRemindAt: string;
  /** Follow-up prompt: days after the meeting (default 1), at the series' `remindAt`. */
  readonly followupDaysAfter: number;
  /** Tertial prompts: days before the tertial's last day (default 14 and 3). */
  readonly tertialReminderDays: readonly number[];
  readonly tertialReminderAt: string;
  /** Overdue notice: working days after the tertial's last day (default 5). */
  readonly overdueWorkingDays: number;
  readonly overdueAt: string;
  /** Renewal: days before an agreement's last day (default 60 and 14), when no later agreement is stored. */
  readonly renewalDays?: readonly number[];
}

export const DEFAULT_OFFSETS: ReminderOffsets = Object.freeze({
  meetingReminderDays: Object.freeze([7, 1]),
  defaultRemindAt: '09:00',
  followupDaysAfter: 1,
  tertialReminderDays: Object.freeze([14, 3]),
  tertialReminderAt: '09:00',
  overdueWorkingDays: OVERDUE_WORKING_DAYS,
  overdueAt: '09:00',
});

/** Who or where a reminder goes: `channel:<platform>:<conversationId>` or `person:<personId>`. Opaque text. */
export type ReminderTarget = string;

/** What a reminder is about: a kommun, or a police area for an area-wide meeting series. */
export interface ReminderSubject {
  readonly scope: Scope;
  /** Kommun or police-area name, e.g. "Tranås" or "LPO Höglandet". */
  readonly name: string;
  /** Kommunkod, or null for a police area. */
  readonly municipalityCode: string | null;
}

export interface MeetingRef {
  readonly seriesId: string;
  readonly originalOn: string;
  /** The day it takes place. */
  readonly date: string;
  readonly time: string;
  readonly place: string | null;
}

/** An activity on a meeting's agenda: behind its target, without a status this tertial, or both. */
export interface AgendaItem {
  readonly municipalityCode: string;
  readonly activityId: string;
  readonly text: string;
  /** The activity's number in its agreement (as /status numbers them); absent in rows planned before. */
  readonly number?: number;
  /** Its kind and short name, for the short label a list shows ("5. riktade insatser"); absent in rows before. */
  readonly kind?: string | null;
  readonly shortName?: string | null;
  readonly responsible: Responsible;
  readonly reasons: readonly ('behind' | 'no-status')[];
  /** The tertial whose status text is missing (`no-status`); absent in rows planned before it was named. */
  readonly statusFor?: { readonly year: number; readonly tertial: 1 | 2 | 3 };
  /** Registered so far in the target's window, and that window's target; null without a numeric target. */
  readonly done: number | null;
  readonly target: number | null;
}

/** An activity that lacks a status for the tertial in question. */
export interface MissingActivity {
  readonly municipalityCode: string;
  readonly activityId: string;
  readonly text: string;
  /** The activity's number in its agreement (as /status numbers them); absent in rows planned before. */
  readonly number?: number;
  /** Its kind and short name, for the short label a list shows ("5. riktade insatser"); absent in rows before. */
  readonly kind?: string | null;
  readonly shortName?: string | null;
  readonly responsible: Responsible;
}

export interface TertialRefPayload {
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly lastDay: string;
}

/** The domain data of a reminder, stored as JSON; rendered into Slack/Teams/console messages by the chat core. */
export type ReminderPayload =
  | {
      readonly kind: 'meeting-reminder';
      readonly subject: ReminderSubject;
      readonly meeting: MeetingRef;
      readonly daysBefore: number;
      readonly agenda: readonly AgendaItem[];
    }
  | { readonly kind: 'meeting-followup'; readonly subject: ReminderSubject; readonly meeting: MeetingRef }
  | {
      readonly kind: 'tertial-reminder';
      readonly subject: ReminderSubject;
      readonly tertial: TertialRefPayload;
      readonly daysBefore: number;
      readonly missing: readonly MissingActivity[];
    }
  | {
      readonly kind: 'tertial-overdue';
      readonly subject: ReminderSubject;
      readonly tertial: TertialRefPayload;
      readonly missing: readonly MissingActivity[];
      /** Who answers for the kommun's activities (polis, kommun, samordnare); absent in rows planned before. */
      readonly responsible?: readonly RoleHolder[];
      /** The police areas of the kommun, for the managers' dashboard link. */
      readonly areas?: readonly { readonly id: string; readonly name: string }[];
    }
  | {
      readonly kind: 'tertial-nudge';
      readonly subject: ReminderSubject;
      readonly tertial: TertialRefPayload;
      readonly missing: readonly MissingActivity[];
      /** The manager who asked for the reminder. */
      readonly requestedBy: string;
    }
  | {
      /**
       * "Påminn mig senare": one person's prompt, sent again when due and rendered afresh then (only what is still
       * unanswered; nothing at all when everything is). `snoozed` names the prompt: the samordnare's status prompt
       * or a count prompt to those who do the work (the meeting follow-up has its own shape, below).
       */
      readonly kind: 'prompt-snooze';
      readonly subject: ReminderSubject;
      readonly snoozed: 'status' | 'count';
      readonly tertial: TertialRefPayload;
      /** The activities the prompt asked about when it was snoozed. */
      readonly missing: readonly MissingActivity[];
      /** The person who asked to be reminded (the row's target names the same person). */
      readonly requestedBy: string;
    }
  | {
      /**
       * "Påminn mig senare" on the meeting follow-up: the question about this meeting (series + original day) sent
       * again to one person when due, rendered afresh from the stored meeting — nothing when anyone answered it.
       */
      readonly kind: 'prompt-snooze';
      readonly subject: ReminderSubject;
      readonly snoozed: 'meeting-followup';
      readonly meeting: MeetingRef;
      readonly requestedBy: string;
    }
  | {
      readonly kind: 'agreement-renewal';
      readonly subject: ReminderSubject;
      readonly agreement: {
        readonly id: string;
        readonly periodFrom: number;
        readonly periodTo: number;
        /** The agreement's last day, `YYYY-12-31`. */
        readonly lastDay: string;
      };
      readonly daysBefore: number;
    };

/** One reminder of the plan. `key` is unique: kind + subject + occurrence (+ target). */
export interface PlannedReminder {
  readonly key: string;
  readonly kind: ReminderKind;
  /** When to send (epoch ms), already moved to a working day. */
  readonly at: number;
  readonly subject: ReminderSubject;
  readonly target: ReminderTarget;
  readonly payload: ReminderPayload;
}

/** Everything about one kommun the plan needs: its agreements and the follow-up data to judge them by. */
export interface KommunPlanData {
  readonly code: string;
  readonly name: string;
  /** Agreements covering the years of interest, by calendar year. */
  readonly agreementsByYear: ReadonlyMap<number, AgreementBundle>;
  /** The latest status per activity and tertial (any of the agreements above). */
  readonly statuses: readonly FollowUpStatus[];
  /** Registered counts of the agreement in force at `asOf`, for its current tertial, year and period. */
  readonly counts: {
    readonly tertial: CountsByActivity;
    readonly year: CountsByActivity;
    readonly period: CountsByActivity;
  };
}

/** The inputs of `plan`: plain data read from the Store, so planning is a pure function. */
export interface PlanInputs {
  /** IANA zone of every wall-clock time (config.timezone). */
  readonly zone: string;
  /** The moment whose data this is; agendas are judged at this instant. */
  readonly asOf: number;
  readonly offsets: ReminderOffsets;
  readonly areas: readonly PoliceArea[];
  /** Active series only. */
  readonly series: readonly MeetingSeries[];
  readonly exceptions: readonly Meeting[];
  readonly bindings: readonly ChannelBinding[];
  readonly roles: readonly RoleGrant[];
  readonly kommuner: ReadonlyMap<string, KommunPlanData>;
  /** Display name of a kommun or police area scope. */
  readonly scopeNames: ReadonlyMap<string, string>;
}

/** A half-open window of instants [start, end), epoch ms. */
export interface PlanWindow {
  readonly start: number;
  readonly end: number;
}

/** The map key of `scopeNames`: `kommun:0687`, `area:hoglandet`. */
export function scopeKey(scope: Scope): string {
  return `${scope.type}:${scope.id}`;
}
