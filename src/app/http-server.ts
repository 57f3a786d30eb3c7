import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../domain/ports.ts';
import { errorFields, type HttpObserver, type Route, send } from '../runtime/http.ts';

export interface HttpServerOptions {
  readonly logger: Logger;
  readonly maxBodyBytes?: number;
  readonly observer?: HttpObserver;
  /**
   * The path prefix of LOFTESBOT_PUBLIC_URL ('' or absent: none). A request under it is served as the same request
   * without it, so a reverse proxy may pass `/loftesbot/k/savsjo` on as it is or strip the prefix.
   */
  readonly basePath?: string;
}

export interface HttpServer {
  /** Adds a route; later routes with the same method and path replace earlier ones. */
  route(route: Route): void;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
  readonly inFlight: number;
  readonly server: Server;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

/** Paths polled by machines (health probes, Prometheus): their access lines are logged at debug. */
const QUIET_PATHS: ReadonlySet<string> = new Set(['/healthz', '/metrics']);

/**
 * The one HTTP server of the process: Slack, Teams, health, metrics and pages share it and its port.
 * It reads each body once with a size limit (413 beyond it), tags the request with an id, and is the HTTP runtime's
 * error boundary: a handler that throws gets a 500 with no details and a log line.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const routes: Route[] = [];
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let inFlight = 0;
  let closing = false;

  const find = (method: string, path: string): Route | 'method' | null => {
    const matches = routes.filter((r) =>
      r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : r.path === path,
    );
    if (matches.length === 0) return null;
    const m = method === 'HEAD' ? 'GET' : method;
    return matches.find((r) => r.method === m || r.method === method) ?? 'method';
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const receivedAt = Date.now();
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', requestId);
    const prefix = options.basePath;
    if (prefix && req.url?.startsWith(prefix)) {
      const rest = req.url.slice(prefix.length);
      if (rest === '' || rest.startsWith('?')) req.url = `/${rest}`;
      else if (rest.startsWith('/')) req.url = rest;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = find(req.method ?? 'GET', url.pathname);
    const label = route && route !== 'method' ? (route.name ?? route.path) : 'unmatched';
    const requestLog = options.logger.child({ requestId });
    // The access line's own fields, not a second child logger: a child costs more than the fields (/insats path).
    const where = { method: req.method, path: url.pathname };
    inFlight++;
    res.on('close', () => {
      inFlight--;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      options.observer?.onResponse(label, req.method ?? 'GET', res.statusCode, seconds);
      const line = { ...where, route: label, status: res.statusCode, ms: Math.round(seconds * 1000) };
      // One access line per request (probes and scrapes only at debug, so they do not drown the log).
      if (req.method === 'GET' && QUIET_PATHS.has(url.pathname)) requestLog.debug(line, 'request');
      else requestLog.info(line, 'request');
    });
    try {
      if (closing) return send(res, 503, { error: 'shutting down' }, { connection: 'close' });
      if (route === null) return send(res, 404, { error: 'not found' });
      if (route === 'method') return send(res, 405, { error: 'method not allowed' });
      const body = await readBody(req, maxBody);
      if (body === 'too-large') {
        requestLog.warn({ ...where, limit: maxBody }, 'request body too large');
        return send(res, 413, { error: 'request body too large' }, { connection: 'close' });
      }
      const buffered = Object.assign(req, {
        rawBody: body,
        requestId,
        receivedAt,
        log: requestLog,
      });
      await route.handler(buffered, res);
    } catch (e) {
      requestLog.error({ ...where, err: errorFields(e) }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error', requestId });
      else res.end();
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestId = validRequestId(headerOf(req, 'x-request-id')) ?? randomUUID();
    // The request's id reaches its log lines through `req.log`, passed on by hand: no AsyncLocalStorage, whose
    // promise hooks cost every promise of the process (10–20 % of the CPU of an /insats; docs/performance.md).
    void handle(req, res, requestId);
  });
  server.keepAliveTimeout = 5_000;

  return {
    route(route) {
      const i = routes.findIndex((r) => r.method === route.method && r.path === route.path);
      if (i >= 0) routes.splice(i, 1);
      routes.push(route);
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close(graceMs = 8_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      server.closeAllConnections();
      await closed;
    },
    get inFlight() {
      return inFlight;
    },
    server,
  };
}

/** A caller's X-Request-Id is kept when it is a short token (so it cannot smuggle text into the logs). */
function validRequestId(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : null;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(headerOf(req, 'content-length') ?? '0');
  if (declared > limit) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
