import { daysBetween, FAR_BACK_DAYS } from './dates.ts';
import { type TertialRef, tertialLastDay } from './tertial.ts';

/**
 * THE confirmation rule: before storing a registration (or any count against a day) the bot asks instead of storing
 * when the day is more than FAR_BACK_DAYS before today, or lies in a tertial that has ended and is already published
 * (a tertial published while it runs is a preliminary report: today's work in it is asked about by no one), or the count is over
 * the activity's sanity limit. Every command that stores a count on a day goes through `confirmationReasons`; an
 * empty list means store, anything else means ask ("Menar du 7 dec 2025? Det tertialet är redan publicerat.") with
 * a button that stores it once confirmed.
 */

/** The sanity limit of an activity's count per registration when the activity sets none. */
export const DEFAULT_SANITY_LIMIT = 50;

/** The highest sanity limit an activity may be given (`/lofte avtal <kommun> <nr> gräns …`). */
export const MAX_SANITY_LIMIT = 10_000;

export { FAR_BACK_DAYS };

export type ConfirmationReason =
  | { readonly type: 'far-back'; readonly days: number }
  | { readonly type: 'published'; readonly tertial: TertialRef }
  | { readonly type: 'over-limit'; readonly count: number; readonly limit: number };

export interface ConfirmationInput {
  /** The day the count is for, `YYYY-MM-DD`. */
  readonly day: string;
  /** Today in the configured zone, `YYYY-MM-DD`. */
  readonly today: string;
  readonly count: number;
  /** The activity's own limit; null or absent: DEFAULT_SANITY_LIMIT. */
  readonly sanityLimit?: number | null;
  /** The day's tertial when its follow-up is already published, else null. */
  readonly publishedTertial: TertialRef | null;
}

/** Why the bot must ask before storing; empty when it may store at once. */
export function confirmationReasons(input: ConfirmationInput): ConfirmationReason[] {
  const reasons: ConfirmationReason[] = [];
  const back = daysBetween(input.day, input.today);
  if (back > FAR_BACK_DAYS) reasons.push({ type: 'far-back', days: back });
  const published = input.publishedTertial;
  if (published && tertialLastDay(published) < input.today)
    reasons.push({ type: 'published', tertial: published });
  const limit = input.sanityLimit ?? DEFAULT_SANITY_LIMIT;
  if (input.count > limit) reasons.push({ type: 'over-limit', count: input.count, limit });
  return reasons;
}
