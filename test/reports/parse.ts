import { readFileSync } from 'node:fs';
import type { StatisticCategory } from '../../src/domain/types.ts';
import { parseSwedishNumber } from '../../src/import/numbers.ts';

/** Whitespace collapsed to single spaces, trimmed. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface TableRow {
  readonly head: string;
  readonly cells: readonly string[];
}

/**
 * The follow-up tables of a seed document (data/seeds/*-uppfoljning-*.txt): tab-separated rows under an
 * "Aktivitet\tTertial 1…" header. A line starting with a tab continues the previous row's cells (the Sävsjö
 * document breaks one row over two lines).
 */
export function seedTableRows(path: string): TableRow[] {
  const rows: { head: string; cells: string[] }[] = [];
  let inTable = false;
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/<\/?b>/g, '');
    if (line.trim() === '') continue;
    if (/^Aktivitet\t/.test(line)) {
      inTable = true;
      continue;
    }
    if (!line.includes('\t')) {
      inTable = false;
      continue;
    }
    if (!inTable) continue;
    const parts = line.split('\t');
    const previous = rows[rows.length - 1];
    if ((parts[0] ?? '').trim() === '' && previous) {
      parts.slice(1).forEach((p, i) => {
        if (p.trim() !== '') previous.cells[i] = norm(`${previous.cells[i] ?? ''} ${p}`);
      });
      continue;
    }
    rows.push({ head: norm(parts[0] ?? ''), cells: [1, 2, 3].map((i) => norm(parts[i] ?? '')) });
  }
  return rows;
}

export interface MarkdownTable {
  /** The nearest heading above the table, without its #s. */
  readonly heading: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => norm(c.replace(/<br>/g, ' ').replace(/\\(.)/g, '$1')));
}

/** Every GitHub-flavoured table of a Markdown text, read back into cells (escapes undone). */
export function markdownTables(markdown: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  const lines = markdown.split('\n');
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const h = /^#+\s+(.*)$/.exec(line);
    if (h) heading = norm((h[1] as string).replace(/\\(.)/g, '$1'));
    if (!line.startsWith('|') || !(lines[i + 1] ?? '').startsWith('| ---')) continue;
    const header = splitRow(line);
    const rows: TableRow[] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] as string).startsWith('|'); j++) {
      const cells = splitRow(lines[j] as string);
      rows.push({ head: cells[0] ?? '', cells: cells.slice(1) });
    }
    tables.push({ heading, header, rows });
    i = j - 1;
  }
  return tables;
}

export interface ParsedFigure {
  readonly count: number;
  readonly youth: number | null;
}

const LABELS: Record<string, StatisticCategory> = {
  'dopningslagen eget bruk': 'doping.eget-bruk',
  'dopningslagen bruk': 'doping.eget-bruk',
  'dopningslagen innehav': 'doping.innehav',
  framställning: 'narkotika.framstallning',
  överlåtelse: 'narkotika.overlatelse',
  innehav: 'narkotika.innehav',
  'eget bruk': 'narkotika.eget-bruk',
};

function numberOf(word: string): number {
  const n = word.toLowerCase() === 'ingen' ? 0 : parseSwedishNumber(word);
  if (n === null) throw new Error(`not a number word: ${word}`);
  return n;
}

/**
 * The drug-crime figures of a text written the seed documents' way:
 * "11 överlåtelse varav en 21 år och yngre 110 innehav varav 13 21 år och yngre 2 dopningslagen innehav".
 */
export function parseFigures(text: string): Partial<Record<StatisticCategory, ParsedFigure>> {
  const out: Partial<Record<StatisticCategory, ParsedFigure>> = {};
  const re = new RegExp(`(\\d+) (${Object.keys(LABELS).join('|')})(?: varav (\\S+) 21 år och yngre)?`, 'g');
  for (const m of norm(text).matchAll(re)) {
    const category = LABELS[m[2] as string] as StatisticCategory;
    out[category] = { count: Number(m[1]), youth: m[3] === undefined ? null : numberOf(m[3]) };
  }
  return out;
}
