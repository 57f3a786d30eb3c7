import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  dayWindow,
  formatTertial,
  isIsoDay,
  localDay,
  nextTertial,
  periodWindow,
  previousTertial,
  tertialFirstDay,
  tertialLastDay,
  tertialOf,
  tertialOfDay,
  tertialOfMonth,
  tertialsOfPeriod,
  tertialWindow,
  yearWindow,
} from '../../src/domain/tertial.ts';

const ZONE = 'Europe/Stockholm';
const HOUR = 3_600_000;

/** An instant given as Stockholm wall-clock time. */
function at(iso: string): number {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  if (!dt.isValid) throw new Error(`bad test instant ${iso}`);
  return dt.toMillis();
}

function local(ms: number): DateTime {
  return DateTime.fromMillis(ms, { zone: ZONE });
}

describe('tertialOf at the boundaries (Stockholm time)', () => {
  it('30 April 23:59:59 is T1 and 1 May 00:00:00 is T2', () => {
    expect(tertialOf(at('2025-04-30T23:59:59'), ZONE)).toEqual({ year: 2025, tertial: 1 });
    expect(tertialOf(at('2025-04-30T23:59:59.999'), ZONE)).toEqual({ year: 2025, tertial: 1 });
    expect(tertialOf(at('2025-05-01T00:00:00'), ZONE)).toEqual({ year: 2025, tertial: 2 });
  });

  it('uses the zone, not UTC: 1 May 00:30 Stockholm is still 30 April in UTC', () => {
    const instant = at('2025-05-01T00:30:00');
    expect(new Date(instant).toISOString().slice(0, 10)).toBe('2025-04-30');
    expect(tertialOf(instant, ZONE)).toEqual({ year: 2025, tertial: 2 });
    expect(tertialOf(instant, 'UTC')).toEqual({ year: 2025, tertial: 1 });
  });

  it('defaults to Europe/Stockholm', () => {
    expect(tertialOf(at('2025-05-01T00:00:00'))).toEqual({ year: 2025, tertial: 2 });
  });

  it('31 August 23:59:59 is T2 and 1 September 00:00 is T3', () => {
    expect(tertialOf(at('2025-08-31T23:59:59'), ZONE)).toEqual({ year: 2025, tertial: 2 });
    expect(tertialOf(at('2025-09-01T00:00:00'), ZONE)).toEqual({ year: 2025, tertial: 3 });
  });

  it('31 December 23:59:59 is T3 and 1 January 00:00 is T1 of the next year', () => {
    expect(tertialOf(at('2025-12-31T23:59:59'), ZONE)).toEqual({ year: 2025, tertial: 3 });
    expect(tertialOf(at('2026-01-01T00:00:00'), ZONE)).toEqual({ year: 2026, tertial: 1 });
  });
});

describe('tertial days', () => {
  it.each([
    [1, '2024-01-01', '2024-04-30'],
    [2, '2024-05-01', '2024-08-31'],
    [3, '2024-09-01', '2024-12-31'],
  ] as const)('T%i 2024 runs %s – %s', (tertial, first, last) => {
    expect(tertialFirstDay({ year: 2024, tertial })).toBe(first);
    expect(tertialLastDay({ year: 2024, tertial })).toBe(last);
    expect(tertialOfDay(first)).toEqual({ year: 2024, tertial });
    expect(tertialOfDay(last)).toEqual({ year: 2024, tertial });
  });

  it('tertialOfMonth maps 1–4, 5–8, 9–12 and rejects others', () => {
    expect([1, 4, 5, 8, 9, 12].map(tertialOfMonth)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(() => tertialOfMonth(0)).toThrow(RangeError);
    expect(() => tertialOfMonth(13)).toThrow(RangeError);
    expect(() => tertialOfMonth(4.5)).toThrow(RangeError);
  });

  it('tertialOfDay rejects a non-date', () => {
    expect(() => tertialOfDay('2024-02-30')).toThrow(RangeError);
  });

  it('tertialsOfPeriod lists every tertial of the period in order', () => {
    expect(tertialsOfPeriod(2025, 2026)).toEqual([
      { year: 2025, tertial: 1 },
      { year: 2025, tertial: 2 },
      { year: 2025, tertial: 3 },
      { year: 2026, tertial: 1 },
      { year: 2026, tertial: 2 },
      { year: 2026, tertial: 3 },
    ]);
    expect(tertialsOfPeriod(2020, 2020)).toHaveLength(3);
    expect(tertialsOfPeriod(2021, 2020)).toEqual([]);
  });

  it('next and previous tertial cross year ends', () => {
    expect(nextTertial({ year: 2025, tertial: 3 })).toEqual({ year: 2026, tertial: 1 });
    expect(nextTertial({ year: 2025, tertial: 1 })).toEqual({ year: 2025, tertial: 2 });
    expect(previousTertial({ year: 2026, tertial: 1 })).toEqual({ year: 2025, tertial: 3 });
    expect(previousTertial({ year: 2026, tertial: 3 })).toEqual({ year: 2026, tertial: 2 });
  });

  it('isIsoDay agrees with luxon for every day of sample years, and for impossible days', () => {
    for (const year of [0, 1600, 1900, 2000, 2023, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (const date of [0, 1, 28, 29, 30, 31, 32]) {
          const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
          expect(isIsoDay(day), day).toBe(DateTime.fromISO(day, { zone: 'UTC' }).isValid);
        }
      }
    }
  });

  it('isIsoDay and formatTertial', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-1-01')).toBe(false);
    expect(formatTertial({ year: 2025, tertial: 2 })).toBe('T2 2025');
  });
});

describe('windows across daylight saving time (last Sundays of March and October)', () => {
  it('a tertial window starts and ends at local midnights', () => {
    const t1 = tertialWindow({ year: 2026, tertial: 1 }, ZONE);
    expect(local(t1.start).toISO()).toBe('2026-01-01T00:00:00.000+01:00');
    // T1 contains the spring switch (2026-03-29) and ends at a summer-time midnight.
    expect(local(t1.end).toISO()).toBe('2026-05-01T00:00:00.000+02:00');
    expect(t1.firstDay).toBe('2026-01-01');
    expect(t1.lastDay).toBe('2026-04-30');
    const t3 = tertialWindow({ year: 2026, tertial: 3 }, ZONE);
    expect(local(t3.start).toISO()).toBe('2026-09-01T00:00:00.000+02:00');
    expect(local(t3.end).toISO()).toBe('2027-01-01T00:00:00.000+01:00');
  });

  it('a year window and a period window start and end at local midnights', () => {
    const y = yearWindow(2026, ZONE);
    expect(local(y.start).toISO()).toBe('2026-01-01T00:00:00.000+01:00');
    expect(local(y.end).toISO()).toBe('2027-01-01T00:00:00.000+01:00');
    expect(y.end - y.start).toBe(365 * 24 * HOUR);
    const p = periodWindow(2025, 2026, ZONE);
    expect(local(p.start).toISO()).toBe('2025-01-01T00:00:00.000+01:00');
    expect(local(p.end).toISO()).toBe('2027-01-01T00:00:00.000+01:00');
  });

  it('the spring-forward day (2026-03-29) has 23 hours', () => {
    const w = dayWindow('2026-03-29', '2026-03-29', ZONE);
    expect(w.end - w.start).toBe(23 * HOUR);
    expect(local(w.start).toISO()).toBe('2026-03-29T00:00:00.000+01:00');
    expect(local(w.end).toISO()).toBe('2026-03-30T00:00:00.000+02:00');
  });

  it('the fall-back day (2026-10-25) has 25 hours', () => {
    const w = dayWindow('2026-10-25', '2026-10-25', ZONE);
    expect(w.end - w.start).toBe(25 * HOUR);
    expect(local(w.start).toISO()).toBe('2026-10-25T00:00:00.000+02:00');
    expect(local(w.end).toISO()).toBe('2026-10-26T00:00:00.000+01:00');
  });

  it('an ordinary day has 24 hours', () => {
    const w = dayWindow('2026-06-15', '2026-06-15', ZONE);
    expect(w.end - w.start).toBe(24 * HOUR);
  });

  it('rejects a window of non-dates', () => {
    expect(() => dayWindow('nope', '2026-01-01', ZONE)).toThrow(RangeError);
  });
});

describe('localDay around the DST switch', () => {
  it('spring forward: 01:59:59 +01:00 and 03:00 +02:00 are one second apart on the same day', () => {
    const before = at('2026-03-29T01:59:59');
    const after = at('2026-03-29T03:00:00');
    expect(after - before).toBe(1000);
    expect(localDay(before, ZONE)).toBe('2026-03-29');
    expect(localDay(after, ZONE)).toBe('2026-03-29');
  });

  it('fall back: both 02:30s of 2026-10-25 are that day; 23:59:59 too; midnight is the next', () => {
    const firstHalfPast = Date.UTC(2026, 9, 25, 0, 30); // 02:30 +02:00
    const secondHalfPast = Date.UTC(2026, 9, 25, 1, 30); // 02:30 +01:00
    expect(local(firstHalfPast).toFormat('HH:mm')).toBe('02:30');
    expect(local(secondHalfPast).toFormat('HH:mm')).toBe('02:30');
    expect(localDay(firstHalfPast, ZONE)).toBe('2026-10-25');
    expect(localDay(secondHalfPast, ZONE)).toBe('2026-10-25');
    expect(localDay(at('2026-10-25T23:59:59'), ZONE)).toBe('2026-10-25');
    expect(localDay(at('2026-10-26T00:00:00'), ZONE)).toBe('2026-10-26');
  });

  it('the last instant before local midnight in winter is 22:59:59 UTC', () => {
    expect(localDay(Date.UTC(2026, 0, 15, 22, 59, 59), ZONE)).toBe('2026-01-15');
    expect(localDay(Date.UTC(2026, 0, 15, 23, 0, 0), ZONE)).toBe('2026-01-16');
    // Summer: UTC+2.
    expect(localDay(Date.UTC(2026, 6, 15, 21, 59, 59), ZONE)).toBe('2026-07-15');
    expect(localDay(Date.UTC(2026, 6, 15, 22, 0, 0), ZONE)).toBe('2026-07-16');
  });

  it('remembering the last day never answers for another instant or zone: every 181 minutes of 2026, two zones', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let t = start; t < Date.UTC(2027, 0, 1); t += 181 * 60_000) {
      for (const zone of [ZONE, 'America/New_York']) {
        // Interleaved, forwards and a day back, as requests and the scheduler ask.
        for (const instant of [t, t - 86_400_000]) {
          expect(localDay(instant, zone)).toBe(DateTime.fromMillis(instant, { zone }).toISODate());
        }
      }
    }
  });
});
