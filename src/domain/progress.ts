import { daysBetween } from './dates.ts';
import { DEFAULT_ZONE, localDay, type Window } from './tertial.ts';
import type { Target } from './types.ts';
import { elapsedDays, expectedCount, periodEnded, type Verdict, verdictOf } from './verdict.ts';

/** The verdict of verdict.ts: klar, i fas, efter, ej nått, ej påbörjad, or följs upp med text (no numeric target). */
export type ProgressState = Verdict;

export interface Progress {
  readonly done: number;
  /** The target for the window asked about (may be pro rata, e.g. a yearly target asked per tertial). */
  readonly target: number;
  readonly remaining: number;
  /** What should be done by now if the work were spread evenly over the window. */
  readonly expectedByNow: number;
  /** Share of the window that has elapsed, 0–1. */
  readonly elapsed: number;
  /** done / target, 0–1+ (not clamped). */
  readonly ratio: number;
  readonly state: ProgressState;
  /** The window is over: the verdict is final (klar or ej nått) and there is no pace left to expect. */
  readonly ended: boolean;
}

/** Share of `window` elapsed at `now`, clamped to 0–1 (by instants; the verdict counts whole days). */
export function elapsedShare(window: Window, now: number): number {
  if (now <= window.start) return 0;
  if (now >= window.end) return 1;
  return (now - window.start) / (window.end - window.start);
}

/**
 * Progress of `done` against `target` over `window` at `now`, with the one verdict of verdict.ts. `expectedByNow`
 * is the labelled derived figure ("väntat hittills"), never another target.
 */
export function progressOf(
  done: number,
  target: number,
  window: Window,
  now: number,
  zone: string = DEFAULT_ZONE,
): Progress {
  const today = localDay(now, zone);
  const periodDays = daysBetween(window.firstDay, window.lastDay) + 1;
  const elapsed = elapsedDays(window.firstDay, window.lastDay, today);
  const expectedByNow = expectedCount(target, elapsed, periodDays);
  const remaining = Math.max(0, target - done);
  const ratio = target > 0 ? done / target : done > 0 ? 1 : 0;
  const state = verdictOf({ count: done, target, firstDay: window.firstDay, lastDay: window.lastDay, today });
  const ended = periodEnded(window.lastDay, today);
  return { done, target, remaining, expectedByNow, elapsed: elapsed / periodDays, ratio, state, ended };
}

/**
 * The target that applies to a window of `windowYears` years (1/3 for a tertial, 1 for a year, the period's
 * length for the whole period), given the target's own basis and the agreement's length in years.
 * A fraction, never rounded up: "minst 4 per år" asked per tertial is 4/3, and three tertials add up to 4.
 */
export function scaleTarget(target: Target, windowYears: number, periodYears: number): number {
  const perYear =
    target.per === 'year'
      ? target.count
      : target.per === 'tertial'
        ? target.count * 3
        : target.count / periodYears;
  const scaled = perYear * windowYears;
  // Whole numbers stay whole despite floating point (15/3×3 is 15, not 14.999…).
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-9 ? whole : scaled;
}

/** A progress bar drawn with text, e.g. `▰▰▰▱▱`. */
export function progressBar(ratio: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}
