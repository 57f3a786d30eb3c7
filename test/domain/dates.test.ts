import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DatePurpose,
  type DateReading,
  daysBetween,
  FAR_BACK_DAYS,
  readDateAt,
  resolveDate,
} from '../../src/domain/dates.ts';
import { localDay } from '../../src/domain/tertial.ts';

/**
 * The one date rule against an independent brute-force oracle: plain `Date` arithmetic in UTC, walking day by day
 * — no luxon, no shared helper — for every day of 2026–2028 as "today" (29 February 2028 included).
 */

const DAY_MS = 86_400_000;

function ms(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
/** 1 = Monday … 7 = Sunday. */
function isoWeekday(t: number): number {
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

type Expect =
  | { type: 'date' | 'needs-confirmation'; day: string }
  | { type: 'ask-which-day'; days: string[] }
  | { type: 'refused'; reason: 'future' | 'past' | 'invalid'; day?: string };

/** Classifies a resolved day the way the issue states the rule. */
function classify(day: string, today: string, purpose: DatePurpose): Expect {
  const t = ms(today);
  const d = ms(day);
  if (purpose === 'registration') {
    if (d > t) return { type: 'refused', reason: 'future', day };
    if ((t - d) / DAY_MS > FAR_BACK_DAYS) return { type: 'needs-confirmation', day };
    return { type: 'date', day };
  }
  if (d < t) return { type: 'refused', reason: 'past', day };
  return { type: 'date', day };
}

/** Walks from today (backwards for a registration, forwards for a meeting) to the first day matching `match`. */
function walk(
  today: string,
  purpose: DatePurpose,
  match: (t: number) => boolean,
  skipToday = false,
): string | null {
  const step = purpose === 'registration' ? -DAY_MS : DAY_MS;
  let t = ms(today) + (skipToday ? step : 0);
  for (let n = 0; n < 366 * 5; n++, t += step) if (match(t)) return dayOf(t);
  return null;
}

function dayMonth(today: string, purpose: DatePurpose, d: number, m: number): Expect {
  // A day no month ever has (31/4, 30/2) exists in no year: leap year 2028 tells without walking.
  if (new Date(Date.UTC(2028, m - 1, d)).getUTCDate() !== d) return { type: 'refused', reason: 'invalid' };
  const found = walk(today, purpose, (t) => {
    const x = new Date(t);
    return x.getUTCDate() === d && x.getUTCMonth() + 1 === m;
  });
  return found === null ? { type: 'refused', reason: 'invalid' } : classify(found, today, purpose);
}

const SV_WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const SV_MONTHS = [
  'jan',
  'feb',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'aug',
  'sep',
  'okt',
  'nov',
  'december',
];

/** Inputs and the oracle's answer for each, given today. */
function oracleCases(today: string, purpose: DatePurpose): [string, Expect][] {
  const t = ms(today);
  const rel = (n: number) => classify(dayOf(t + n * DAY_MS), today, purpose);
  const out: [string, Expect][] = [
    ['idag', rel(0)],
    ['i dag', rel(0)],
    ['today', rel(0)],
    ['igår', rel(-1)],
    ['i går', rel(-1)],
    ['yesterday', rel(-1)],
    ['i förrgår', rel(-2)],
    ['förrgår', rel(-2)],
    ['imorgon', rel(1)],
    ['i morgon', rel(1)],
    ['tomorrow', rel(1)],
  ];
  SV_WEEKDAYS.forEach((name, k) => {
    const wd = k + 1;
    // "i fredags": the last such day before today (never today), for either purpose.
    const last = walk(today, 'registration', (x) => isoWeekday(x) === wd, true) as string;
    out.push([`i ${name}s`, classify(last, today, purpose)]);
    // A bare weekday: today when it is that day, else the last one (registration) or next one (meeting).
    const bare = walk(today, purpose, (x) => isoWeekday(x) === wd) as string;
    out.push([name, classify(bare, today, purpose)]);
  });
  // English weekdays, full and short as people type them ("tue", "Thurs"): bare, after "last" and after "last week".
  const EN_SHORT = [
    ['Monday', 'mon'],
    ['tuesday', 'tue', 'Tues'],
    ['Wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'Thurs'],
    ['Friday', 'fri'],
    ['saturday', 'sat'],
    ['Sunday', 'sun'],
  ];
  EN_SHORT.forEach((names, k) => {
    const wd = k + 1;
    const bare = walk(today, purpose, (x) => isoWeekday(x) === wd) as string;
    const last = walk(today, 'registration', (x) => isoWeekday(x) === wd, true) as string;
    for (const name of names)
      out.push([name, classify(bare, today, purpose)], [`last ${name}`, classify(last, today, purpose)]);
  });
  // Ordinal days in English: "3rd Dec", "21st December", "Dec 3rd".
  for (const [input, d, m] of [
    ['1st Jan', 1, 1],
    ['2nd feb', 2, 2],
    ['3rd Dec', 3, 12],
    ['21st December', 21, 12],
    ['29th Feb', 29, 2],
    ['Dec 3rd', 3, 12],
  ] as const) {
    out.push([input, dayMonth(today, purpose, d, m)]);
  }
  // förra veckan: Monday–Friday of the week before today's.
  const monday = t - (isoWeekday(t) - 1) * DAY_MS - 7 * DAY_MS;
  out.push([
    'förra veckan',
    purpose === 'registration'
      ? { type: 'ask-which-day', days: [0, 1, 2, 3, 4].map((n) => dayOf(monday + n * DAY_MS)) }
      : { type: 'refused', reason: 'past' },
  ]);
  // "förra veckan, onsdag" (the answer to that question, as written back): that day of the week before today's.
  const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  SV_WEEKDAYS.forEach((name, k) => {
    const day = classify(dayOf(monday + k * DAY_MS), today, purpose);
    out.push(
      [`förra veckan, ${name}`, day],
      [`förra veckan ${name}`, day],
      [`last week, ${EN_WEEKDAYS[k]}`, day],
      [`last week ${EN_SHORT[k]?.[1]}`, day],
    );
  });
  for (const d of [1, 6, 7, 15, 24, 28, 29, 30, 31]) {
    for (let m = 1; m <= 12; m++) {
      out.push([`${d}/${m}`, dayMonth(today, purpose, d, m)]);
      if (d === 7 || d === 29) out.push([`${d} ${SV_MONTHS[m - 1]}`, dayMonth(today, purpose, d, m)]);
    }
  }
  // Full dates, valid and not.
  for (const full of ['2025-12-07', '2026-02-29', '2028-02-29', '2027-06-15', '2026-12-31', '2028-12-31']) {
    const valid = dayOf(ms(full)) === full;
    out.push([full, valid ? classify(full, today, purpose) : { type: 'refused', reason: 'invalid' }]);
  }
  return out;
}

function comparable(r: DateReading | null): unknown {
  if (r === null) return null;
  const { consumed: _consumed, ...rest } = r as DateReading & { text?: string };
  if (rest.type === 'refused') {
    const { text: _text, ...refused } = rest as { text: string } & Record<string, unknown>;
    return refused;
  }
  return rest;
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = ms(from); t <= ms(to); t += DAY_MS) days.push(dayOf(t));
  return days;
}

describe('the date rule (src/domain/dates.ts) against a brute-force oracle', () => {
  const days = everyDay('2026-01-01', '2028-12-31');

  it('covers every day of 2026–2028 as today, leap day included', () => {
    expect(days).toHaveLength(365 + 365 + 366);
    expect(days).toContain('2028-02-29');
  });

  for (const purpose of ['registration', 'meeting'] as const) {
    it(`agrees with the oracle for every today and a grid of inputs (${purpose})`, () => {
      const wrong: string[] = [];
      for (const today of days) {
        for (const [input, expected] of oracleCases(today, purpose)) {
          const got = comparable(resolveDate(input, today, purpose));
          const want = expected.type === 'refused' && expected.day === undefined ? { ...expected } : expected;
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            wrong.push(`${today} "${input}": got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
            if (wrong.length > 20) break;
          }
        }
        if (wrong.length > 20) break;
      }
      expect(wrong).toEqual([]);
    });
  }

  it('reads times as notes, never as dates', () => {
    for (const time of ['21.00', '7.30', '21:00', '00.00', '23.59', 'kl.21', 'kl.21.30']) {
      const r = readDateAt([time, 'vid', 'stationen'], 0, '2026-12-06', 'registration');
      expect([time, r]).toEqual([time, null]);
    }
    expect(resolveDate('24.12', '2026-12-06', 'registration')).toMatchObject({
      type: 'refused',
      reason: 'invalid',
    });
  });
});

/** The calendar day in Stockholm by Intl (independent of luxon). */
function stockholmDay(instant: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
  return parts;
}

describe('today around Stockholm midnight and both DST changes', () => {
  // Midnight in Stockholm is 23:00 UTC the day before in winter, 22:00 UTC in summer.
  const nights = [
    '2026-01-01',
    '2026-03-29', // summer time starts 02:00 → 03:00
    '2026-10-25', // summer time ends 03:00 → 02:00
    '2027-03-28',
    '2027-10-31',
    '2028-02-29',
    '2028-03-01',
    '2028-03-26',
    '2028-10-29',
    '2028-12-31',
  ];
  it('resolves idag, igår and a day-month from the Stockholm calendar day, minute by minute', () => {
    const wrong: string[] = [];
    for (const night of nights) {
      const base = ms(night) - 2 * 3_600_000; // 22:00 UTC the day before
      for (let minute = -120; minute <= 360; minute += 1) {
        const instant = base + minute * 60_000;
        const today = localDay(instant, 'Europe/Stockholm');
        const oracle = stockholmDay(instant);
        if (today !== oracle) wrong.push(`${new Date(instant).toISOString()}: ${today} ≠ ${oracle}`);
        const y = resolveDate('igår', today, 'registration');
        const want = dayOf(ms(oracle) - DAY_MS);
        if (y?.type !== 'date' || y.day !== want) wrong.push(`${oracle} igår → ${JSON.stringify(y)}`);
        const tomorrow = resolveDate('imorgon', today, 'registration');
        if (tomorrow?.type !== 'refused' || tomorrow.reason !== 'future')
          wrong.push(`${oracle} imorgon stored`);
        const own = resolveDate(
          `${Number(oracle.slice(8))}/${Number(oracle.slice(5, 7))}`,
          today,
          'registration',
        );
        if (own?.type !== 'date' || own.day !== oracle)
          wrong.push(`${oracle} own d/m → ${JSON.stringify(own)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe('properties of the date rule', () => {
  const today = fc
    .integer({ min: ms('2020-01-01') / DAY_MS, max: ms('2035-12-31') / DAY_MS })
    .map((n) => dayOf(n * DAY_MS));
  const word = fc.oneof(
    fc.constantFrom(
      'idag',
      'igår',
      'i',
      'går',
      'förrgår',
      'imorgon',
      'morgon',
      'övermorgon',
      'fredags',
      'fredag',
      'söndag',
      'förra',
      'veckan',
      'last',
      'week',
      'friday',
      'nov',
      'december',
      'feb',
      'den',
      '2026',
      '2099',
      '1999',
    ),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 })).map(([d, m]) => `${d}/${m}`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 2100 }),
      )
      .map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.integer({ min: 0, max: 40 }).map(String),
    fc.string({ maxLength: 8 }),
  );
  const line = fc.array(word, { minLength: 1, maxLength: 4 });

  it('never lands a registration after today, nor more than 60 days back without a question', () => {
    fc.assert(
      fc.property(today, line, (t, tokens) => {
        const r = readDateAt(tokens, 0, t, 'registration');
        if (r === null || r.type === 'refused') return;
        if (r.type === 'ask-which-day') {
          for (const d of r.days) expect(d <= t).toBe(true);
          return;
        }
        expect(r.day <= t).toBe(true);
        if (r.type === 'date') expect(daysBetween(r.day, t)).toBeLessThanOrEqual(FAR_BACK_DAYS);
        else expect(daysBetween(r.day, t)).toBeGreaterThan(FAR_BACK_DAYS);
      }),
      { numRuns: 3000 },
    );
  });

  it('never plans a meeting before today', () => {
    fc.assert(
      fc.property(today, line, (t, tokens) => {
        const r = readDateAt(tokens, 0, t, 'meeting');
        if (r === null || r.type === 'refused') return;
        expect(r.type).toBe('date');
        if (r.type === 'date') expect(r.day >= t).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
