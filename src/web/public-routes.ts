import { CSS_PATH } from '../domain/site-urls.ts';
import type { Route, RouteHandler } from '../runtime/http.ts';
import { notFoundPage } from './pages/errors.ts';
import { archivePage, homePage, kommunPage, type RenderContext } from './pages/public-pages.ts';
import { PUBLIC_HEADERS, segments, sendHtml } from './respond.ts';
import type { Site } from './site.ts';
import { archivedAgreement, homeData, kommunData } from './site-data.ts';
import { SITE_CSS } from './style.ts';

/** `GET /`, `GET /k/<kommun>`, `GET /k/<kommun>/arkiv/<id>` and the stylesheet. */
export function publicRoutes(site: Site): Route[] {
  const serverUrls = site.urls;
  const ctx: RenderContext = { urls: serverUrls, zone: site.deps.zone };
  const notFound = (
    res: Parameters<RouteHandler>[1],
    what: string,
    suggestion?: { label: string; href: string },
  ) =>
    sendHtml(
      res,
      404,
      notFoundPage(what, { ...ctx, generatedAt: site.deps.clock.now() }, suggestion),
      PUBLIC_HEADERS,
    );

  const home: RouteHandler = async (_req, res) => {
    sendHtml(res, 200, homePage(await homeData(site.deps, site.slugs), ctx), PUBLIC_HEADERS);
  };

  const kommun: RouteHandler = async (req, res) => {
    const parts = segments(new URL(req.url ?? '/', 'http://x').pathname);
    const [, slug, section, id, ...rest] = parts ?? [];
    if (!parts || slug === undefined || rest.length > 0 || (section !== undefined && section !== 'arkiv')) {
      return notFound(res, 'Adressen leder inte till någon sida här.');
    }
    const lookup = site.kommunBySlug(slug);
    if (!('found' in lookup)) {
      const s = lookup.suggestion;
      return notFound(
        res,
        `Vi hittar ingen kommun som heter ”${slug}”.`,
        s ? { label: `${s.name} kommun`, href: serverUrls.kommun(site.slugs.slugOf(s)) } : undefined,
      );
    }
    const municipality = lookup.found;
    const canonical = site.slugs.slugOf(municipality);
    if (slug !== canonical) {
      // "/k/Sävsjö", "/k/0684": the one address of the page, so links and bookmarks agree.
      const path =
        section === undefined
          ? serverUrls.kommun(canonical)
          : `${serverUrls.kommun(canonical)}/arkiv/${id ?? ''}`;
      res.writeHead(301, { location: path, ...PUBLIC_HEADERS });
      return void res.end();
    }
    if (section === undefined) {
      const data = await kommunData(site.deps, municipality, site.slugs.slugOf(municipality));
      return sendHtml(res, 200, kommunPage(data, ctx), PUBLIC_HEADERS);
    }
    const shown = id === undefined ? null : await archivedAgreement(site.deps, municipality, id);
    if (shown === 'current') {
      res.writeHead(302, { location: serverUrls.kommun(site.slugs.slugOf(municipality)), ...PUBLIC_HEADERS });
      return void res.end();
    }
    if (!shown) {
      return notFound(res, `${municipality.name} har inget tidigare medborgarlöfte med den adressen.`, {
        label: `${municipality.name} kommun`,
        href: serverUrls.kommun(site.slugs.slugOf(municipality)),
      });
    }
    const page = archivePage(
      municipality,
      site.slugs.slugOf(municipality),
      shown,
      site.deps.clock.now(),
      ctx,
    );
    return sendHtml(res, 200, page, PUBLIC_HEADERS);
  };

  const css: RouteHandler = (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(SITE_CSS);
  };

  return [
    { method: 'GET', path: '/', name: 'web:home', handler: home },
    { method: 'GET', path: '/k/*', name: 'web:kommun', handler: kommun },
    { method: 'GET', path: CSS_PATH, name: 'web:css', handler: css },
  ];
}
