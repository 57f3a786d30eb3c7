import { daysBetween } from './dates.ts';

/**
 * THE verdict: one formula, used by every surface that says how an activity is doing (chat replies, headlines,
 * footers, area summaries, the dashboard, public pages, reports, reminders). Documented in README "Verdict".
 *
 *   expected = target × days elapsed ÷ days in the basis period
 *   klar                when count ≥ target
 *   ej nått             when the period has ended and count < target: final ("målet nåddes inte")
 *   ej påbörjad         only when count = 0 within the first 30 days of the period
 *   efter               when count < expected − max(1, 10 % of target)
 *   i fas               otherwise
 *   följs upp med text  when the activity has no numeric target (never "i fas")
 *
 * Days elapsed counts today: on the period's first day one day has elapsed; before the period none, after it all.
 * A period has ended when today is after its last day; then there is no pace left to be on, only the target
 * reached (klar) or not (ej nått).
 */

export type Verdict = 'klar' | 'i fas' | 'efter' | 'ej nått' | 'ej påbörjad' | 'följs upp med text';

/** Every verdict, worst first (the order summaries sort by). */
export const VERDICTS: readonly Verdict[] = [
  'ej nått',
  'efter',
  'ej påbörjad',
  'i fas',
  'klar',
  'följs upp med text',
];

/** True when the period is over by `today`: its verdict is final. */
export function periodEnded(lastDay: string, today: string): boolean {
  return today > lastDay;
}

/** The days of the period that have elapsed by `today` (today included), 0 … days in the period. */
export function elapsedDays(firstDay: string, lastDay: string, today: string): number {
  const total = daysBetween(firstDay, lastDay) + 1;
  return Math.max(0, Math.min(total, daysBetween(firstDay, today) + 1));
}

/** The count expected by now if the target were spread evenly over the period (a fraction, not rounded). */
export function expectedCount(target: number, elapsed: number, periodDays: number): number {
  return periodDays > 0 ? (target * elapsed) / periodDays : target;
}

/** How far below the expected count an activity may be before it is "efter". */
export function slack(target: number): number {
  return Math.max(1, target / 10);
}

export interface VerdictInput {
  readonly count: number;
  /** The target over the period (may be a fraction, e.g. a tertial's share of a yearly target); null: none. */
  readonly target: number | null;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly today: string;
}

export function verdictOf(input: VerdictInput): Verdict {
  const { count, target } = input;
  if (target === null || target <= 0) return 'följs upp med text';
  if (count >= target) return 'klar';
  if (periodEnded(input.lastDay, input.today)) return 'ej nått';
  const periodDays = daysBetween(input.firstDay, input.lastDay) + 1;
  const elapsed = elapsedDays(input.firstDay, input.lastDay, input.today);
  if (count === 0 && daysBetween(input.firstDay, input.today) < 30) return 'ej påbörjad';
  const expected = expectedCount(target, elapsed, periodDays);
  if (count < expected - slack(target)) return 'efter';
  return 'i fas';
}
