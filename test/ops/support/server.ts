import { Writable } from 'node:stream';
import { type RunningServer, type StartOptions, startServer } from '../../../src/app/start.ts';
import type { PluginDeps, ServerPlugin } from '../../../src/bots/contract.ts';
import type { ChatCore } from '../../../src/bots/core/core.ts';
import { createSlackPlugin } from '../../../src/bots/slack/plugin.ts';
import { createTeamsPlugin } from '../../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/runtime/logger.ts';
import { fixedClock } from '../../../src/runtime/system.ts';
import { COORDINATOR_USER, POLICE_USER, seedDemo } from '../../chaos/support/seed.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../../chaos/support/slack-requests.ts';
import { freshPostgresUrl, freshSqliteUrl, type TestDialect } from '../../support/databases.ts';
import type { FakeBotIdentity } from '../../support/fake-bot-identity.ts';
import { type FakeConnector, startFakeConnector } from '../../support/fake-connector.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';

export { COORDINATOR_USER, POLICE_USER };

/** A Teams person with the police role for LPO Höglandet (granted by opsServer). */
export const TEAMS_POLICE = 'teams:6b8c1f7e-2d4a-4e1b-9a51-0c3f5d2e7a10';

/** One line of the server's JSON log. */
export type LogLine = Record<string, unknown> & { level: number; msg: string; raw: string };

export interface OpsServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly fake: FakeSlack;
  readonly connector: FakeConnector;
  readonly clock: ReturnType<typeof fixedClock>;
  /** Every log line written so far (pino JSON, parsed; `raw` is the line as written). */
  readonly logs: LogLine[];
  /** Calls the platforms made into the chat core. */
  readonly coreCalls: string[];
  close(): Promise<void>;
}

/**
 * The real server in-process (our HTTP server, Bolt, botbuilder in local no-auth mode or authenticated against a
 * local Bot Framework identity, the chat core, the store)
 * on 127.0.0.1, logging pino JSON at `level` into memory, with Slack pointed at a fake Web API, the demo data
 * loaded, and Slack and Teams police officers granted. The chat core is watched: `coreCalls` names each call.
 */
export async function opsServer(
  dialect: TestDialect['name'],
  options: {
    level?: string;
    now?: number;
    start?: StartOptions;
    plugins?: ((d: PluginDeps) => ServerPlugin | null)[];
    /** Teams authenticated against this local identity (default: open mode, which keeps no conversation reference). */
    teamsIdentity?: FakeBotIdentity;
  } = {},
): Promise<OpsServer> {
  const fake = await startFakeSlack();
  const connector = await startFakeConnector();
  const db = dialect === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
  const now = options.now ?? Date.parse('2026-11-20T09:00:00Z');
  const clock = fixedClock(now);
  await seedDemo(db.url, clock);
  const logs: LogLine[] = [];
  let pending = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) if (raw) logs.push({ ...(JSON.parse(raw) as LogLine), raw });
      done();
    },
  });
  const config = loadConfig({
    DATABASE_URL: db.url,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...(options.teamsIdentity?.env ?? { TEAMS_ALLOW_UNAUTHENTICATED: 'true' }),
    LOFTESBOT_SCHEDULER: 'false',
  });
  const coreCalls: string[] = [];
  const watched = (core: ChatCore): ChatCore =>
    new Proxy(core, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (['handleCommand', 'handleAction', 'submitForm'].includes(String(prop)))
            coreCalls.push(String(prop));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const server = await startServer(config, {
    clock,
    logger: createLogger(options.level ?? 'info', sink),
    port: 0,
    host: '127.0.0.1',
    plugins: options.plugins ?? [
      (deps) => createSlackPlugin({ ...deps, core: watched(deps.core) }, { apiRetries: 0 }),
      (deps) => createTeamsPlugin({ ...deps, core: watched(deps.core) }),
    ],
    ...options.start,
  });
  await server.ctx.store.grantRole(
    { person: TEAMS_POLICE, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
    now,
  );
  return {
    server,
    url: server.url,
    fake,
    connector,
    clock,
    logs,
    coreCalls,
    async close() {
      await server.close();
      await fake.close();
      await connector.close();
      await db.drop();
    },
  };
}
