import { STATISTIC_CATEGORIES, type StatisticCategory, type TertialNumber } from '../domain/types.ts';
import { numberMentions } from './mentions.ts';
import { type ImportNote, note } from './notes.ts';
import {
  categoryOf,
  parseStatistics,
  type StatFigure,
  type TertialFigures,
  tertialOnlyFigures,
} from './statistics.ts';
import { isCumulative, looksLikeStatistics } from './status-count.ts';
import type { CellDraft, StatRowDraft } from './structure.ts';
import type { ImportedStatistic } from './types.ts';

/**
 * The drug statistics of a follow-up, from the cells that hold them (in an activity's row, or a table with one
 * row per category), per tertial, with year-so-far cells turned into the tertial's own figures.
 */

interface Collected {
  figures: StatFigure[];
  cumulative: boolean;
  line: number;
}

function figureOfCell(label: string, text: string): StatFigure | null {
  const category = categoryOf(label);
  if (!category) return null;
  const { mentions } = numberMentions(text);
  const first = mentions.find((m) => !m.article) ?? mentions[0];
  if (!first) return null;
  const youthMatch = /varav\s+(\S+)|\(\s*(\d+)\s*\)/i.exec(text.slice(first.end));
  const youthWord = youthMatch?.[1] ?? youthMatch?.[2];
  const youth = youthWord ? (numberMentions(youthWord).mentions[0]?.value ?? null) : null;
  return { category, count: first.value, youth };
}

/**
 * Statistics of a document. `activityCells` are every tertial cell of every activity; `defaultTertial` and
 * `year` come from the follow-up. Notes are Swedish warnings with a line prefix.
 */
export function collectStatistics(
  activityCells: readonly CellDraft[],
  statRows: readonly StatRowDraft[],
  year: number | null,
  defaultTertial: TertialNumber | null,
): { statistics: ImportedStatistic[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const byTertial = new Map<TertialNumber, Collected>();
  const add = (cell: CellDraft, figures: readonly StatFigure[], cumulative: boolean): void => {
    const tertial = cell.tertial ?? defaultTertial;
    if (tertial === null || figures.length === 0) return;
    if (cell.year !== null && year !== null && cell.year !== year) return;
    const entry = byTertial.get(tertial) ?? { figures: [], cumulative, line: cell.line };
    for (const f of figures) {
      if (entry.figures.some((e) => e.category === f.category)) {
        notes.push(note(cell.line, { kind: 'statistic-twice', category: f.category, tertial }));
        continue;
      }
      entry.figures.push(f);
    }
    entry.cumulative ||= cumulative;
    byTertial.set(tertial, entry);
  };

  for (const cell of activityCells) {
    if (!looksLikeStatistics(cell.text)) continue;
    const { figures, duplicates } = parseStatistics(cell.text);
    for (const d of duplicates)
      notes.push(note(cell.line, { kind: 'statistic-twice', category: d, tertial: null }));
    if (figures.length === 0)
      notes.push(note(cell.line, { kind: 'statistic-unreadable', text: cell.text.slice(0, 50) }));
    add(cell, figures, isCumulative(cell.text));
  }
  for (const row of statRows) {
    for (const cell of row.cells) {
      const figure = figureOfCell(row.label, cell.text);
      if (figure) add(cell, [figure], isCumulative(cell.text));
    }
  }
  if (byTertial.size > 0 && year === null) {
    notes.push(note(null, { kind: 'statistics-without-year' }));
    return { statistics: [], notes };
  }
  const cells: TertialFigures[] = [...byTertial.entries()].map(([tertial, c]) => ({ tertial, ...c }));
  const derived = tertialOnlyFigures(cells);
  notes.push(...derived.notes);
  const order = (c: StatisticCategory) => STATISTIC_CATEGORIES.indexOf(c);
  const statistics = derived.figures
    .map((f) => ({
      year: year as number,
      tertial: f.tertial,
      category: f.category,
      count: f.count,
      youth: f.youth,
    }))
    .sort((a, b) => a.tertial - b.tertial || order(a.category) - order(b.category));
  return { statistics, notes };
}
