// Child process of the benchmark: the floor for the Teams path — botbuilder's CloudAdapter with no credentials on
// a bare node:http server, replying "ok" to every message through the activity's serviceUrl. PORT from env.
import { createServer, type ServerResponse } from 'node:http';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Response,
  type TurnContext,
} from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (_context, error) => {
  console.error('turn failed', error);
};
const logic = async (context: TurnContext) => {
  if (context.activity.type === 'message') await context.sendActivity('ok');
};

/** The express-like response CloudAdapter.process writes: status, headers, body, end. */
function botResponse(res: ServerResponse): Response {
  let status = 200;
  let payload: string | undefined;
  const headers: Record<string, string> = {};
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
      return this;
    },
    send(body?: unknown) {
      if (body !== undefined && body !== null) {
        payload = typeof body === 'string' ? body : JSON.stringify(body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
      }
      return this;
    },
    end() {
      if (res.writableEnded) return this;
      res.writeHead(status, headers);
      res.end(payload);
      return this;
    },
  };
}

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  const response = botResponse(res);
  await adapter.process({ method: req.method, headers: req.headers, body }, response, logic);
  response.end();
});
const port = Number(process.env.PORT ?? 0);
server.keepAliveTimeout = 5_000;
server.listen(port, '127.0.0.1', () => process.send?.({ type: 'ready', port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
