import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/**
 * The detailed /healthz names every chat platform the same way, configured or not: a platform that is not set up is
 * listed as `disabled` with the variable that is missing, Slack as Teams (never left out).
 */
describe('/healthz on the operations listener lists Slack and Teams alike', () => {
  const cases: readonly [string, Record<string, string>, Record<string, unknown>][] = [
    [
      'nothing configured',
      {},
      {
        slack: { state: 'disabled', detail: 'SLACK_BOT_TOKEN not set' },
        teams: { state: 'disabled', detail: 'MICROSOFT_APP_ID not set' },
      },
    ],
    [
      'a Slack signing secret without the bot token',
      { SLACK_SIGNING_SECRET: 'health-test-secret' },
      {
        slack: { state: 'disabled', detail: 'SLACK_BOT_TOKEN not set' },
        teams: { state: 'disabled', detail: 'MICROSOFT_APP_ID not set' },
      },
    ],
  ];
  it.each(cases)('%s', async (_how, env, platforms) => {
    const db = freshSqliteUrl();
    const server = await startServer(
      loadConfig({ DATABASE_URL: db.url, LOFTESBOT_SCHEDULER: 'false', ...env }),
      {
        logger: silentLogger,
        port: 0,
        host: '127.0.0.1',
      },
    );
    try {
      const body = (await (await fetch(`${server.metricsUrl}/healthz`)).json()) as { platforms: unknown };
      expect(body.platforms).toMatchObject(platforms);
    } finally {
      await server.close();
      db.drop();
    }
  });
});
