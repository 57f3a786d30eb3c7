import type { DomainDeps } from '../../domain/deps.ts';
import { buildReport } from '../../reports/build-report.ts';
import { renderReport } from '../../reports/render.ts';
import type { Lang, ReportRef } from './reply.ts';

/** A document to attach next to a summary (the report module's HTML and Markdown). */
export interface ReportFile {
  readonly filename: string;
  readonly title: string;
  readonly content: string;
}

/** The files of a report, with a title for the message that carries them. */
export interface ReportDocuments {
  readonly title: string;
  readonly files: readonly ReportFile[];
}

/**
 * The report a kommun summary referred to (`/sammanfattning <kommun> … dokument`), as the HTML (for print) and
 * Markdown documents of src/reports, for platforms that attach files (Slack uploads them). Null when the report
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
  const files = (['html', 'md'] as const).map((format) => {
    const rendered = renderReport(result.report, format);
    return { filename: rendered.fileName, title: rendered.fileName, content: rendered.content };
  });
  const title = `${result.report.municipality.name} ${result.report.year} T${result.report.tertial}`;
  return { title, files };
}
