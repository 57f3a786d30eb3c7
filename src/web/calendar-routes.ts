import { verifyCalendarToken } from '../domain/calendar-link.ts';
import type { Logger } from '../domain/ports.ts';
import type { Route, RouteHandler } from '../runtime/http.ts';
import { calendarFeed } from './calendar-feed.ts';
import { notFoundPage } from './pages/errors.ts';
import { PRIVATE_HEADERS, segments, sendHtml } from './respond.ts';
import type { Site } from './site.ts';

/**
 * `GET /kalender/<kommunkod>.ics?t=<token>`: the kommun's samverkansmöten as an iCalendar subscription, behind the
 * signed link `/samverkan <kommun> kalender` gives. A wrong or missing token gets 403 and reads nothing.
 */
export function calendarRoutes(site: Site, logger: Logger): Route[] {
  const handler: RouteHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, file, ...rest] = segments(url.pathname) ?? [];
    const code = /^(\d{4})\.ics$/.exec(file ?? '')?.[1];
    const municipality = code && rest.length === 0 ? site.deps.register.byCodeOrNull(code) : null;
    const now = site.deps.clock.now();
    if (!municipality) {
      return sendHtml(
        res,
        404,
        notFoundPage('Adressen leder inte till någon kalender här.', {
          urls: site.urls,
          zone: site.deps.zone,
          generatedAt: now,
        }),
        PRIVATE_HEADERS,
      );
    }
    if (!verifyCalendarToken(site.links.sign, municipality.code, url.searchParams.get('t'))) {
      logger.info({ requestId: req.requestId, kommun: municipality.code }, 'calendar link refused');
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS });
      return void res.end('Kalenderlänken gäller inte. Be om en ny med /samverkan <kommun> kalender.\n');
    }
    const body = await calendarFeed(site.deps, municipality);
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="samverkan-${municipality.code}.ics"`,
      ...PRIVATE_HEADERS,
    });
    res.end(body);
  };
  return [{ method: 'GET', path: '/kalender/*', name: 'web:calendar', handler }];
}
