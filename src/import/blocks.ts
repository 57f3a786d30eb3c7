import { ATTACHED } from './attached.ts';
import type { ItemMarker, Line } from './lines.ts';
import { subjectParty } from './responsible.ts';
import { columnRoles, isHeaderRow } from './tables.ts';
import { continues, NON_FINAL, WrappedText } from './wrapping.ts';

/**
 * The second pass: lines joined into blocks. Wrapped lines become one paragraph or list item again (also across
 * a page break), table rows become one table (also across blank lines, page noise and repeated header rows), and
 * continuation rows (first cell empty, or a row broken by a page break) are merged into the row above.
 */

export interface TableRow {
  readonly cells: string[];
  readonly line: number;
}

export type Block =
  | {
      readonly type: 'heading';
      readonly text: string;
      readonly line: number;
      readonly level: number;
      readonly marker: ItemMarker | null;
    }
  | { readonly type: 'paragraph'; text: string; readonly line: number }
  | {
      readonly type: 'item';
      text: string;
      readonly line: number;
      readonly marker: ItemMarker;
      readonly indent: number;
    }
  | {
      readonly type: 'table';
      readonly header: readonly string[] | null;
      readonly rows: TableRow[];
      readonly line: number;
    };

type TableBlock = Extract<Block, { type: 'table' }>;
type ContentLine = Extract<Line, { kind: 'heading' | 'item' | 'text' }>;
type RowLine = Extract<Line, { kind: 'row' }>;

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  const norm = (c: readonly string[]) => c.map((x) => x.toLocaleLowerCase('sv-SE')).filter((x) => x !== '');
  return norm(a).join('\u0001') === norm(b).join('\u0001');
}

/**
 * The last character of every cell of a row that grows, kept as it grows: testing how a long cell ends ("ends
 * it with a full stop?") would copy the whole cell each time, and a table row followed by thousands of wrapped
 * lines would parse in quadratic time.
 */
const cellEnds = new WeakMap<TableRow, string[]>();

function endOf(row: TableRow, i: number): string {
  let ends = cellEnds.get(row);
  if (!ends) {
    ends = row.cells.map((c) => c.slice(-1));
    cellEnds.set(row, ends);
  }
  return ends[i] ?? '';
}

/** Appends `text` to a cell of `row` (its cells are clean: trimmed, spaces single). */
function appendToCell(row: TableRow, i: number, text: string): void {
  const before = row.cells[i] ?? '';
  row.cells[i] = before === '' ? text : `${before} ${text}`;
  const ends = cellEnds.get(row);
  if (ends) ends[i] = text.slice(-1);
}

function appendCells(row: TableRow, cells: readonly string[]): void {
  cells.forEach((cell, i) => {
    if (cell !== '') appendToCell(row, i, cell);
  });
}

function isBrokenRow(prev: TableRow, cells: readonly string[], key: number): boolean {
  const first = cells[key] ?? '';
  const prevFirst = prev.cells[key] ?? '';
  if (!/^\p{Ll}/u.test(first) || /[.!?]/.test(endOf(prev, key)) || prevFirst === '') return false;
  const restEmpty = (c: readonly string[]) => c.every((x, i) => i === key || x === '');
  if (restEmpty(prev.cells) || restEmpty(cells)) return true;
  // A row split over two lines in every column: each filled cell continues an unfinished cell above it.
  return cells.every((x, i) => {
    if (i === key || x === '') return true;
    return (prev.cells[i] ?? '') !== '' && !/[.!?]/.test(endOf(prev, i)) && /^\p{Ll}/u.test(x);
  });
}

/** The column that names the activity: a row without it continues the row above. */
function keyColumn(header: readonly string[] | null): number {
  if (!header) return 0;
  return Math.max(
    0,
    columnRoles(header, header.length).findIndex((r) => r.kind === 'activity'),
  );
}

/** Joins classified lines into blocks. */
export function buildBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  /** The block wrapped text may continue: a paragraph or item, until something else intervenes. */
  let open: Extract<Block, { type: 'paragraph' | 'item' }> | null = null;
  /** Its text as lines are joined (read at its end only, see wrapping.ts). */
  let openText = new WrappedText('');
  let openIndent = 0;
  let table = null as TableBlock | null;
  /** The header of the table before: Word splits a table at a caption row, and its rows keep their columns. */
  let lastHeader: readonly string[] | null = null;
  let blankSince = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'blank' || line.kind === 'noise' || line.kind === 'rule') {
      blankSince = true;
      continue;
    }
    if (line.kind === 'row') {
      open = null;
      addRow(line);
      blankSince = false;
      continue;
    }
    const content = line as ContentLine;
    if (table) {
      const last = table.rows[table.rows.length - 1];
      const sandwiched = lines[i + 1]?.kind === 'row' || /^\p{Ll}/u.test(content.text);
      if (!blankSince && content.kind === 'text' && last && sandwiched) {
        appendToCell(
          last,
          last.cells.reduce((acc, c, j) => (c !== '' ? j : acc), 0),
          content.text,
        );
        continue;
      }
      table = null;
    }
    addContent(content);
    blankSince = false;
  }
  return blocks;

  function addRow(line: RowLine): void {
    const cells = [...line.cells];
    if (!table) {
      const header = isHeaderRow(cells) ? cells : null;
      const inherited = !header && lastHeader && lastHeader.length >= cells.length ? lastHeader : null;
      table = { type: 'table', header: header ?? inherited, rows: [], line: line.no };
      blocks.push(table);
      if (header) {
        lastHeader = header;
        return;
      }
    } else if (isHeaderRow(cells)) {
      // A header row repeated inside a table (a page break, a table per promise) is never a row.
      lastHeader = cells;
      if (table.header && sameCells(table.header, cells)) return;
      table = { type: 'table', header: cells, rows: [], line: line.no };
      blocks.push(table);
      return;
    }
    const prev = table.rows[table.rows.length - 1];
    const key = keyColumn(table.header);
    if (prev && ((cells[key] ?? '') === '' || isBrokenRow(prev, cells, key))) {
      appendCells(prev, cells);
      return;
    }
    table.rows.push({ cells, line: line.no });
  }

  function addContent(line: ContentLine): void {
    const headingLike =
      line.kind === 'heading' ||
      (line.kind === 'text' && (line.bold || line.caps) && line.text.length <= 120);
    // "T1: …", "Status: …" and "Polisen ska …" after a finished sentence start a block of their own.
    const prevText = open ? openText.end.trimEnd() : '';
    const ownLine =
      ATTACHED.test(line.text) ||
      (subjectParty(line.text) !== null && !NON_FINAL.test(prevText) && !/[,\-–(/&]$/.test(prevText));
    if (open && line.kind === 'text' && !headingLike && !ownLine) {
      const wrapped = !blankSince && (line.indent > openIndent || continues(openText, line.text));
      const pageBroken = blankSince && continues(openText, line.text) && /^\p{Ll}/u.test(line.text);
      if (wrapped || pageBroken) {
        openText.append(line.text);
        open.text = openText.text;
        return;
      }
    }
    if (headingLike) {
      const level = line.kind === 'heading' ? line.level : 7;
      blocks.push({ type: 'heading', text: line.text, line: line.no, level, marker: line.marker });
      open = null;
      return;
    }
    if (line.kind === 'item') {
      const item: Block = {
        type: 'item',
        text: line.text,
        line: line.no,
        marker: line.marker ?? 'bullet',
        indent: line.indent,
      };
      blocks.push(item);
      open = item;
      openText = new WrappedText(item.text);
      openIndent = line.indent;
      return;
    }
    const paragraph: Block = { type: 'paragraph', text: line.text, line: line.no };
    blocks.push(paragraph);
    open = paragraph;
    openText = new WrappedText(paragraph.text);
    openIndent = line.indent;
  }
}
