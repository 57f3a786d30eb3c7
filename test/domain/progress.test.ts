import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { elapsedShare, progressBar, progressOf, scaleTarget } from '../../src/domain/progress.ts';
import { expectedSoFar } from '../../src/domain/target.ts';
import { tertialWindow, yearWindow } from '../../src/domain/tertial.ts';

const ZONE = 'Europe/Stockholm';
const year = yearWindow(2025, ZONE);
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const middle = year.start + (year.end - year.start) / 2;

describe('elapsedShare', () => {
  it('is 0 before, 1 after and proportional within the window', () => {
    expect(elapsedShare(year, year.start - 1)).toBe(0);
    expect(elapsedShare(year, year.start)).toBe(0);
    expect(elapsedShare(year, middle)).toBeCloseTo(0.5, 10);
    expect(elapsedShare(year, year.end)).toBe(1);
    expect(elapsedShare(year, year.end + 86_400_000)).toBe(1);
  });
});

describe('progressOf', () => {
  it('klar: the target is reached (or passed), whenever asked', () => {
    const p = progressOf(10, 10, year, middle);
    expect(p).toMatchObject({ done: 10, target: 10, remaining: 0, state: 'klar', ratio: 1 });
    expect(progressOf(12, 10, year, year.start + 1)).toMatchObject({
      state: 'klar',
      remaining: 0,
      ratio: 1.2,
    });
    expect(progressOf(10, 10, year, year.end + 1).state).toBe('klar');
  });

  // Issue 15: one verdict formula (src/domain/verdict.ts) by whole days; the expectations below follow it.
  it('i fas: within max(1, 10 % of target) of the expected count by whole days', () => {
    const p = progressOf(5, 10, year, middle, ZONE);
    expect(p.state).toBe('i fas');
    expect(p.expectedByNow).toBeCloseTo((10 * 183) / 365, 6); // 2 July: 183 of 365 days elapsed
    expect(p.remaining).toBe(5);
    expect(p.ratio).toBe(0.5);
    expect(p.elapsed).toBeCloseTo(183 / 365, 6);
    expect(progressOf(9, 10, year, middle, ZONE).state).toBe('i fas');
    expect(progressOf(4.02, 10, year, middle, ZONE).state).toBe('i fas');
  });

  it('efter: below the expected count by more than max(1, 10 % of target)', () => {
    expect(progressOf(4, 10, year, middle, ZONE).state).toBe('efter');
    expect(progressOf(0, 10, year, middle, ZONE)).toMatchObject({ state: 'efter', remaining: 10, ratio: 0 });
  });

  // A window that has ended has only final verdicts: the target reached (klar) or not (ej nått) — never "i fas"
  // for a count the slack would have let pass, never "efter", and no expected pace left.
  const t2 = tertialWindow({ year: 2026, tertial: 2 }, ZONE);
  const FINAL: readonly [string, number, number, string, string, boolean][] = [
    // what, done, target, when, state, ended
    ['T2 2026 on its last day: a pace to be on', 4, 5, '2026-08-31T23:59', 'i fas', false],
    ['T2 2026 the day after: 4 of 5 within the slack', 4, 5, '2026-09-01T00:00', 'ej nått', true],
    ['T2 2026 in December (the user trial)', 4, 5, '2026-12-06T10:00', 'ej nått', true],
    ['T2 2026 reached', 5, 5, '2026-12-06T10:00', 'klar', true],
    ['T2 2026 nothing done', 0, 5, '2026-12-06T10:00', 'ej nått', true],
    ['a share: 1 of 1⅓', 1, 4 / 3, '2026-12-06T10:00', 'ej nått', true],
  ];
  it.each(FINAL)('%s: %s of %s → %s', (_, done, target, when, state, ended) => {
    const p = progressOf(done, target, t2, at(when), ZONE);
    expect(p.state).toBe(state);
    expect(p.ended).toBe(ended);
    expect(expectedSoFar({ progress: p })).toBe(ended ? null : Math.floor(p.expectedByNow + 1e-9));
  });

  it('the year is over: 9 of 10 and 8 of 10 both did not reach the target', () => {
    expect(progressOf(9, 10, year, year.end, ZONE).state).toBe('ej nått');
    expect(progressOf(8, 10, year, year.end, ZONE).state).toBe('ej nått');
    expect(progressOf(10, 10, year, year.end, ZONE).state).toBe('klar');
  });

  it('ej påbörjad: nothing done and nothing due yet', () => {
    const early = at('2025-01-10T12:00');
    const p = progressOf(0, 10, year, early, ZONE);
    expect(p.expectedByNow).toBeGreaterThan(0);
    expect(p.expectedByNow).toBeLessThan(1);
    expect(p.state).toBe('ej påbörjad');
  });

  it('a window that has not started yet: expected 0; nothing done is ej påbörjad, something done is i fas', () => {
    const t3 = tertialWindow({ year: 2025, tertial: 3 }, ZONE);
    const before = at('2025-06-01T12:00');
    const none = progressOf(0, 6, t3, before, ZONE);
    expect(none).toMatchObject({ state: 'ej påbörjad', expectedByNow: 0, elapsed: 0, remaining: 6 });
    expect(progressOf(2, 6, t3, before, ZONE).state).toBe('i fas');
  });

  it('target 0 is no numeric target: följs upp med text', () => {
    expect(progressOf(0, 0, year, middle, ZONE)).toMatchObject({ state: 'följs upp med text', remaining: 0 });
    expect(progressOf(3, 0, year, middle, ZONE).state).toBe('följs upp med text');
  });
});

describe('scaleTarget', () => {
  const third = 1 / 3;

  it('a yearly target per tertial, year and two-year period', () => {
    const target = { count: 15, per: 'year' } as const;
    expect(scaleTarget(target, third, 2)).toBe(5);
    expect(scaleTarget(target, 1, 2)).toBe(15);
    expect(scaleTarget(target, 2, 2)).toBe(30);
  });

  it('keeps a share that is not whole as a fraction (issue 15: never rounded up)', () => {
    expect(scaleTarget({ count: 10, per: 'year' }, third, 2)).toBeCloseTo(10 / 3, 12);
    expect(scaleTarget({ count: 4, per: 'year' }, third, 2) * 3).toBeCloseTo(4, 12);
  });

  it('a period target is spread over the period’s years', () => {
    const target = { count: 10, per: 'period' } as const;
    expect(scaleTarget(target, 2, 2)).toBe(10);
    expect(scaleTarget(target, 1, 2)).toBe(5);
    expect(scaleTarget(target, third, 2)).toBeCloseTo(5 / 3, 12);
    expect(scaleTarget(target, 1, 1)).toBe(10);
  });

  it('a tertial target is three times as much per year', () => {
    const target = { count: 2, per: 'tertial' } as const;
    expect(scaleTarget(target, third, 2)).toBe(2);
    expect(scaleTarget(target, 1, 2)).toBe(6);
    expect(scaleTarget(target, 2, 2)).toBe(12);
  });

  it('a target of 0 stays 0', () => {
    expect(scaleTarget({ count: 0, per: 'year' }, 1, 2)).toBe(0);
  });
});

describe('progressBar', () => {
  it('draws filled and empty blocks', () => {
    expect(progressBar(0)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(0.5)).toBe('▰▰▰▰▰▱▱▱▱▱');
    expect(progressBar(1)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(progressBar(0.34, 5)).toBe('▰▰▱▱▱');
  });

  it('clamps ratios outside 0–1', () => {
    expect(progressBar(1.7)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(progressBar(-0.2)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(2, 4)).toHaveLength(4);
  });
});
