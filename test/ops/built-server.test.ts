import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/runtime/system.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { POLICE_USER, SLACK_CHANNELS, seedDemo } from '../chaos/support/seed.ts';
import { type ServerProcess, startServerProcess } from '../chaos/support/server-process.ts';
import { BOT_TOKEN, SIGNING_SECRET, signedHeaders, slashBody } from '../chaos/support/slack-requests.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { type FakeBotIdentity, sharedBotIdentity } from '../support/fake-bot-identity.ts';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';

/**
 * `npm start` as shipped: `node bin/loftesbot.js start`, which runs the esbuild bundle in dist/ (Bolt, botbuilder and
 * their libraries bundled in, Bolt's Socket Mode client loaded on first use) whenever it is newer than the sources.
 * A signed `/insats` over Slack and an authenticated Teams message — its token checked against a local Bot Framework
 * identity, the reply posted with the bot's own token — go through the built server end to end.
 */
const TEAMS_POLICE_AAD = '6b8c1f7e-2d4a-4e1b-9a51-0c3f5d2e7a10';

describe('the built server', () => {
  let identity: FakeBotIdentity;
  let connector: FakeConnector;
  let slack: FakeSlack;
  let server: ServerProcess;
  const db = freshSqliteUrl();

  beforeAll(async () => {
    identity = await sharedBotIdentity();
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    await seedDemo(db.url, systemClock);
    const handle = openDatabase(db.url);
    try {
      await createStore(handle.db).grantRole(
        { person: `teams:${TEAMS_POLICE_AAD}`, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
        Date.now(),
      );
    } finally {
      await handle.close();
    }
    server = await startServerProcess({
      DATABASE_URL: db.url,
      LOFTESBOT_SCHEDULER: 'false',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: slack.apiUrl,
      ...identity.env,
    });
  }, 90_000);

  afterAll(async () => {
    server?.kill('SIGTERM');
    await server?.exited;
    await Promise.all([connector?.close(), slack?.close()]);
    await db.drop();
  });

  it('registers a signed /insats from Slack and says so in the ack', async () => {
    const body = slashBody({
      command: '/insats',
      text: 'Sävsjö',
      userId: POLICE_USER,
      channelId: SLACK_CHANNELS.savsjo.id,
      triggerId: 'built.1.trigger',
      responseUrl: slack.responseUrl('built-1'),
    });
    const res = await fetch(`${server.url}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SIGNING_SECRET, body),
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/registrerad/);
    const unsigned = await fetch(`${server.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(unsigned.status).toBe(401);
  });

  it('answers an authenticated Teams message with a card posted with the bot token', async () => {
    const message = JSON.parse(
      readFileSync(new URL('../teams/fixtures/message-channel.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const activity = { ...message, id: 'built-teams-1', serviceUrl: connector.url };
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identity.authorize(activity) },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(200);
    const reply = await connector.waitFor((c) => c.kind === 'reply' || c.kind === 'send', 20_000);
    expect(identity.botTokenClaims(reply.authorization)).not.toBeNull();
    expect(JSON.stringify(reply.body)).toMatch(/registrerad/i);
    const forged = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ ...activity, id: 'built-teams-2' }),
    });
    expect(forged.status).toBe(401);
  });
});
