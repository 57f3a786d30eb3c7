import type { ServerResponse } from 'node:http';
import { LoftesbotError } from '../../domain/errors.ts';
import { type BufferedRequest, type Route, send } from '../../runtime/http.ts';
import { isLoopbackHost, isLoopbackUrl } from '../../runtime/loopback.ts';
import type { PluginDeps, ServerPlugin } from '../contract.ts';
import { keepNoConversations, storedConversations } from './conversation-refs.ts';
import { REQUEST_SCOPE, type TurnScope } from './listeners/deps.ts';
import { createTurnHandler } from './listeners/turn.ts';
import { createTeamsNotifier, openModeNotifier } from './notifier.ts';
import { replyActivity } from './render/activity.ts';
import { DEFAULT_BOT_NAME } from './render/channel-commands.ts';
import { teamsTexts } from './render/texts.ts';
import { activityShapeProblem, parseJsonObject } from './verify/activity-shape.ts';
import { createAdapter } from './verify/adapter.ts';
import { describeAuthMode, refusal, teamsAuthMode } from './verify/auth.ts';

/**
 * The Microsoft Teams bot as a server plugin: POST /api/messages on the shared HTTP server, and a Notifier for
 * proactive reminders. The only part of the project that imports botbuilder is this folder.
 *
 * Request flow: (1) refuse with 401 what the auth mode does not allow (no credentials and no explicit local opt-in;
 * with credentials, a missing or malformed token); (2) 400 for a body that is not an Activity; (3) validate the Bot
 * Framework JWT against the cloud's keys (401 for any bad token, 503 when the keys cannot be fetched); (4) botbuilder's
 * CloudAdapter runs the turn; (5) the turn saves the conversation reference, hands the normalised text or card
 * submission to the chat core and posts or updates the reply card.
 *
 * Open mode (TEAMS_ALLOW_UNAUTHENTICATED, loopback HOST only) answers only to a loopback serviceUrl and keeps no
 * conversation reference: it replies within the turn, and every proactive message fails permanently.
 */
export function createTeamsPlugin(deps: PluginDeps): ServerPlugin {
  const { config, store, clock, logger: rootLogger } = deps;
  const logger = rootLogger.child({ platform: 'teams' });
  const mode = teamsAuthMode(config.teams);
  if (mode.kind === 'open' && !isLoopbackHost(deps.listenHost)) {
    throw new LoftesbotError(
      'E_CONFIG',
      `TEAMS_ALLOW_UNAUTHENTICATED gäller bara en bot som lyssnar på den egna datorn (HOST=127.0.0.1), inte på ${deps.listenHost}`,
      { details: { variable: 'TEAMS_ALLOW_UNAUTHENTICATED' } },
    );
  }
  const described = describeAuthMode(mode);
  if (mode.kind === 'open') logger.warn(described.fields, described.message);
  else logger.info(described.fields, described.message);
  if (mode.kind === 'authenticated' && mode.openIgnored) {
    logger.warn({}, 'teams: TEAMS_ALLOW_UNAUTHENTICATED is ignored because MICROSOFT_APP_ID is set');
  }

  const { adapter, verify, runTurn } = createAdapter(mode, config.teams, logger);
  const turn = createTurnHandler({
    core: deps.core,
    conversations: mode.kind === 'open' ? keepNoConversations : storedConversations(store),
    clock,
    logger,
    zone: config.timezone,
    defaultLang: config.lang,
    ...(mode.kind === 'open' ? {} : { languages: store }),
  });

  const handler = async (req: BufferedRequest, res: ServerResponse): Promise<void> => {
    const log = req.log.child({ platform: 'teams' });
    const refused = refusal(mode, headerOf(req, 'authorization'));
    if (refused) {
      log.warn({ reason: refused }, 'teams: request refused');
      return send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
    }
    const parsed = parseJsonObject(req.rawBody);
    const problem = parsed.ok ? activityShapeProblem(parsed.body) : parsed.reason;
    if (!parsed.ok || problem) {
      log.warn({ reason: problem }, 'teams: bad request');
      return send(res, 400, { error: problem });
    }
    if (mode.kind === 'open' && !isLoopbackUrl(parsed.body.serviceUrl)) {
      // Unauthenticated: the bot would post wherever the activity says. Only to this machine.
      log.warn({}, 'teams: serviceUrl refused in unauthenticated mode');
      return send(res, 400, { error: 'serviceUrl must be a loopback address in unauthenticated mode' });
    }
    const verdict = await verify(parsed.body, headerOf(req, 'authorization') ?? '');
    if (!verdict.ok) {
      log.warn({ verdict: verdict.reason }, 'teams: token refused');
      return verdict.reason === 'unauthorized'
        ? send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' })
        : send(res, 503, { error: 'cannot verify the token now' }, { 'retry-after': '5' });
    }
    const scope: TurnScope = { requestId: req.requestId, log };
    const invoke = await runTurn(verdict, parsed.body, (context) => {
      context.turnState.set(REQUEST_SCOPE, scope);
      return turn(context);
    });
    // What botbuilder's `process` answers: the invoke response a turn left, else 200 with no body.
    if (invoke?.body !== undefined) return send(res, invoke.status ?? 200, invoke.body);
    res.writeHead(invoke?.status ?? 200);
    res.end();
  };
  const route: Route = { method: 'POST', path: '/api/messages', name: 'teams', handler };

  const notifier =
    mode.kind === 'refuse'
      ? undefined
      : mode.kind === 'open'
        ? openModeNotifier(logger)
        : createTeamsNotifier({
            adapter,
            appId: mode.appId,
            store,
            clock,
            logger,
            toActivity: (reply, where) =>
              replyActivity(reply, {
                texts: teamsTexts(reply.lang ?? config.lang),
                // A reminder in a channel or group chat writes its commands as the bot's @mention.
                ...(where.kind === 'personal'
                  ? {}
                  : { commands: { botName: where.botName.trim() || DEFAULT_BOT_NAME } }),
              }),
          });

  return {
    name: 'teams',
    routes: [route],
    ...(notifier ? { notifier } : {}),
    health: () =>
      mode.kind === 'authenticated'
        ? { state: 'up' }
        : mode.kind === 'open'
          ? { state: 'degraded', detail: 'unauthenticated (local use only)' }
          : { state: 'disabled', detail: 'MICROSOFT_APP_ID not set' },
  };
}

function headerOf(req: BufferedRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
