import { readFileSync } from 'node:fs';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { freshPostgresUrl, freshSqliteUrl, type TestDialect } from '../support/databases.ts';
import { type FakeBotIdentity, sharedBotIdentity } from '../support/fake-bot-identity.ts';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.ts';

/** 2026-11-21 10:00 in Stockholm: inside the demo agreements' period, a working day in T3. */
export const NOW = Date.parse('2026-11-21T09:00:00Z');

export const BOT_ID = '28:00000000-0000-4000-8000-000000000b07';
export const CHANNEL_ID = '19:9a0b1c2d3e4f5061728394a5b6c7d8e9@thread.tacv2';
export const TEAM_ID = '19:1122334455667788aabbccddeeff0011@thread.tacv2';
export const PERSONAL_ID = 'a:1pQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz-personal';
/** Per Polis (channel fixtures) and Sven Samordnare (personal fixtures). */
export const PER = 'teams:6b8c1f7e-2d4a-4e1b-9a51-0c3f5d2e7a10';
export const SVEN = 'teams:0f3b2a1c-9e8d-4c7b-a6f5-e4d3c2b1a091';

// biome-ignore lint/suspicious/noExplicitAny: Activity JSON fixtures, edited freely by tests
export type ActivityJson = Record<string, any>;

/** A recorded Bot Framework activity from test/teams/fixtures, with its serviceUrl pointed at the fake connector. */
export function fixture(name: string, serviceUrl: string, patch: ActivityJson = {}): ActivityJson {
  const raw = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
  return { ...(JSON.parse(raw) as ActivityJson), serviceUrl, ...patch };
}

/** Open mode: no credentials, TEAMS_ALLOW_UNAUTHENTICATED=true (no conversation reference is kept). */
export const OPEN_MODE: Readonly<Record<string, string>> = { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };

export interface TeamsHarness {
  readonly server: RunningServer;
  readonly connector: FakeConnector;
  readonly clock: ReturnType<typeof fixedClock>;
  /** The local Bot Framework identity the bot authenticates against (default env only). */
  readonly identity: FakeBotIdentity | null;
  /**
   * POSTs an activity to /api/messages; returns the status and body text. With the default env it carries a channel
   * token for the activity's serviceUrl unless `headers` has an `authorization` of its own.
   */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/**
 * The real server (startServer with the Teams plugin) on 127.0.0.1 over a fresh database of `dialect`, and a fake
 * Bot Connector. `env` adds configuration; by default the bot is authenticated against the file's local Bot
 * Framework identity (test/support/fake-bot-identity.ts): real token validation in, real bearer tokens out.
 */
export async function startTeamsHarness(
  dialect: TestDialect['name'],
  env?: Readonly<Record<string, string>>,
  options: {
    logger?: Logger;
    scheduler?: boolean;
    /** Use this database (kept afterwards) instead of a fresh one. */
    databaseUrl?: string;
  } = {},
): Promise<TeamsHarness> {
  const identity = env ? null : await sharedBotIdentity();
  const db = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : dialect === 'sqlite'
      ? freshSqliteUrl()
      : await freshPostgresUrl();
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    LOFTESBOT_SCHEDULER: 'false',
    LOFTESBOT_TIMEZONE: 'Europe/Stockholm',
    ...(env ?? identity?.env),
  });
  const clock = fixedClock(NOW);
  const connector = await startFakeConnector();
  const server = await startServer(config, {
    plugins: [createTeamsPlugin],
    port: 0,
    host: '127.0.0.1',
    logger: options.logger ?? silentLogger,
    clock,
    scheduler: options.scheduler ?? false,
    tick: false,
  });
  return {
    server,
    connector,
    clock,
    identity,
    async post(activity, headers = {}) {
      const token = identity && !('authorization' in headers) ? identity.authorize(activity) : {};
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...token, ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      return { status: res.status, body: await res.text() };
    },
    async close() {
      await server.close();
      await connector.close();
      // DROP DATABASE … WITH (FORCE) fails while an autovacuum worker (another role) is on the fresh database.
      for (let attempt = 1; ; attempt++) {
        try {
          await db.drop();
          break;
        } catch (e) {
          if (attempt >= 10) throw e;
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    },
  };
}
