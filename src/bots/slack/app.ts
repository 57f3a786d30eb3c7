import type { Authorize } from '@slack/bolt';
import type { Logger } from '../../domain/ports.ts';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from './api/bolt.ts';
import { boltLogger } from './api/bolt-logger.ts';
import { interactiveClientOptions, normalizeApiUrl, type SlackApiSettings } from './api/client.ts';
import { scrubSdkText } from './api/scrub.ts';
import { registerActions } from './listeners/actions/index.ts';
import { registerCommands } from './listeners/commands/index.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import { registerEvents } from './listeners/events/index.ts';
import { requestProperties } from './listeners/request-scope.ts';
import { registerViews } from './listeners/views/index.ts';
import { SLACK_EVENTS_PATH } from './verify/http-route.ts';

/** HTTP mode (a public URL, signed requests) or Socket Mode (an outbound WebSocket, no public URL). */
export type SlackMode =
  | { readonly kind: 'http'; readonly signingSecret: string }
  | { readonly kind: 'socket'; readonly appToken: string };

export interface BoltAppOptions {
  readonly mode: SlackMode;
  readonly botToken: string;
  readonly api: SlackApiSettings;
  readonly logger: Logger;
  /** Called with the outcome of each auth.test (health). */
  readonly onAuth?: (ok: boolean, error?: string) => void;
}

export interface BoltApp {
  readonly app: App;
  /** The receiver to mount on our HTTP server (HTTP mode), else null. */
  readonly http: HTTPReceiver | null;
  /** The Socket Mode receiver (Socket Mode), else null. */
  readonly socket: SocketModeReceiver | null;
  /** The slash commands registered (`/insats`, …). */
  readonly commands: readonly string[];
  /** Checks the bot token with auth.test (cached once it succeeds); false when Slack refused it or is unreachable. */
  verify(): Promise<boolean>;
}

/**
 * The Bolt app: a receiver for the mode, our Web API settings, a single-workspace authorize that runs auth.test
 * once (and again after a failure), one error boundary, and the listeners registered per kind.
 */
export function createBoltApp(options: BoltAppOptions, deps: ListenerDeps): BoltApp {
  const logger = boltLogger(options.logger);
  const clientOptions = interactiveClientOptions(options.api, options.logger);
  const receiver =
    options.mode.kind === 'http'
      ? new HTTPReceiver({
          signingSecret: options.mode.signingSecret,
          endpoints: [SLACK_EVENTS_PATH],
          logger,
          processBeforeResponse: false,
          // Our listeners ack within Slack's 3 s counted from the request's arrival (empty, then response_url, when
          // the core is slow). Bolt's own 404 for a request nobody acked must not overtake that on a loaded machine,
          // where timers fire late: it would tell the person "failed" about a registration that was stored.
          unhandledRequestTimeoutMillis: 10_000,
          // Verified by our route (verify/http-route.ts), before this receiver, once.
          signatureVerification: false,
          // The request's id, arrival time and logger reach the listeners in their context.
          customPropertiesExtractor: requestProperties,
        })
      : new SocketModeReceiver({
          appToken: options.mode.appToken,
          logger,
          installerOptions: { clientOptions: socketClientOptions(options.api) },
        });
  const authTest = cachedAuthTest(options.botToken, clientOptions, options.onAuth);
  const authorize: Authorize<boolean> = async () => ({ botToken: options.botToken, ...(await authTest()) });
  const app = new App({
    receiver,
    socketMode: options.mode.kind === 'socket',
    authorize,
    logger,
    clientOptions,
    // Bolt's conversation-state middleware (context.updateConversation): unused here, and a store lookup per event.
    convoStore: false,
  });
  app.error(async (error) => {
    options.logger.error(
      { code: (error as { code?: unknown }).code, err: scrubSdkText(error.message) },
      'slack listener error',
    );
  });
  const commands = registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  return {
    app,
    http: receiver instanceof HTTPReceiver ? receiver : null,
    socket: receiver instanceof SocketModeReceiver ? receiver : null,
    commands,
    verify: () =>
      authTest().then(
        () => true,
        () => false,
      ),
  };
}

function socketClientOptions(api: SlackApiSettings): webApi.WebClientOptions {
  const slackApiUrl = normalizeApiUrl(api.apiUrl);
  return slackApiUrl ? { slackApiUrl } : {};
}

/** The bot's identity from auth.test, once for the bot token. */
interface BotIdentity {
  readonly botId?: string;
  readonly botUserId?: string;
  readonly teamId?: string;
}

/** auth.test once for the bot token, cached; a failure is not cached, so the next call tries again. */
function cachedAuthTest(
  botToken: string,
  clientOptions: webApi.WebClientOptions,
  onAuth?: (ok: boolean, error?: string) => void,
): () => Promise<BotIdentity> {
  let cached: Promise<BotIdentity> | null = null;
  return () => {
    if (!cached) {
      const client = new webApi.WebClient(botToken, clientOptions);
      cached = client.auth.test().then(
        (r) => {
          onAuth?.(true);
          return {
            ...(r.bot_id ? { botId: r.bot_id } : {}),
            ...(r.user_id ? { botUserId: r.user_id } : {}),
            ...(r.team_id ? { teamId: r.team_id } : {}),
          };
        },
        (e: unknown) => {
          cached = null;
          onAuth?.(false, (e as { data?: { error?: string } })?.data?.error ?? (e as Error)?.message);
          throw e;
        },
      );
    }
    return cached;
  };
}
