import { describe, expect, it } from 'vitest';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { windowPhrase } from '../../src/domain/target.ts';

/** A one-year agreement (Eksjö 2027) is "2027" wherever its period is written, never "2027–2027". */
describe('the period of an agreement as written', () => {
  const sv = textsFor('sv');
  const en = textsFor('en');
  const one = { periodFrom: 2027, periodTo: 2027 };
  const two = { periodFrom: 2025, periodTo: 2026 };
  it.each([
    [windowPhrase({ kind: 'period' }, one, 'sv'), 'under 2027'],
    [windowPhrase({ kind: 'period' }, one, 'en'), 'in 2027'],
    [windowPhrase({ kind: 'period' }, two, 'sv'), 'under 2025–2026'],
    [sv.agreement.headline('Eksjö', 2027, 2027), 'Medborgarlöftet i Eksjö 2027'],
    [en.agreement.headline('Eksjö', 2027, 2027), 'The agreement of Eksjö 2027'],
    [sv.agreement.headline('Tranås', 2025, 2026), 'Medborgarlöftet i Tranås 2025–2026'],
    [sv.windowPeriod(2027, 2027), 'perioden 2027'],
    [en.windowPeriod(2027, 2027), 'period 2027'],
    [sv.outsidePeriod('3 feb 2026', 2027, 2027), '3 feb 2026 ligger utanför medborgarlöftets period 2027.'],
    [
      sv.setup.renewal('Eksjö', 2027, 2027, '31 dec 2027', 60),
      '📄 Medborgarlöftet 2027 i Eksjö slutar 31 dec 2027 (om 60 dagar)',
    ],
    [
      en.setup.renewal('Eksjö', 2027, 2027, '31 Dec 2027', 60),
      '📄 The agreement 2027 of Eksjö ends on 31 Dec 2027 (in 60 days)',
    ],
  ])('%s', (written, expected) => {
    expect(written).toBe(expected);
  });
});
