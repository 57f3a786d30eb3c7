import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  holidayName,
  isWorkingDay,
  localInstant,
  onWorkingDay,
  swedishHolidays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../src/domain/working-days.ts';

const ZONE = 'Europe/Stockholm';

/**
 * The sixteen days, worked out by hand for 2025–2030.
 * Easter Sundays: 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21;
 * långfredagen = E−2, annandag påsk = E+1, Kristi himmelsfärdsdag = E+39, pingstdagen = E+49;
 * midsommarafton = the Friday 19–25 June, midsommardagen the day after; alla helgons dag = the Saturday 31 Oct–6 Nov.
 */
const MOVABLE: Record<number, Record<string, string>> = {
  2025: {
    långfredagen: '04-18',
    påskdagen: '04-20',
    'annandag påsk': '04-21',
    'Kristi himmelsfärdsdag': '05-29',
    pingstdagen: '06-08',
    midsommarafton: '06-20',
    midsommardagen: '06-21',
    'alla helgons dag': '11-01',
  },
  2026: {
    långfredagen: '04-03',
    påskdagen: '04-05',
    'annandag påsk': '04-06',
    'Kristi himmelsfärdsdag': '05-14',
    pingstdagen: '05-24',
    midsommarafton: '06-19',
    midsommardagen: '06-20',
    'alla helgons dag': '10-31',
  },
  2027: {
    långfredagen: '03-26',
    påskdagen: '03-28',
    'annandag påsk': '03-29',
    'Kristi himmelsfärdsdag': '05-06',
    pingstdagen: '05-16',
    midsommarafton: '06-25',
    midsommardagen: '06-26',
    'alla helgons dag': '11-06',
  },
  2028: {
    långfredagen: '04-14',
    påskdagen: '04-16',
    'annandag påsk': '04-17',
    'Kristi himmelsfärdsdag': '05-25',
    pingstdagen: '06-04',
    midsommarafton: '06-23',
    midsommardagen: '06-24',
    'alla helgons dag': '11-04',
  },
  2029: {
    långfredagen: '03-30',
    påskdagen: '04-01',
    'annandag påsk': '04-02',
    'Kristi himmelsfärdsdag': '05-10',
    pingstdagen: '05-20',
    midsommarafton: '06-22',
    midsommardagen: '06-23',
    'alla helgons dag': '11-03',
  },
  2030: {
    långfredagen: '04-19',
    påskdagen: '04-21',
    'annandag påsk': '04-22',
    'Kristi himmelsfärdsdag': '05-30',
    pingstdagen: '06-09',
    midsommarafton: '06-21',
    midsommardagen: '06-22',
    'alla helgons dag': '11-02',
  },
};
const FIXED: Record<string, string> = {
  nyårsdagen: '01-01',
  'trettondedag jul': '01-06',
  'första maj': '05-01',
  nationaldagen: '06-06',
  julafton: '12-24',
  juldagen: '12-25',
  'annandag jul': '12-26',
  nyårsafton: '12-31',
};

function expectedHolidays(year: number): Map<string, string> {
  const all = { ...FIXED, ...MOVABLE[year] };
  return new Map(Object.entries(all).map(([name, md]) => [`${year}-${md}`, name]));
}

describe('Swedish holidays 2025–2030', () => {
  for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
    it(`${year}: exactly the sixteen listed days, none a working day`, () => {
      const expected = expectedHolidays(year);
      expect(expected.size).toBe(16);
      const actual = swedishHolidays(year);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [day, name] of expected) {
        expect(holidayName(day)?.toLowerCase(), `${day} ${name}`).toBe(name.toLowerCase());
        expect(isWorkingDay(day), `${day} ${name}`).toBe(false);
      }
    });
  }

  it('eves that are not on the list stay working days (påskafton is a Saturday anyway; valborg, trettondagsafton)', () => {
    expect(isWorkingDay('2026-04-30')).toBe(true); // valborgsmässoafton, Thursday
    expect(isWorkingDay('2026-01-05')).toBe(true); // trettondagsafton, Monday
    expect(isWorkingDay('2026-04-02')).toBe(true); // skärtorsdagen
    expect(isWorkingDay('2026-05-25')).toBe(true); // annandag pingst is no longer a holiday
  });

  it('weekends are not working days', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-03-08')).toBe(false);
    expect(isWorkingDay('2026-03-09')).toBe(true);
  });
});

describe('moving to a working day', () => {
  it('midsommarafton, Friday 19 June 2026 → Thursday 18 June', () => {
    expect(workingDayOnOrBefore('2026-06-19')).toBe('2026-06-18');
  });

  it('Saturday 2 May 2026 → Thursday 30 April (1 May is a holiday)', () => {
    expect(workingDayOnOrBefore('2026-05-02')).toBe('2026-04-30');
  });

  it('Christmas: Saturday 26 December 2026 → Wednesday 23 December', () => {
    expect(workingDayOnOrBefore('2026-12-26')).toBe('2026-12-23');
  });

  it('Easter: annandag påsk 2026 → Thursday 2 April', () => {
    expect(workingDayOnOrBefore('2026-04-06')).toBe('2026-04-02');
  });

  it('forward: nyårsafton 2026 → Monday 4 January 2027', () => {
    expect(workingDayOnOrAfter('2026-12-31')).toBe('2027-01-04');
  });

  it('a working day stays put', () => {
    expect(workingDayOnOrBefore('2026-06-17')).toBe('2026-06-17');
    expect(workingDayOnOrAfter('2026-06-17')).toBe('2026-06-17');
  });

  it('keeps the local time, also when the shift crosses a DST change', () => {
    // Sunday 29 March 2026 (DST starts) → Friday 27 March, still 09:00 local, in winter time.
    const at = onWorkingDay('2026-03-29', '09:00', ZONE);
    expect(DateTime.fromMillis(at, { zone: ZONE }).toISO()).toBe('2026-03-27T09:00:00.000+01:00');
    // Sunday 25 October 2026 (DST ends) → Friday 23 October 09:00, summer time.
    const autumn = onWorkingDay('2026-10-25', '09:00', ZONE);
    expect(DateTime.fromMillis(autumn, { zone: ZONE }).toISO()).toBe('2026-10-23T09:00:00.000+02:00');
  });
});

describe('working-day arithmetic and wall-clock time', () => {
  it('5 working days after 30 April 2026 is Friday 8 May (1 May and the weekend skipped)', () => {
    expect(addWorkingDays('2026-04-30', 5)).toBe('2026-05-08');
  });

  it('5 working days after 31 December 2026 is Monday 11 January 2027 (nyårsdagen, trettondedag jul skipped)', () => {
    expect(addWorkingDays('2026-12-31', 5)).toBe('2027-01-11');
  });

  it('09:00 is 09:00 on both sides of DST', () => {
    expect(DateTime.fromMillis(localInstant('2026-03-27', '09:00', ZONE), { zone: 'UTC' }).toISO()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(DateTime.fromMillis(localInstant('2026-03-30', '09:00', ZONE), { zone: 'UTC' }).toISO()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('DST policy: a non-existent time moves forward; an ambiguous one is the later (winter-time) instant', () => {
    expect(DateTime.fromMillis(localInstant('2026-03-29', '02:30', ZONE), { zone: ZONE }).toISO()).toBe(
      '2026-03-29T03:30:00.000+02:00',
    );
    expect(DateTime.fromMillis(localInstant('2026-10-25', '02:30', ZONE), { zone: ZONE }).toISO()).toBe(
      '2026-10-25T02:30:00.000+01:00',
    );
  });

  it('refuses malformed input', () => {
    expect(() => localInstant('2026-13-01', '09:00', ZONE)).toThrow(RangeError);
    expect(() => localInstant('2026-01-01', '9:00', ZONE)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-01', 0)).toThrow(RangeError);
  });
});
