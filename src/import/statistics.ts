import type { StatisticCategory, TertialNumber } from '../domain/types.ts';
import { type ImportNote, note } from './notes.ts';
import { isTensWord, parseNumberWord } from './numbers.ts';
import { type Token, tokenize } from './tokens.ts';

/**
 * Drug statistics as follow-ups write them: "Misstankar narkotikabrott 1 överlåtelse 33 innehav varav tre 21 år
 * och yngre … 1 dopningslagen innehav", also "innehav: 33 (varav 3 unga)". Each figure has a category and the
 * "varav … 21 år och yngre" youth figure, or null.
 */

export interface StatFigure {
  readonly category: StatisticCategory;
  readonly count: number;
  readonly youth: number | null;
}

interface Num {
  readonly value: number;
  readonly index: number;
  readonly last: number;
}

const YOUTH_MARK =
  /^(21|år|yngre|unga|ung|ungdom|ungdomar|under|barn|minderåriga|minderårig|personer|person)$/;

function numbersOf(tokens: readonly Token[]): Num[] {
  const out: Num[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let value: number | null = null;
    let last = i + 1;
    if (t.type === 'number' && /^\d{1,6}$/.test(t.text)) value = Number(t.text);
    else if (t.type === 'word') {
      value = parseNumberWord(t.text);
      const unit = tokens[i + 1];
      if (value !== null && isTensWord(t.text) && unit?.type === 'word') {
        const u = parseNumberWord(unit.text);
        if (u !== null && u >= 1 && u <= 9) {
          value += u;
          last = i + 2;
        }
      }
    }
    if (value === null) continue;
    const next = tokens[last];
    const isAge = next?.type === 'word' && /^(år|års|åring\p{L}*)$/u.test(next.lower);
    const isYear = t.type === 'number' && t.text.length === 4 && value >= 1900 && value <= 2100;
    if (!isAge && !isYear) out.push({ value, index: i, last });
    i = last - 1;
  }
  return out;
}

/** The category a phrase names, given whether the text around it is about the doping law. */
export function categoryOf(phrase: string, dopingContext = false): StatisticCategory | null {
  const p = phrase.toLocaleLowerCase('sv-SE');
  const doping = /dopning|doping|anabol/.test(p) || (dopingContext && !/narkotika/.test(p));
  if (/framställ|tillverkning|odling/.test(p)) return doping ? null : 'narkotika.framstallning';
  if (/överlåt|försälj|saluhåll|langning/.test(p)) return doping ? null : 'narkotika.overlatelse';
  if (/innehav/.test(p)) return doping ? 'doping.innehav' : 'narkotika.innehav';
  if (/bruk|konsumtion|användning/.test(p)) return doping ? 'doping.eget-bruk' : 'narkotika.eget-bruk';
  return null;
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.max(0, to))
    .filter((t) => t.type === 'word')
    .map((t) => t.lower)
    .join(' ');
}

/** Every statistics figure a cell states, in order; a category stated twice keeps its first figure. */
export function parseStatistics(cell: string): { figures: StatFigure[]; duplicates: StatisticCategory[] } {
  const tokens = tokenize(cell);
  const nums = numbersOf(tokens);
  const figures: { category: StatisticCategory; count: number; youth: number | null }[] = [];
  const duplicates: StatisticCategory[] = [];
  let doping = false;
  let consumed = 0;
  for (let k = 0; k < nums.length; k++) {
    const n = nums[k] as Num;
    const prev = tokens[n.index - 1]?.lower;
    const prev2 = tokens[n.index - 2]?.lower;
    if (prev === 'varav' || (prev === '(' && prev2 === 'varav') || (prev2 === '(' && prev === 'varav')) {
      const mark = tokens.slice(n.last, n.last + 4).some((t) => YOUTH_MARK.test(t.lower));
      const lastFigure = figures[figures.length - 1];
      if (mark && lastFigure && lastFigure.youth === null) lastFigure.youth = n.value;
      consumed = n.last;
      continue;
    }
    const before = wordsBetween(tokens, consumed, n.index);
    if (/dopning|doping/.test(before)) doping = true;
    if (/narkotika/.test(before)) doping = false;
    const nextNum = nums[k + 1];
    let end = nextNum ? nextNum.index : tokens.length;
    const varav = tokens.findIndex((t, j) => j >= n.last && j < end && t.lower === 'varav');
    if (varav >= 0) end = varav;
    const labelled = /[:=]\s*$/.test(cell.slice(0, tokens[n.index]?.start ?? 0));
    const after = categoryOf(wordsBetween(tokens, n.last, Math.min(end, n.last + 5)), doping);
    const category = labelled ? (categoryOf(before, doping) ?? after) : after;
    consumed = labelled ? n.last : end;
    if (category === null) continue;
    if (figures.some((f) => f.category === category)) {
      duplicates.push(category);
      continue;
    }
    figures.push({ category, count: n.value, youth: null });
  }
  return { figures, duplicates };
}

export interface TertialFigures {
  readonly tertial: TertialNumber;
  readonly figures: readonly StatFigure[];
  /** The cell states the year so far ("Sammanlagt under 2020 …"), not the tertial alone. */
  readonly cumulative: boolean;
  readonly line: number;
}

export interface DerivedFigure extends StatFigure {
  readonly tertial: TertialNumber;
}

/**
 * Figures per tertial, with year-so-far cells turned into the tertial's own figures: the total minus the earlier
 * tertials (a category an earlier tertial does not state counts 0; youth likewise when the total states youth).
 * A difference below zero cannot be right: it is left out with a note.
 */
export function tertialOnlyFigures(cells: readonly TertialFigures[]): {
  figures: DerivedFigure[];
  notes: ImportNote[];
} {
  const out: DerivedFigure[] = [];
  const notes: ImportNote[] = [];
  const sorted = [...cells].sort((a, b) => a.tertial - b.tertial);
  for (const cell of sorted) {
    for (const f of cell.figures) {
      if (!cell.cumulative) {
        out.push({ ...f, tertial: cell.tertial });
        continue;
      }
      const earlier = out.filter((o) => o.category === f.category && o.tertial < cell.tertial);
      const count = f.count - earlier.reduce((s, o) => s + o.count, 0);
      const youth = f.youth === null ? null : f.youth - earlier.reduce((s, o) => s + (o.youth ?? 0), 0);
      if (count < 0 || (youth !== null && youth < 0)) {
        notes.push(
          note(cell.line, {
            kind: 'year-total-too-small',
            category: f.category,
            total: f.count,
            tertial: cell.tertial,
          }),
        );
        continue;
      }
      out.push({ category: f.category, count, youth, tertial: cell.tertial });
    }
  }
  return { figures: out, notes };
}
