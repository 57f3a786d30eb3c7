import type { Window } from './tertial.ts';
import type { Target } from './types.ts';

/** klar = target reached; i fas = on pace; efter = behind pace; ej påbörjad = nothing done and nothing due yet. */
export type ProgressState = 'klar' | 'i fas' | 'efter' | 'ej påbörjad';

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
}

/** Share of `window` elapsed at `now`, clamped to 0–1. */
export function elapsedShare(window: Window, now: number): number {
  if (now <= window.start) return 0;
  if (now >= window.end) return 1;
  return (now - window.start) / (window.end - window.start);
}

/**
 * Progress of `done` against `target` over `window` at `now`.
 * A run is "i fas" when it has done at least the whole number of occurrences expected by now (pro rata);
 * nothing done while something is already due is "efter"; nothing done and nothing due is "ej påbörjad".
 */
export function progressOf(done: number, target: number, window: Window, now: number): Progress {
  const elapsed = elapsedShare(window, now);
  const expectedByNow = target * elapsed;
  const remaining = Math.max(0, target - done);
  const ratio = target > 0 ? done / target : done > 0 ? 1 : 0;
  let state: ProgressState;
  if (target > 0 && done >= target) state = 'klar';
  else if (target <= 0) state = done > 0 ? 'klar' : 'ej påbörjad';
  else if (done >= Math.floor(expectedByNow)) state = done === 0 ? 'ej påbörjad' : 'i fas';
  else state = 'efter';
  return { done, target, remaining, expectedByNow, elapsed, ratio, state };
}

/**
 * The target that applies to a window of `windowYears` years (1/3 for a tertial, 1 for a year, the period's
 * length for the whole period), given the target's own basis and the agreement's length in years.
 * Rounded up: "minst 15 per år" asked per tertial is 5.
 */
export function scaleTarget(target: Target, windowYears: number, periodYears: number): number {
  const perYear =
    target.per === 'year'
      ? target.count
      : target.per === 'tertial'
        ? target.count * 3
        : target.count / periodYears;
  // max(0, …): ceil of a tiny negative is -0, which is not 0 to Object.is (and prints oddly in places).
  return Math.max(0, Math.ceil(perYear * windowYears - 1e-9));
}

/** A progress bar drawn with text, e.g. `▰▰▰▱▱`. */
export function progressBar(ratio: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}
