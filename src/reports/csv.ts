import { basisWords, followedUpInText } from '../domain/target.ts';
import { reportLabels } from './labels.ts';
import type { Report } from './model.ts';

const HEADERS = {
  sv: [
    'Kommun',
    'Kommunkod',
    'Medborgarlöfte',
    'År',
    'Tertial',
    'Löfte',
    'Aktivitet',
    'Ansvarig',
    'Aktivitetstyp',
    'Målets antal',
    'Målets bas',
    'Registrerat mot målet',
    'Väntat hittills',
    'Registrerat under tertialet',
    'Sammanlagt under året',
    'Statustext',
    'Status skriven',
    'Text i uppföljningen',
    'Läge',
  ],
  en: [
    'Municipality',
    'Municipality code',
    'Agreement',
    'Year',
    'Tertial',
    'Promise',
    'Activity',
    'Responsible',
    'Activity kind',
    'Target count',
    'Target basis',
    'Registered against the target',
    'Expected so far',
    'Registered in tertial',
    'Total for the year',
    'Status text',
    'Status written',
    'Text in follow-up',
    'State',
  ],
} as const;

/** The UTF-8 byte order mark: lets Excel read å, ä and ö correctly. */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break (quotes doubled). Text that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The column headers of the flat follow-up table (CSV and xlsx). */
export function flatHeaders(report: Report): readonly string[] {
  return HEADERS[report.lang];
}

/**
 * The flat follow-up table: one row per activity and reported tertial (CSV and xlsx share it). The target is the
 * agreement's, with its basis ("15", "under perioden"); the year's figures are signed against it ("16 av minst 7½
 * under 2026 (15 under perioden)"), and the expected pace is its own labelled column, never another target.
 */
export function flatRows(report: Report): (string | number | null)[][] {
  const l = reportLabels(report.lang);
  const rows: (string | number | null)[][] = [];
  for (const section of report.sections) {
    for (const row of section.rows) {
      for (const cell of row.cells) {
        if (!cell.reported) continue;
        rows.push([
          report.municipality.name,
          report.municipality.code,
          report.agreement.title,
          report.year,
          cell.tertial,
          section.commitment,
          row.text,
          l.responsible[row.responsible],
          row.unit,
          row.agreedTarget?.count ?? null,
          row.agreedTarget ? basisWords(row.agreedTarget.per, report.lang) : followedUpInText(report.lang),
          row.signed,
          row.expectedSoFar,
          cell.registered,
          cell.yearTotal,
          cell.status,
          cell.statusDay,
          cell.text,
          l.states[row.state],
        ]);
      }
    }
  }
  return rows;
}

/** The follow-up as CSV: one row per activity and reported tertial, CRLF line ends, UTF-8 with BOM. */
export function renderCsv(report: Report): string {
  const lines = [flatHeaders(report), ...flatRows(report)].map((r) => r.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
