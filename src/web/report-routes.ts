import type { Logger } from '../domain/ports.ts';
import { type ReportLinkFormat, type ReportRef, verifyReportToken } from '../domain/signed-link.ts';
import type { TertialNumber } from '../domain/types.ts';
import { buildReport } from '../reports/build-report.ts';
import { renderDownload } from '../reports/render.ts';
import type { Route, RouteHandler } from '../runtime/http.ts';
import { forbiddenPage, notFoundPage } from './pages/errors.ts';
import { PRIVATE_HEADERS, segments, sendDownload, sendHtml } from './respond.ts';
import type { Site } from './site.ts';

/** `<år>-t<n>.<html|md|xlsx|csv>`: the report file of a year up to a tertial. */
const FILE = /^(\d{4})-t([123])\.(html|md|xlsx|csv)$/;

/**
 * `GET /r/<kommunkod>/<år>-t<n>.<html|md|xlsx|csv>?t=<token>[&lang=en]`: one kommun's follow-up report, downloaded
 * with a signed link from the chat (`/sammanfattning <kommun> dokument`: HTML, Markdown, Excel; the CSV for machines). The token covers the kommun, the year
 * and the tertial, and is checked before anything is read; an expired, altered or foreign token gets a 403 page.
 * The language is not signed: it changes the words, never what may be read.
 */
export function reportRoutes(site: Site, logger: Logger): Route[] {
  const base = { urls: site.urls, zone: site.deps.zone };
  const handler: RouteHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = segments(url.pathname);
    const [, code, file, ...rest] = parts ?? [];
    const now = site.deps.clock.now();
    const notFound = (what: string) =>
      sendHtml(res, 404, notFoundPage(what, { ...base, generatedAt: now }), PRIVATE_HEADERS);
    const m = FILE.exec(file ?? '');
    const municipality = code && /^\d{4}$/.test(code) ? site.deps.register.byCodeOrNull(code) : null;
    if (!parts || rest.length > 0 || !m || !municipality) {
      return notFound('Adressen leder inte till någon rapport här.');
    }
    const ref: ReportRef = {
      municipalityCode: municipality.code,
      year: Number(m[1]),
      tertial: Number(m[2]) as TertialNumber,
    };
    const check = verifyReportToken(site.links.sign, ref, url.searchParams.get('t'), now);
    if (!check.ok) {
      logger.info(
        { requestId: req.requestId, kommun: ref.municipalityCode, reason: check.reason },
        'report link refused',
      );
      return sendHtml(
        res,
        403,
        forbiddenPage(check.reason, { ...base, generatedAt: now }, 'report'),
        PRIVATE_HEADERS,
      );
    }
    const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'sv';
    const built = await buildReport(site.deps, ref.municipalityCode, {
      year: ref.year,
      tertial: ref.tertial,
      lang,
    });
    if (!built.ok) return notFound(`${municipality.name} har ingen rapport för perioden.`);
    const rendered = await renderDownload(built.report, m[3] as ReportLinkFormat);
    return sendDownload(res, rendered.content, rendered.mediaType, rendered.fileName, PRIVATE_HEADERS);
  };
  return [{ method: 'GET', path: '/r/*', name: 'web:report', handler }];
}
