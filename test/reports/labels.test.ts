import { describe, expect, it } from 'vitest';
import { en } from '../../src/bots/core/texts/en.ts';
import type { Lang } from '../../src/domain/headline.ts';
import { STATISTIC_CATEGORIES, type Statistic, type StatisticCategory } from '../../src/domain/types.ts';
import { reportLabels } from '../../src/reports/labels.ts';
import type { Figure } from '../../src/reports/model.ts';
import { buildStatistics, figureText } from '../../src/reports/statistics.ts';

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

/** A drug-crime figure as each language says a count of offences: "110 innehav varav 13 21 år och yngre", "110 cases of possession, …". */
describe('a statistics figure reads naturally in each language', () => {
  const CASES: readonly [Lang, Figure, string, string][] = [
    ['sv', { count: 110, youth: 13 }, 'narkotika.innehav', '110 innehav varav 13 21 år och yngre'],
    ['sv', { count: 4, youth: null }, 'narkotika.overlatelse', '4 överlåtelse'],
    [
      'en',
      { count: 110, youth: 13 },
      'narkotika.innehav',
      '110 cases of possession, of which 13 aged 21 or younger',
    ],
    ['en', { count: 1, youth: null }, 'narkotika.overlatelse', '1 case of supply'],
    [
      'en',
      { count: 4, youth: 0 },
      'doping.innehav',
      '4 cases of doping possession, of which none aged 21 or younger',
    ],
  ];
  it.each(CASES)('%s %o %s', (lang, figure, category, want) => {
    expect(figureText(figure, reportLabels(lang).categories[category as StatisticCategory], lang)).toBe(want);
  });
});

/** The year's list of figures: in English each figure ends at a semicolon, as "of which …" holds a comma of its own. */
describe('the statistics summary lists the figures apart', () => {
  const statistics = [
    { category: 'narkotika.overlatelse', count: 6, youth: null },
    { category: 'narkotika.innehav', count: 10, youth: 8 },
  ].map((s) => ({ ...s, year: 2026, tertial: 1 }) as unknown as Statistic);
  const CASES: readonly [Lang, string][] = [
    ['sv', ': 6 överlåtelse, 10 innehav varav åtta 21 år och yngre.'],
    ['en', ': 6 cases of supply; 10 cases of possession, of which 8 aged 21 or younger.'],
  ];
  it.each(CASES)('%s', (lang, want) => {
    expect(buildStatistics(statistics, 2026, 3, lang).summary).toContain(want);
  });
});

/** The English report names each drug-crime category as the chat's statistics form does ("Manufacture", "Doping possession"). */
describe('the English report and the chat call a category the same', () => {
  it.each(STATISTIC_CATEGORIES.map((c) => [c]))('%s', (category) => {
    expect(reportLabels('en').categories[category]).toBe(en.categories[category]?.toLowerCase());
  });
});
