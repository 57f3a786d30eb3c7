import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { computeSwedishHolidays } from '../../src/domain/swedish-holidays.js';

/**
 * The run-time holiday table is computed (src/domain/swedish-holidays.ts); the well-kept `date-holidays` library, a
 * development dependency, is the oracle: its SE days of type public and bank, with their Swedish names, for every
 * year 2020–2040.
 */
describe('Swedish holidays computed = date-holidays (SE, public + bank), 2020–2040', () => {
  const library = new Holidays('SE', { languages: ['sv'] });
  it('every year has the same days with the same names, in date order', () => {
    const mismatches: string[] = [];
    for (let year = 2020; year <= 2040; year++) {
      const expected = library
        .getHolidays(year, 'sv')
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => `${h.date.slice(0, 10)} ${h.name}`);
      const actual = [...computeSwedishHolidays(year)].map(([day, name]) => `${day} ${name}`);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(`${year}: ${actual.join(', ')} ≠ ${expected.join(', ')}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
