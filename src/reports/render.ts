import { renderCsv } from './csv.ts';
import { renderHtml } from './html/render-html.ts';
import { renderMarkdown } from './markdown.ts';
import type { Report } from './model.ts';
import { renderXlsx } from './xlsx.ts';

export const REPORT_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report model as JSON (2-space indented), tagged with a format name and version for consumers. */
export function renderJson(report: Report): string {
  return `${JSON.stringify({ format: 'loftesbot-report', version: 1, ...report }, null, 2)}\n`;
}

export interface RenderedReport {
  readonly content: string;
  readonly mediaType: string;
  /** A file name such as `uppfoljning-tranas-2020-t3.html`. */
  readonly fileName: string;
}

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
};

/** What a download link serves: the text formats and the Excel workbook. */
export type DownloadFormat = ReportFormat | 'xlsx';

/** A rendered file: text, or the bytes of a workbook. */
export interface ReportDownload {
  readonly content: string | Buffer;
  readonly mediaType: string;
  readonly fileName: string;
}

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file-name-safe slug: "Tranås" → "tranas", "Upplands Väsby" → "upplands-vasby". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Renders the report in one format, with a media type and a file name for uploads and downloads. */
export function renderReport(report: Report, format: ReportFormat): RenderedReport {
  const content =
    format === 'md'
      ? renderMarkdown(report)
      : format === 'html'
        ? renderHtml(report)
        : format === 'csv'
          ? renderCsv(report)
          : renderJson(report);
  return { content, mediaType: MEDIA_TYPES[format], fileName: fileNameOf(report, format) };
}

/** `uppfoljning-tranas-2020-t3.<ext>` (`follow-up-…` in English). */
function fileNameOf(report: Report, ext: DownloadFormat): string {
  const base = report.lang === 'en' ? 'follow-up' : 'uppfoljning';
  return `${base}-${slug(report.municipality.name)}-${report.year}-t${report.tertial}.${ext}`;
}

/** Renders the report as a file to download or upload: a text format, or the Excel workbook (src/reports/xlsx.ts). */
export async function renderDownload(report: Report, format: DownloadFormat): Promise<ReportDownload> {
  if (format !== 'xlsx') return renderReport(report, format);
  return {
    content: await renderXlsx(report),
    mediaType: XLSX_MEDIA_TYPE,
    fileName: fileNameOf(report, 'xlsx'),
  };
}
