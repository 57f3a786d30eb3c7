import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../src/reports/labels.ts';

/** A one-year agreement (next year's, "Medborgarlöfte för Sävsjö kommun 2027") is headed by its year, never "2027–2027". */
describe('the report heading of the promises names the period as the agreement does', () => {
  const CASES: readonly [number, number, string, string][] = [
    [2027, 2027, 'Medborgarlöften Sävsjö kommun 2027', 'Citizen promises, Sävsjö Municipality 2027'],
    [
      2025,
      2026,
      'Medborgarlöften Sävsjö kommun 2025–2026',
      'Citizen promises, Sävsjö Municipality 2025–2026',
    ],
  ];
  it.each(CASES)('%i–%i', (from, to, sv, en) => {
    expect(reportLabels('sv').commitmentsHeading('Sävsjö', from, to)).toBe(sv);
    expect(reportLabels('en').commitmentsHeading('Sävsjö', from, to)).toBe(en);
  });
});
