import type { DomainDeps } from '../../domain/deps.ts';
import { buildReport } from '../../reports/build-report.ts';
import { renderDownload } from '../../reports/render.ts';
import type { Lang, ReportRef } from './reply.ts';

/** A document to attach next to a summary (the report module's HTML, Markdown and Excel workbook). */
export interface ReportFile {
  readonly filename: string;
  readonly title: string;
  /** Text (HTML, Markdown), or the bytes of the workbook. */
  readonly content: string | Buffer;
}

/** The files of a report, with a title for the message that carries them. */
export interface ReportDocuments {
  readonly title: string;
  readonly files: readonly ReportFile[];
}

/**
 * The report a kommun summary referred to (`/sammanfattning <kommun> … dokument`), as the HTML (for print),
 * Markdown and Excel (.xlsx) documents of src/reports — the formats of the download buttons — for platforms that
 * attach files (Slack uploads them). Null when the report
 * cannot be built (any more).
 */
export async function buildReportDocuments(
  deps: DomainDeps,
  ref: ReportRef,
  lang: Lang,
): Promise<ReportDocuments | null> {
  const result = await buildReport(deps, ref.municipalityCode, {
    lang,
    year: ref.year,
    tertial: ref.tertial,
  });
  if (!result.ok) return null;
  const files = await Promise.all(
    (['html', 'md', 'xlsx'] as const).map(async (format) => {
      const rendered = await renderDownload(result.report, format);
      return { filename: rendered.fileName, title: rendered.fileName, content: rendered.content };
    }),
  );
  const title = `${result.report.municipality.name} ${result.report.year} T${result.report.tertial}`;
  return { title, files };
}
