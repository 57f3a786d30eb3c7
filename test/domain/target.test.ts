import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/domain/progress.ts';
import type { SummaryWindow } from '../../src/domain/summary.ts';
import {
  agreedTarget,
  expectedPhrase,
  expectedSoFar,
  pacePhrase,
  signedCount,
  signedTarget,
} from '../../src/domain/target.ts';
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

describe('a share of another basis is never a fraction of a registration', () => {
  const agreement = { periodFrom: 2025, periodTo: 2026 };
  const t3 = { kind: 'tertial', year: 2026, tertial: 3 } as const;
  const y = { kind: 'year', year: 2026 } as const;
  const cases: readonly [Target, number, number, SummaryWindow, 'sv' | 'en', string][] = [
    // agreed target, the window's share, done, window, language, signed count
    [{ count: 4, per: 'year' }, 4 / 3, 1, t3, 'sv', '1 under T3 2026 (mål: minst 4 per år)'],
    [{ count: 4, per: 'year' }, 4 / 3, 1, t3, 'en', '1 in T3 2026 (target: at least 4 per year)'],
    [{ count: 20, per: 'period' }, 20 / 6, 2, t3, 'sv', '2 under T3 2026 (mål: minst 20 under perioden)'],
    [{ count: 15, per: 'year' }, 5, 3, t3, 'sv', '3 av minst 5 under T3 2026 (15 per år)'],
    [{ count: 4, per: 'tertial' }, 12, 7, y, 'sv', '7 av minst 12 under 2026 (4 per tertial)'],
    [{ count: 4, per: 'year' }, 4, 1, y, 'sv', '1 av minst 4 under 2026'],
  ];
  it.each(cases)('%j as %d: %s', (target, share, done, window, lang, signed) => {
    const line = { done, target: share, activity: { target } };
    expect(signedCount(line, window, agreement, lang)).toBe(signed);
    expect(signedTarget(line, window, agreement, lang)).not.toMatch(/[⅙¼⅓½⅔¾⅚]|\d[,.]\d/);
  });
});
