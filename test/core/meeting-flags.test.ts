import { describe, expect, it } from 'vitest';
import { seriesSv } from '../../src/bots/core/texts/meetings-sv.ts';
import { computeSwedishHolidays } from '../../src/domain/swedish-holidays.ts';

/** The holiday flag of a meeting names the day as Swedish writes it: lower case, but Kristi himmelsfärdsdag. */

describe('the Swedish holiday flag', () => {
  it('writes every holiday name of a year as Swedish does', () => {
    const expected: Record<string, string> = {
      '2027-01-01': '1 jan är nyårsdagen',
      '2027-01-06': '6 jan är trettondedag jul',
      '2027-03-26': '26 mar är långfredagen',
      '2027-03-28': '28 mar är påskdagen',
      '2027-03-29': '29 mar är annandag påsk',
      '2027-05-01': '1 maj är första maj',
      '2027-05-06': '6 maj är Kristi himmelsfärdsdag',
      '2027-05-16': '16 maj är pingstdagen',
      '2027-06-06': '6 jun är nationaldagen',
      '2027-06-25': '25 jun är midsommarafton',
      '2027-06-26': '26 jun är midsommardagen',
      '2027-11-06': '6 nov är alla helgons dag',
      '2027-12-24': '24 dec är julafton',
      '2027-12-25': '25 dec är juldagen',
      '2027-12-26': '26 dec är annandag jul',
      '2027-12-31': '31 dec är nyårsafton',
    };
    const flagged = Object.fromEntries(
      [...computeSwedishHolidays(2027)].map(([day, name]) => [day, seriesSv.flagHoliday(day, name)]),
    );
    expect(flagged).toEqual(expected);
  });
});
