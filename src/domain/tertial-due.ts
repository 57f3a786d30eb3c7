import {
  previousTertial,
  type TertialRef,
  tertialFirstMonth,
  tertialLastDay,
  tertialOfDay,
} from './tertial.ts';
import { addWorkingDays, plusDays, workingDayOnOrBefore } from './working-days.ts';

/**
 * Which tertial's status texts are due, as a samordnare lives the turn of a tertial (and above all of the year).
 * A tertial's texts are asked for from 14 days before its last day (the first tertial reminder) and chased 5 working
 * days after it (the overdue notice to the chef, 11 January for T3 2026). So in the first month of a tertial —
 * January, May, September, which always holds the overdue notice of the tertial just ended — the tertial just ended
 * is the one due while any of its activities still lacks a status text. Pure: today and the missing texts in.
 */

/** Days before a tertial's last day from which its status texts are asked for (the first tertial reminder). */
export const STATUS_TEXTS_ASKED_DAYS = 14;

/** Working days after a tertial's last day when the chef is told which status texts are missing (the overdue notice). */
export const OVERDUE_WORKING_DAYS = 5;

/**
 * The last day a status prompt may be snoozed to: the last working day before the overdue notice (8 January 2027 for
 * T3 2026) — the texts are asked for until then, and T3's last reminder comes in the Christmas week.
 */
export function statusTextsSnoozeDeadline(ref: TertialRef): string {
  return workingDayOnOrBefore(plusDays(addWorkingDays(tertialLastDay(ref), OVERDUE_WORKING_DAYS), -1));
}

/** The tertial just ended while today lies in its follow-up window (the first month of the next one), else null. */
export function endedTertialInWindow(today: string): TertialRef | null {
  const ended = previousTertial(tertialOfDay(today));
  return today <= followUpWindowLastDay(ended) ? ended : null;
}

/** The last day of the ended tertial's follow-up window (31 January, 31 May, 30 September). */
export function followUpWindowLastDay(ended: TertialRef): string {
  const next = tertialOfDay(plusDays(tertialLastDay(ended), 1));
  const month = tertialFirstMonth(next.tertial);
  return plusDays(`${next.year}-${String(month + 1).padStart(2, '0')}-01`, -1);
}

export interface DueTertial {
  /** The tertial to open. */
  readonly ref: TertialRef;
  /** Today's tertial. */
  readonly current: TertialRef;
  /** The activities of `ref` still lacking a status text, when `ref` is the ended tertial (else 0). */
  readonly missing: number;
  /** True when `ref` is the tertial just ended rather than today's. */
  readonly ended: boolean;
}

/**
 * The tertial `/rapportera <kommun>` opens without one named: the tertial just ended while today is in its
 * follow-up window and `missingInEnded` (its activities without a status text; null when it has no agreement) is
 * above zero; otherwise today's tertial.
 */
export function dueTertial(today: string, missingInEnded: number | null): DueTertial {
  const current = tertialOfDay(today);
  const ended = endedTertialInWindow(today);
  if (ended && missingInEnded !== null && missingInEnded > 0) {
    return { ref: ended, current, missing: missingInEnded, ended: true };
  }
  return { ref: current, current, missing: 0, ended: false };
}

/** True when a tertial's status texts are due by `today`: it has ended, or its first reminder has gone. */
export function statusTextsDue(ref: TertialRef, today: string): boolean {
  return today >= plusDays(tertialLastDay(ref), -STATUS_TEXTS_ASKED_DAYS);
}
