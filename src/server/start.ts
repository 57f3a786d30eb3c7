import type { AddressInfo } from 'node:net';
import { type AppContext, openAppContext } from '../app/context.ts';
import type { Config } from '../config.ts';
import type { Clock, Logger } from '../domain/ports.ts';
import { createHttpServer, type HttpServer } from '../http/server.ts';
import { createLogger } from '../runtime/logger.ts';
import { createMetrics, type Metrics } from '../runtime/metrics.ts';
import { healthHandler, type SchedulerHealth } from './health.ts';
import type { PluginDeps, ServerPlugin } from './plugin.ts';
import { PLUGIN_FACTORIES } from './plugins.ts';

export interface StartOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Replaces the configured plugin factories (tests). */
  readonly plugins?: readonly ((deps: PluginDeps) => ServerPlugin | null)[];
  /** Port to listen on; defaults to config.port (0 = any free port). */
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly address: AddressInfo;
  readonly ctx: AppContext;
  readonly metrics: Metrics;
  readonly http: HttpServer;
  readonly plugins: readonly ServerPlugin[];
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
  const ctx = await openAppContext(config, { logger, ...(options.clock ? { clock: options.clock } : {}) });
  const metrics = createMetrics();
  const deps: PluginDeps = { ctx, metrics };
  const plugins: ServerPlugin[] = [];
  for (const factory of options.plugins ?? PLUGIN_FACTORIES) {
    const plugin = factory(deps);
    if (plugin) plugins.push(plugin);
  }
  const http = createHttpServer({ logger, observer: metrics.http });
  for (const plugin of plugins) for (const route of plugin.routes) http.route(route);
  const schedulerHealth = (): SchedulerHealth => ({ state: 'disabled', lastTickAt: null });
  http.route({
    method: 'GET',
    path: '/healthz',
    handler: healthHandler(ctx.store, () => plugins, schedulerHealth, startedAt),
  });
  http.route({
    method: 'GET',
    path: '/metrics',
    handler: async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
    },
  });
  const address = await http.listen(options.port ?? config.port, options.host ?? config.host);
  for (const plugin of plugins) await plugin.start?.();
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info(
    { url, database: ctx.handle.dialect, platforms: plugins.map((p) => p.name) },
    'Löftesbot is listening',
  );
  let closed = false;
  return {
    url,
    address,
    ctx,
    metrics,
    http,
    plugins,
    async close() {
      if (closed) return;
      closed = true;
      await http.close();
      for (const plugin of plugins) await plugin.stop?.();
      await ctx.close();
      logger.info({}, 'Löftesbot stopped');
    },
  };
}
