import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/domain/progress.ts';
import { agreedTarget, expectedPhrase, expectedSoFar, pacePhrase } from '../../src/domain/target.ts';
import { yearWindow } from '../../src/domain/tertial.ts';
import type { Target } from '../../src/domain/types.ts';

const ZONE = 'Europe/Stockholm';

describe('the target as the agreement words it', () => {
  it.each([
    [{ count: 30, per: 'year' }, 'trafikkontroller', 'minst 30 trafikkontroller per år'],
    [{ count: 15, per: 'year' }, 'riktade insatser', 'minst 15 riktade insatser per år'],
    [{ count: 5, per: 'tertial' }, 'krogkontroller', 'minst 5 krogkontroller per tertial'],
    [{ count: 30, per: 'period' }, 'gånger', 'minst 30 gånger under perioden'],
    [{ count: 15, per: 'year' }, undefined, 'minst 15 per år'],
    [null, 'trafikkontroller', 'följs upp med text'],
  ] as [Target | null, string | undefined, string][])('%j %s → %s', (target, unit, text) => {
    expect(agreedTarget(target, 'sv', unit)).toBe(text);
  });

  it('in English too', () => {
    expect(agreedTarget({ count: 30, per: 'year' }, 'en', 'traffic checks')).toBe(
      'at least 30 traffic checks per year',
    );
    expect(agreedTarget(null, 'en')).toBe('followed up in text');
  });
});

describe('väntat hittills', () => {
  it('is rounded down to the activities due by now, the same figure in every phrase', () => {
    // 31 August 2026: 243 of 365 days of 2026 have elapsed; 15 × 243 / 365 = 9.99, and the tenth is not yet due.
    const progress = progressOf(9, 15, yearWindow(2026, ZONE), Date.UTC(2026, 7, 31, 12), ZONE);
    expect(progress.expectedByNow).toBeCloseTo((15 * 243) / 365, 9);
    expect(expectedSoFar({ progress })).toBe(9);
    expect(expectedPhrase({ progress })).toBe('väntat hittills: 9');
    expect(pacePhrase(9)).toBe(expectedPhrase({ progress }));
    // Whole values stay whole despite floating point, and nothing without a target.
    const whole = progressOf(0, 12, yearWindow(2026, ZONE), Date.UTC(2026, 11, 31, 12), ZONE);
    expect(expectedSoFar({ progress: whole })).toBe(12);
    expect(expectedSoFar({ progress: null })).toBeNull();
  });
});
