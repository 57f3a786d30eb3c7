import type { Logger } from '../domain/ports.ts';
import { verifyDashboardToken } from '../domain/signed-link.ts';
import { buildReport } from '../reports/build-report.ts';
import { renderDownload } from '../reports/render.ts';
import type { Route, RouteHandler } from '../runtime/http.ts';
import { dashboardPage, type ReportFormat } from './pages/dashboard.ts';
import { forbiddenPage, notFoundPage } from './pages/errors.ts';
import { PRIVATE_HEADERS, segments, sendDownload, sendHtml } from './respond.ts';
import type { Site } from './site.ts';
import { dashboardData } from './site-data.ts';

/**
 * The report formats the dashboard offers, in the report module's own renderers: Excel rather than CSV, which Swedish
 * Excel opens in one column (the CSV is still served, for machines).
 */
export const DASHBOARD_FORMATS: readonly (ReportFormat & { ext: 'md' | 'html' | 'xlsx' })[] = [
  { ext: 'html', label: 'HTML' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'xlsx', label: 'Excel' },
];

/**
 * `GET /d/<område>?t=<token>`: the managers' dashboard, and `GET /d/<område>/rapport/<kommun>.<md|html|xlsx|csv>?t=…`:
 * its report downloads under the same token. The token is checked against the area of the path before anything is
 * read; a report is served only for a kommun of that area. Expired, altered or foreign tokens get a 403 page.
 */
export function dashboardRoutes(site: Site, logger: Logger): Route[] {
  const base = { urls: site.urls, zone: site.deps.zone };
  const handler: RouteHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = segments(url.pathname);
    const [, areaId, section, file, ...rest] = parts ?? [];
    const now = site.deps.clock.now();
    const notFound = (what: string) =>
      sendHtml(res, 404, notFoundPage(what, { ...base, generatedAt: now }), PRIVATE_HEADERS);
    if (
      !parts ||
      areaId === undefined ||
      rest.length > 0 ||
      (section !== undefined && section !== 'rapport')
    ) {
      return notFound('Adressen leder inte till någon sida här.');
    }
    const check = verifyDashboardToken(site.links.sign, areaId, url.searchParams.get('t'), now);
    if (!check.ok) {
      logger.info({ requestId: req.requestId, area: areaId, reason: check.reason }, 'dashboard link refused');
      return sendHtml(res, 403, forbiddenPage(check.reason, { ...base, generatedAt: now }), PRIVATE_HEADERS);
    }
    const area = await site.area(areaId);
    if (!area) return notFound('Området finns inte längre i Löftesbot.');
    const token = url.searchParams.get('t') as string;
    const q = `?t=${encodeURIComponent(token)}`;
    const areaPath = `${site.basePath}/d/${encodeURIComponent(area.id)}`;

    if (section === undefined) {
      const summary = await dashboardData(site.deps, area);
      const page = dashboardPage(summary, {
        ...base,
        expiresAt: check.expiresAt,
        formats: DASHBOARD_FORMATS,
        reportHref: (slug, ext) => `${areaPath}/rapport/${encodeURIComponent(slug)}.${ext}${q}`,
        slugOf: (line) => site.slugs.slugOf(line.municipality),
      });
      return sendHtml(res, 200, page, PRIVATE_HEADERS);
    }

    const m = /^([a-z0-9-]+)\.(md|html|xlsx|csv)$/.exec(file ?? '');
    const municipality = m ? site.slugs.bySlug(m[1] as string) : null;
    // A token never grants more than its area: kommuner outside it are simply not there.
    if (!m || !municipality || !area.municipalityCodes.includes(municipality.code)) {
      return notFound('Det finns ingen sådan rapport för området.');
    }
    const built = await buildReport(site.deps, municipality.code);
    if (!built.ok) return notFound(`${municipality.name} har ingen rapport för perioden.`);
    const rendered = await renderDownload(built.report, m[2] as 'md' | 'html' | 'xlsx' | 'csv');
    return sendDownload(res, rendered.content, rendered.mediaType, rendered.fileName, PRIVATE_HEADERS);
  };
  return [{ method: 'GET', path: '/d/*', name: 'web:dashboard', handler }];
}
