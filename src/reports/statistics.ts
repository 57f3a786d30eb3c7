import type { Lang } from '../domain/headline.ts';
import { STATISTIC_CATEGORIES, type Statistic, type TertialNumber } from '../domain/types.ts';
import { reportLabels } from './labels.ts';
import type { Figure, ReportStatistics, StatisticRow } from './model.ts';

/**
 * "110 innehav varav 13 21 år och yngre", "2 dopningslagen innehav": the seed documents' wording; in English "110 cases
 * of possession, of which 13 aged 21 or younger".
 */
export function figureText(figure: Figure, label: string, lang: Lang): string {
  const l = reportLabels(lang);
  return l.figure(figure.count, label, figure.youth === null ? null : l.youth(figure.youth));
}

function sum(figures: readonly (Figure | null)[]): Figure {
  const present = figures.filter((f): f is Figure => f !== null);
  const youths = present.map((f) => f.youth).filter((y): y is number => y !== null);
  return {
    count: present.reduce((s, f) => s + f.count, 0),
    youth: youths.length === 0 ? null : youths.reduce((s, y) => s + y, 0),
  };
}

/**
 * The statistics of a follow-up: one row per category with the figure of each tertial up to `upTo` (each stored as
 * the tertial's own figure) and the year's total. Up to T3 the T3 cell adds "Sammanlagt under 2020: …" as the seed
 * documents do ("Hittills under 2026: …" while T3 runs), and `summary` lists every category's total.
 */
export function buildStatistics(
  statistics: readonly Statistic[],
  year: number,
  upTo: TertialNumber,
  lang: Lang,
  complete = true,
): ReportStatistics {
  const l = reportLabels(lang);
  const rows: StatisticRow[] = [];
  const yearLead = complete ? l.yearLead(year) : l.soFarLead(year);
  for (const category of STATISTIC_CATEGORIES) {
    const label = l.categories[category];
    const tertials = ([1, 2, 3] as const).map((t): Figure | null => {
      if (t > upTo) return null;
      const s = statistics.find((x) => x.year === year && x.tertial === t && x.category === category);
      return s ? { count: s.count, youth: s.youth } : null;
    }) as [Figure | null, Figure | null, Figure | null];
    if (tertials.every((f) => f === null)) continue;
    const total = sum(tertials);
    const cells = tertials.map((f) => (f ? `${figureText(f, label, lang)}.` : '')) as [
      string,
      string,
      string,
    ];
    if (upTo === 3) cells[2] = `${cells[2]} ${yearLead}: ${figureText(total, label, lang)}.`.trim();
    rows.push({ category, label, tertials, total, cells });
  }
  if (rows.length === 0) return { rows, summary: l.noStatistics(year) };
  const lead = upTo === 3 ? yearLead : l.soFar(year, upTo);
  const list = rows.map((r) => figureText(r.total, r.label, lang)).join(l.figureSeparator);
  return { rows, summary: `${lead}, ${l.statisticsLead}: ${list}.` };
}
