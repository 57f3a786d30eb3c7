import { easter } from 'date-easter';

/**
 * The Swedish days off that reminders must avoid, computed from the rules of the law (lag 1989:253 om allmänna
 * helgdagar) plus the three "bank" days that are in practice days off (midsommarafton, julafton, nyårsafton):
 * nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
 * pingstdagen, nationaldagen, midsommarafton, midsommardagen, alla helgons dag, julafton, juldagen, annandag jul and
 * nyårsafton. Easter comes from `date-easter`; the rest is fixed dates and "the Saturday between" rules.
 *
 * A test compares this table with the `date-holidays` library (types public and bank, country SE) for every year
 * 2020–2040; that library stays a development dependency only, because at run time it loads every country's data and
 * two calendar libraries (about 27 MB of memory) for the sixteen days a year we need. Valid from 2005 (nationaldagen a
 * holiday, annandag pingst no longer one).
 */

const DAY_MS = 86_400_000;

/** The Swedish holidays of `year` that are not working days: ISO day → Swedish name, in date order. */
export function computeSwedishHolidays(year: number): ReadonlyMap<string, string> {
  const e = easter(year);
  const easterDay = Date.UTC(year, e.month - 1, e.day);
  const fromEaster = (offset: number) => iso(easterDay + offset * DAY_MS);
  const fixed = (month: number, day: number) => iso(Date.UTC(year, month - 1, day));
  /** The day of `weekday` (0 = Sunday … 6 = Saturday) in the seven days starting `month`-`day`. */
  const weekdayFrom = (month: number, day: number, weekday: number) => {
    const start = Date.UTC(year, month - 1, day);
    const shift = (weekday - new Date(start).getUTCDay() + 7) % 7;
    return iso(start + shift * DAY_MS);
  };
  const days: Array<[string, string]> = [
    [fixed(1, 1), 'nyårsdagen'],
    [fixed(1, 6), 'trettondedag jul'],
    [fromEaster(-2), 'långfredagen'],
    [fromEaster(0), 'påskdagen'],
    [fromEaster(1), 'annandag påsk'],
    [fixed(5, 1), 'första maj'],
    [fromEaster(39), 'Kristi himmelsfärdsdag'],
    [fromEaster(49), 'pingstdagen'],
    [fixed(6, 6), 'nationaldagen'],
    [weekdayFrom(6, 19, 5), 'midsommarafton'],
    [weekdayFrom(6, 20, 6), 'midsommardagen'],
    [weekdayFrom(10, 31, 6), 'alla helgons dag'],
    [fixed(12, 24), 'julafton'],
    [fixed(12, 25), 'juldagen'],
    [fixed(12, 26), 'annandag jul'],
    [fixed(12, 31), 'nyårsafton'],
  ];
  days.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(days);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
