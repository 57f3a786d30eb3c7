import { type Route, send } from '../../runtime/http.ts';
import type { PluginDeps, ServerPlugin } from '../contract.ts';
import { describeAuthMode, refusal, type TeamsAuthMode } from './verify/auth.ts';

/**
 * Teams when it is not configured (no MICROSOFT_APP_ID, no local opt-in): POST /api/messages answers 401 to every
 * request, as the full plugin would, without loading botbuilder (about half a second and 30 MB at start).
 */
export function refusingTeamsPlugin(deps: PluginDeps): ServerPlugin {
  const mode: TeamsAuthMode = { kind: 'refuse' };
  const logger = deps.logger.child({ platform: 'teams' });
  const described = describeAuthMode(mode);
  logger.info(described.fields, described.message);
  const route: Route = {
    method: 'POST',
    path: '/api/messages',
    name: 'teams',
    handler: async (req, res) => {
      logger.warn({ requestId: req.requestId, reason: refusal(mode, undefined) }, 'teams: request refused');
      send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
    },
  };
  return {
    name: 'teams',
    routes: [route],
    health: () => ({ state: 'disabled', detail: 'MICROSOFT_APP_ID not set' }),
  };
}
