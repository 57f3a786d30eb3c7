import { TIMEOUT, withTimeout } from '../../runtime/timeout.ts';
import type { Notifier, PlatformHealth, PluginDeps, ServerPlugin } from '../contract.ts';
import { createDeliveryClient, type SlackApiSettings } from './api/client.ts';
import { createBoltApp, type SlackMode } from './app.ts';
import { slackConfigured } from './configured.ts';
import type { ListenerDeps, SlackCore } from './listeners/deps.ts';
import { createSlackNotifier } from './notifier.ts';
import { createLocaleResolver } from './parse/locale.ts';
import { slackEventsRoute } from './verify/http-route.ts';

export { slashCommandNames } from './listeners/commands/index.ts';
export { createSlackNotifier } from './notifier.ts';

/** Knobs for tests and deployments; the defaults are production's. */
export interface SlackPluginOptions {
  /** The chat core (default: the one the composition root shares). */
  readonly core?: SlackCore;
  /** How long to wait for the core before acking empty (default 2,000 ms of Slack's 3,000). */
  readonly ackBudgetMs?: number;
  /** SDK retries for interactive calls (default 2; tests 0). */
  readonly apiRetries?: number;
  /** Look up people's Slack locale with users.info (default true). */
  readonly useSlackLocale?: boolean;
  /** How long start() waits for Socket Mode to connect before going on (default 15 s). */
  readonly socketStartTimeoutMs?: number;
  /** Notifier tuning (tests inject `sleep` to observe waits). */
  readonly notifier?: {
    readonly sleep?: (ms: number) => Promise<void>;
    readonly backoffMs?: number;
    readonly maxWaitMs?: number;
  };
}

/**
 * The Slack platform plugin: Bolt over our HTTP server on POST /slack/events (when SLACK_SIGNING_SECRET and
 * SLACK_BOT_TOKEN are set) or over Socket Mode (when SLACK_APP_TOKEN is set), with the Notifier for reminders.
 * Returns null, and says so in the log, when Slack is not configured.
 */
export function createSlackPlugin(deps: PluginDeps, options: SlackPluginOptions = {}): ServerPlugin | null {
  const { config, logger: rootLogger } = deps;
  const logger = rootLogger.child({ platform: 'slack' });
  if (!slackConfigured(config, rootLogger)) return null;
  const { botToken = '', signingSecret, appToken } = config.slack;
  const mode: SlackMode = appToken
    ? { kind: 'socket', appToken }
    : { kind: 'http', signingSecret: signingSecret ?? '' };
  const api: SlackApiSettings = {
    ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
    ...(options.apiRetries !== undefined ? { retries: options.apiRetries } : {}),
  };
  const core = options.core ?? deps.core;
  const locale = createLocaleResolver({ clock: deps.clock, names: deps.store });
  let health: PlatformHealth = { state: 'up' };
  let connected = mode.kind === 'http';
  let startAttempt: Promise<unknown> | null = null;
  const listenerDeps: ListenerDeps = {
    core,
    logger,
    defaultLang: config.lang,
    ackBudgetMs: options.ackBudgetMs ?? 2_000,
    resolveLang: options.useSlackLocale === false ? async () => undefined : locale,
  };
  const bolt = createBoltApp(
    {
      mode,
      botToken,
      api,
      logger,
      onAuth: (ok, error) => {
        health = ok
          ? { state: 'up' }
          : { state: 'degraded', detail: `auth.test failed: ${error ?? 'unknown'}` };
      },
    },
    listenerDeps,
  );
  const notifier: Notifier = createSlackNotifier({
    api: createDeliveryClient(botToken, { ...api, retries: 0 }, logger),
    logger,
    ...options.notifier,
  });
  logger.info({ mode: mode.kind, commands: bolt.commands.length }, 'Slack app ready');
  return {
    name: 'slack',
    routes: bolt.http
      ? [slackEventsRoute(bolt.http, { signingSecret: signingSecret ?? '', commands: bolt.commands })]
      : [],
    notifier,
    async start() {
      // Surface a bad bot token at start (in the log and on /healthz) rather than at the first command.
      const verified = withTimeout(bolt.verify(), 5_000).then((ok) => {
        if (ok !== true)
          logger.error({ detail: ok === TIMEOUT ? 'timeout' : 'refused' }, 'Slack auth.test failed');
      });
      const socket = bolt.socket;
      if (!socket) return verified;
      socket.client.on('connected', () => {
        connected = true;
      });
      socket.client.on('disconnected', () => {
        connected = false;
      });
      // A Slack that cannot be reached must not hold up the server (Teams, /healthz): wait a while, then go on.
      const started = bolt.app.start().then(
        () => 'started' as const,
        (e: unknown) => {
          logger.error({ err: (e as Error)?.message }, 'Slack Socket Mode could not connect');
          return 'failed' as const;
        },
      );
      startAttempt = started;
      const outcome = await withTimeout(started, options.socketStartTimeoutMs ?? 15_000);
      if (outcome === TIMEOUT)
        logger.warn({}, 'Slack Socket Mode still connecting; continuing in the background');
      await verified;
    },
    async stop() {
      if (!bolt.socket || !startAttempt) return;
      try {
        await withTimeout(bolt.app.stop(), 5_000);
      } catch (e) {
        logger.warn({ err: (e as Error)?.message }, 'Slack Socket Mode did not stop cleanly');
      }
      connected = false;
    },
    health: () => (connected ? health : { state: 'down', detail: 'Socket Mode not connected' }),
  };
}
