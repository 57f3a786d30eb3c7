import { isNoise } from './noise.ts';
import { ACTIVITY_HEADER, isHeaderRow, tertialOfHeader } from './tables.ts';

/**
 * Tables laid out with spaces, as text copied from a PDF ("pdftotext -layout") arrives:
 *
 *     Aktivitet                      Tertial 1            Tertial 2
 *     Polisen ska genomföra minst    Genomfört tio        Genomfört sju
 *     femton riktade insatser.       insatser.
 *
 * The header row fixes where each column starts; every following line's pieces (separated by two or more spaces)
 * go to the column they start under. A piece in the first column that starts with a capital letter starts a new
 * row; other lines continue the row above. The result is tab-separated rows in place of the first line of each row
 * (the other lines become blank), so line numbers stay true.
 */

interface Piece {
  readonly start: number;
  readonly text: string;
}

function pieces(line: string): Piece[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
}

function headerOf(line: string): number[] | null {
  if (line.includes('\t') || line.includes('|')) return null;
  const ps = pieces(line);
  if (ps.length < 3) return null;
  const cells = ps.map((p) => p.text);
  if (!isHeaderRow(cells)) return null;
  // "Aktivitet   Ansvar   Status": a header without tertials needs its first column to name the activity.
  if (cells.filter((c) => tertialOfHeader(c) !== null).length < 2 && !ACTIVITY_HEADER.test(cells[0] ?? ''))
    return null;
  return ps.map((p) => p.start);
}

function columnOf(starts: readonly number[], at: number): number {
  let col = 0;
  starts.forEach((s, i) => {
    if (at >= s - 2) col = i;
  });
  return col;
}

/** Rewrites space-aligned tables as tab-separated rows; other lines are returned unchanged. */
export function alignSpacedTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const starts = headerOf(out[i] ?? '');
    if (!starts) continue;
    out[i] = pieces(out[i] ?? '')
      .map((p) => p.text)
      .join('\t');
    let row: { at: number; cells: string[] } | null = null;
    const flush = () => {
      if (row) out[row.at] = row.cells.join('\t');
    };
    let j = i + 1;
    for (; j < out.length; j++) {
      const line = out[j] ?? '';
      if (line.trim() === '' || isNoise(line)) {
        const next = out.slice(j + 1).find((l) => l.trim() !== '' && !isNoise(l)) ?? '';
        const continues = pieces(next).some((p) => columnOf(starts, p.start) > 0);
        if (!continues) break;
        continue;
      }
      const ps = pieces(line);
      const firstWidth = (starts[1] ?? line.length) - (starts[0] ?? 0);
      const inTable =
        ps.some((p) => columnOf(starts, p.start) > 0) ||
        (ps.length === 1 && (ps[0]?.text.length ?? 0) <= firstWidth);
      if (!inTable || line.includes('\t') || line.includes('|')) break;
      const first = ps.find((p) => columnOf(starts, p.start) === 0);
      if (!row || (first && /^[\p{Lu}\d•➤-]/u.test(first.text))) {
        flush();
        row = { at: j, cells: starts.map(() => '') };
      } else out[j] = '';
      for (const p of ps) {
        const col = columnOf(starts, p.start);
        row.cells[col] = row.cells[col] ? `${row.cells[col]} ${p.text}` : p.text;
      }
      if (row.at !== j) out[j] = '';
    }
    flush();
    i = j - 1;
  }
  return out;
}
