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
    'Mål för året',
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
    'Target for the year',
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

/** The flat follow-up table: one row per activity and reported tertial (CSV and xlsx share it). */
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
          row.target,
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
