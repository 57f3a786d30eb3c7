import type { PluginDeps, ServerPlugin } from '../bots/contract.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { publicRoutes } from './public-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { createSite } from './site.ts';

/**
 * The web pages on the bot's one HTTP server: the public progress pages (`/`, `/k/<kommun>`), and behind signed
 * links the managers' dashboard (`/d/<område>?t=…`) and one kommun's report downloads (`/r/<kommunkod>/…?t=…`).
 * Needs no credentials, so it is always mounted.
 */
export function webPlugin(deps: PluginDeps): ServerPlugin {
  const site = createSite(deps, deps.links);
  const logger = deps.logger.child({ plugin: 'web' });
  return {
    name: 'web',
    routes: [
      ...publicRoutes(site),
      ...dashboardRoutes(site, logger),
      ...reportRoutes(site, logger),
      ...calendarRoutes(site, logger),
    ],
    health: () => ({ state: 'up' }),
  };
}
