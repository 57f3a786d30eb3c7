import type { DomainDeps } from '../../domain/deps.ts';
import type { TertialNumber } from '../../domain/types.ts';
import { buildReport } from '../../reports/build-report.ts';
import { renderReport } from '../../reports/render.ts';
import type { ReportDocuments } from './listeners/deps.ts';

/** What `/sammanfattning <kommun> [T1|T2|T3] [år] dokument` asks for, or null when it names no single kommun. */
export function documentRequest(
  text: string,
  deps: Pick<DomainDeps, 'register'>,
): { code: string; year?: number; tertial?: TertialNumber } | null {
  const words = text
    .replace(/^\/\S+\s*/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let year: number | undefined;
  let tertial: TertialNumber | undefined;
  const name: string[] = [];
  for (const w of words) {
    if (/^\d{4}$/.test(w)) year = Number(w);
    else if (/^t[123]$/i.test(w)) tertial = Number(w.slice(1)) as TertialNumber;
    else if (!/^(perioden|period|året|year)$/i.test(w)) name.push(w);
  }
  if (name.length === 0) return null;
  const found = deps.register.lookup(name.join(' '));
  if (found.kind !== 'found') return null;
  return { code: found.municipality.code, ...(year ? { year } : {}), ...(tertial ? { tertial } : {}) };
}

/**
 * The follow-up report of a kommun as the HTML (for print) and Markdown documents of src/reports, for
 * `/sammanfattning … dokument`. Null when the words name no kommun or the kommun has no agreement that year (the
 * summary reply already tells the person why).
 */
export function createReportDocuments(deps: DomainDeps): ReportDocuments {
  return async ({ text, lang }) => {
    const request = documentRequest(text, deps);
    if (!request) return null;
    const result = await buildReport(deps, request.code, {
      lang,
      ...(request.year ? { year: request.year } : {}),
      ...(request.tertial ? { tertial: request.tertial } : {}),
    });
    if (!result.ok) return null;
    const files = (['html', 'md'] as const).map((format) => {
      const rendered = renderReport(result.report, format);
      return { filename: rendered.fileName, title: rendered.fileName, content: rendered.content };
    });
    const title = `${result.report.municipality.name} ${result.report.year} T${result.report.tertial}`;
    return { title, files };
  };
}
