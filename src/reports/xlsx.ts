import { flatHeaders, flatRows } from './csv.ts';
import type { Report } from './model.ts';

/**
 * The follow-up as an Excel workbook (`report --format xlsx`), for Swedish Excel without an import dialog: the same
 * flat table as the CSV, one sheet, a bold frozen header row, numbers as numbers and every text as text (a cell
 * starting with "=" stays text, never a formula).
 */
export async function renderXlsx(report: Report): Promise<Buffer> {
  // Loaded when a report is asked for, not at start (docs/performance.md: pay only for what runs).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  // The file's properties (Excel: Arkiv → Information) as the report says them: made by Löftesbot when the report
  // was generated, titled as its heading — never exceljs's "Unknown", 1970 and an empty title.
  const generated = new Date(report.generatedAt);
  book.creator = 'Löftesbot';
  book.lastModifiedBy = 'Löftesbot';
  book.created = generated;
  book.modified = generated;
  book.title = report.texts.title;
  book.subject = report.agreement.title;
  const sheet = book.addWorksheet(report.lang === 'en' ? 'Follow-up' : 'Uppföljning', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const headers = flatHeaders(report);
  sheet.addRow([...headers]);
  sheet.getRow(1).font = { bold: true };
  for (const row of flatRows(report)) sheet.addRow(row.map((v) => (v === null ? null : v)));
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    let width = h.length;
    column.eachCell({ includeEmpty: false }, (c) => {
      width = Math.max(width, Math.min(60, String(c.value ?? '').length));
    });
    column.width = width + 2;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
