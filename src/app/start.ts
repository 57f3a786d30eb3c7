import type { AddressInfo } from 'node:net';
import type { PluginDeps, ServerPlugin } from '../bots/contract.ts';
import { type ChatCore, createChatCore } from '../bots/core/core.ts';
import type { Config } from '../config.ts';
import { LoftesbotError } from '../domain/errors.ts';
import type { Clock, Logger } from '../domain/ports.ts';
import { basePathOf } from '../domain/site-urls.ts';
import { createLogger } from '../runtime/logger.ts';
import { createMetrics, type Metrics } from '../runtime/metrics.ts';
import { fileClock, type TestClockSpec } from '../runtime/test-clock.ts';
import { letYoungGenerationGrow } from '../runtime/young-generation.ts';
import { createScheduler, type SchedulerTuning } from '../scheduler/create.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import { linkDepsOf, loadLinkSecret } from '../web/hmac.ts';
import { type AppContext, openAppContext } from './context.ts';
import { healthHandler, type SchedulerHealth } from './health.ts';
import { createHttpServer, type HttpServer } from './http-server.ts';
import { intervalTicker } from './interval-ticker.ts';
import { createMessageUpdates } from './message-updates.ts';
import { PLUGIN_FACTORIES, type PluginFactory } from './plugins.ts';
import { createReminderSender } from './reminder-sender.ts';

export interface StartOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Replaces the configured plugin factories (tests). */
  readonly plugins?: readonly PluginFactory[];
  /** Port to listen on; defaults to config.port (0 = any free port). */
  readonly port?: number;
  readonly host?: string;
  /** Port of the operations listener (/metrics, detailed /healthz); default METRICS_PORT, 9464, or 0 with port 0. */
  readonly metricsPort?: number;
  /** Run the scheduler (default: config.schedulerEnabled). Tests drive it with `scheduler.tickOnce`. */
  readonly scheduler?: boolean;
  /** Start the scheduler's minute ticker (default true); false leaves ticking to the caller. */
  readonly tick?: boolean;
  /** Scheduler knobs (tests: re-plan interval, batch sizes, policy). */
  readonly schedulerTuning?: SchedulerTuning;
}

export interface RunningServer {
  readonly url: string;
  /** The operations listener: `<metricsUrl>/metrics` and the detailed `<metricsUrl>/healthz`. */
  readonly metricsUrl: string;
  readonly address: AddressInfo;
  readonly ctx: AppContext;
  readonly metrics: Metrics;
  readonly http: HttpServer;
  readonly plugins: readonly ServerPlugin[];
  readonly core: ChatCore;
  readonly scheduler: Scheduler | null;
  /** Graceful stop: stop accepting, finish in-flight requests, stop plugins, close the database. */
  close(): Promise<void>;
}

/**
 * The composition root of the server: opens and migrates the database, builds the platform plugins,
 * mounts them with /healthz and /metrics on one HTTP server and port, and starts listening.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const startedAt = Date.now();
  const logger = options.logger ?? createLogger(config.logLevel);
  const testClock = options.clock ? undefined : config.testClock;
  const clock = options.clock ?? (testClock ? fileClock(testClock) : undefined);
  if (testClock) logger.warn({ testClock }, 'LOFTESBOT_TEST_CLOCK is set: simulated time, for tests only');
  const ctx = await openAppContext(config, { logger, ...(clock ? { clock } : {}) });
  let httpServer: HttpServer | null = null;
  const metrics = createMetrics({
    reminderQueue: () => ctx.stores.reminderQueueDepth(),
    inFlightRequests: () => httpServer?.inFlight ?? 0,
    ...(ctx.handle.committer ? { commits: ctx.handle.committer.stats } : {}),
  });
  // One link signer for the chat and the web routes, with the secret every process on this database shares.
  const links = linkDepsOf(config, ctx.clock, await loadLinkSecret(config, ctx.stores, ctx.clock.now()));
  let replan = () => {};
  const plugins: ServerPlugin[] = [];
  const notifiers = () => plugins.flatMap((p) => (p.notifier ? [p.notifier] : []));
  const core: ChatCore = createChatCore({
    store: ctx.store,
    register: ctx.register,
    clock: ctx.clock,
    ids: ctx.ids,
    logger: ctx.logger,
    config,
    links,
    count: (labels) => metrics.commands.inc({ ...labels }),
    reminders: ctx.stores.reminders,
    updates: createMessageUpdates(() => core, notifiers, ctx.stores.reminders, logger),
    // Whether the bot can post into a conversation: its platform's notifier answers (binding checks it).
    reach: async (platform, conversationId) =>
      (await notifiers()
        .find((n) => n.platform === platform)
        ?.reach?.(conversationId)) ?? 'unknown',
    // A change to a meeting series or meeting re-plans its reminders at the scheduler's next tick.
    onPlanChange: () => replan(),
  });
  const deps: PluginDeps = {
    config,
    store: ctx.store,
    register: ctx.register,
    clock: ctx.clock,
    ids: ctx.ids,
    logger: ctx.logger,
    core,
    links,
    listenHost: options.host ?? config.host,
  };
  try {
    for (const factory of options.plugins ?? PLUGIN_FACTORIES) {
      const plugin = await factory(deps);
      if (plugin) plugins.push(plugin);
    }
  } catch (e) {
    // A plugin refused its configuration (e.g. unauthenticated Teams on a public address): start nothing.
    await ctx.close();
    throw e;
  }
  const http = createHttpServer({ logger, observer: metrics.http, basePath: basePathOf(config.publicUrl) });
  httpServer = http;
  for (const plugin of plugins) for (const route of plugin.routes) http.route(route);
  const scheduler =
    (options.scheduler ?? config.schedulerEnabled)
      ? createScheduler(
          {
            store: ctx.store,
            reminders: ctx.stores.reminders,
            register: ctx.register,
            clock: ctx.clock,
            logger: ctx.logger,
            zone: config.timezone,
          },
          createReminderSender(core, notifiers, logger),
          {
            increment: (counter, labels, by = 1) =>
              metrics.reminders.inc({ kind: labels.kind, outcome: counter }, by),
          },
          {
            // A national re-plan costs ~100–250 ms (docs/performance.md): every 5 minutes, and before any send.
            replanEveryMs: 5 * 60_000,
            ...(testClock ? testClockTuning(testClock) : {}),
            ...options.schedulerTuning,
          },
        )
      : null;
  if (scheduler) replan = () => scheduler.requestReplan();
  const schedulerHealth = (): SchedulerHealth =>
    scheduler?.health() ?? { state: 'disabled', lastTickAt: null };
  const health = (details: boolean) =>
    healthHandler(ctx.store, () => plugins, schedulerHealth, startedAt, details);
  http.route({ method: 'GET', path: '/healthz', handler: health(false) });
  // /metrics and the detailed /healthz on their own listener (METRICS_HOST:METRICS_PORT, loopback by default).
  const ops = createHttpServer({ logger });
  ops.route({ method: 'GET', path: '/healthz', handler: health(true) });
  ops.route({
    method: 'GET',
    path: '/metrics',
    handler: async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
    },
  });
  const port = options.port ?? config.port;
  const metricsPort = options.metricsPort ?? config.metrics.port ?? (port === 0 ? 0 : DEFAULT_METRICS_PORT);
  let address: AddressInfo;
  let opsAddress: AddressInfo;
  try {
    address = await listenOn(http, port, options.host ?? config.host, 'PORT');
    opsAddress = await listenOn(ops, metricsPort, config.metrics.host, 'METRICS_PORT');
  } catch (e) {
    await Promise.all([http.close(), ops.close()]);
    await ctx.close();
    throw e;
  }
  for (const plugin of plugins) await plugin.start?.();
  if (scheduler && options.tick !== false) scheduler.start();
  letYoungGenerationGrow();
  const url = urlOf(address);
  const metricsUrl = urlOf(opsAddress);
  logger.info(
    {
      url,
      metricsUrl,
      database: ctx.stores.dialect,
      // What serves people: a platform mounted only to refuse (Teams without MICROSOFT_APP_ID) is not one.
      platforms: plugins.filter((p) => p.health?.().state !== 'disabled').map((p) => p.name),
    },
    'Löftesbot is listening',
  );
  let closed = false;
  return {
    url,
    metricsUrl,
    address,
    ctx,
    metrics,
    http,
    plugins,
    core,
    scheduler,
    async close() {
      if (closed) return;
      closed = true;
      // Stop accepting and stop the ticker at once; in-flight requests and claimed sends finish side by side.
      await Promise.all([http.close(), ops.close(), scheduler?.stop()]);
      for (const plugin of plugins) await plugin.stop?.();
      await ctx.close();
      logger.info({}, 'Löftesbot stopped');
    },
  };
}

/** The operations listener's port when METRICS_PORT is not set (Prometheus' range for exporters). */
const DEFAULT_METRICS_PORT = 9464;

/** Listens, turning a port already in use into a configuration error that names the variable to change. */
async function listenOn(
  server: HttpServer,
  port: number,
  host: string,
  variable: string,
): Promise<AddressInfo> {
  try {
    return await server.listen(port, host);
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'EADDRINUSE') throw e;
    throw new LoftesbotError(
      'E_CONFIG',
      `${variable} ${port} på ${host} används redan av ett annat program; välj en ledig port`,
      {
        details: { variable },
      },
    );
  }
}

function urlOf(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Under the test clock the scheduler wakes up every few real milliseconds, to follow the time the test sets. */
function testClockTuning(spec: TestClockSpec): SchedulerTuning {
  return { ticker: intervalTicker(spec.tickMs) };
}
