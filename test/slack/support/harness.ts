import { DateTime } from 'luxon';
import { type RunningServer, startServer } from '../../../src/app/start.ts';
import { createSlackPlugin, type SlackPluginOptions } from '../../../src/bots/slack/plugin.ts';
import { type Config, loadConfig } from '../../../src/config.ts';
import { loadDemo } from '../../../src/demo/load-demo.ts';
import type { Store } from '../../../src/domain/ports.ts';
import { silentLogger } from '../../../src/runtime/logger.ts';
import { fixedClock } from '../../../src/runtime/system.ts';
import { freshPostgresUrl, freshSqliteUrl, type TestDialect } from '../../support/databases.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-token';
/** A police officer of LPO Höglandet and a coordinator of Sävsjö, as Slack users. */
export const POLICE_USER = 'U0POLIS01';
export const COORDINATOR_USER = 'U0SAMORD1';
export const CHANNEL = 'C0SAVSJO1';
/** 2026-11-20 10:00 in Stockholm: tertial 3 of the demo period 2025–2026. */
export const NOW = DateTime.fromISO('2026-11-20T10:00:00', { zone: 'Europe/Stockholm' }).toMillis();

export interface SlackHarness {
  readonly server: RunningServer;
  readonly fake: FakeSlack;
  readonly url: string;
  readonly store: Store;
  readonly config: Config;
  /** The injected clock the server runs on. */
  readonly clock: ReturnType<typeof fixedClock>;
  /** The waits the Notifier asked for, in milliseconds. */
  readonly sleeps: number[];
  close(): Promise<void>;
}

/**
 * The real server (our HTTP server, Bolt, the chat core, the store) on 127.0.0.1 with a test signing secret and
 * SLACK_API_URL pointing at a fake Slack Web API; the demo data loaded, a police officer and a coordinator granted.
 */
export async function startSlackHarness(
  dialect: TestDialect['name'],
  options: SlackPluginOptions = {},
  start: {
    readonly scheduler?: boolean;
    readonly appToken?: string;
    /** Load the demo data and grant the two test users (default true). */
    readonly demo?: boolean;
    /** Use this database (kept afterwards) instead of a fresh one. */
    readonly databaseUrl?: string;
  } = {},
  setUp?: (fake: FakeSlack) => Promise<void> | void,
): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const db = start.databaseUrl
    ? { url: start.databaseUrl, drop: async () => {} }
    : dialect === 'sqlite'
      ? freshSqliteUrl()
      : await freshPostgresUrl();
  const config = loadConfig({
    DATABASE_URL: db.url,
    PORT: '0',
    HOST: '127.0.0.1',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...(start.appToken ? { SLACK_APP_TOKEN: start.appToken } : {}),
    LOFTESBOT_SCHEDULER: 'false',
    LOG_LEVEL: 'silent',
  });
  const sleeps: number[] = [];
  const clock = fixedClock(NOW);
  await setUp?.(fake);
  const server = await startServer(config, {
    clock,
    logger: silentLogger,
    scheduler: start.scheduler ?? false,
    tick: false,
    plugins: [
      (deps) =>
        createSlackPlugin(deps, {
          apiRetries: 0,
          notifier: {
            sleep: async (ms) => {
              sleeps.push(ms);
              await new Promise((r) => setTimeout(r, Math.min(ms, 50)));
            },
          },
          ...options,
        }),
    ],
  });
  const store = server.ctx.store;
  if (start.demo !== false) {
    await loadDemo(store, clock, config.timezone);
    await store.grantRole(
      { person: `slack:${POLICE_USER}`, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      NOW,
    );
    await store.grantRole(
      { person: `slack:${COORDINATOR_USER}`, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      NOW,
    );
  }
  return {
    server,
    fake,
    url: server.url,
    store,
    config,
    clock,
    sleeps,
    async close() {
      await server.close();
      await fake.close();
      await db.drop();
    },
  };
}
