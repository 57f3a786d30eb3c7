import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { createSlackPlugin } from '../../src/bots/slack/plugin.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { systemClock } from '../../src/runtime/system.ts';
import { countRows } from '../cli/cli-harness.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { mutated } from './support/mutate.ts';
import { seedDemo } from './support/seed.ts';
import {
  BOT_TOKEN,
  post,
  SIGNING_SECRET,
  signedHeaders,
  slackSignature,
  slashBody,
} from './support/slack-requests.ts';

/**
 * Chaos d: fuzzed Slack requests (slash-command form bodies, block_actions and view_submission payloads, random
 * bytes; mostly correctly signed so they get past the signature check) and Teams activities (mutated recorded
 * activities, random JSON), from people who hold no role. The server never answers 5xx, the process never sees an
 * unhandled error (vitest fails the run on one), and nothing is written to the follow-up record. Only a person's
 * language choice and Teams conversation references — stored for anyone who talks to the bot — may change.
 * fast-check prints the seed and the shrunk counterexample when a property fails.
 */

const RUNS = 400;
/** Tables anyone may cause a write to: a person's language, Teams conversation references. */
const MAY_CHANGE = new Set(['person_settings', 'conversation_refs']);

const COMMAND_WORDS = [
  '/insats',
  '/logga',
  '/status',
  '/sammanfattning',
  '/rapportera',
  '/samverkan',
  '/statistik',
  '/hjalp',
];
const ARG_WORDS = [
  'Sävsjö',
  'Savsjo',
  'Tranås',
  'lpo',
  'Höglandet',
  'idag',
  'igår',
  '20/11',
  '2026-11-20',
  'T1',
  'T3',
  '2026',
  '2',
  '999',
  '1000',
  '-1',
  'flytta',
  'nästa',
  'genomfört',
  'dokument',
  '811218-9876',
  'trafikkontroll',
  '<@U1|x>',
  '<#C1|y>',
  '&amp;',
  '<!channel>',
];

const slackText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc
    .array(fc.oneof(fc.constantFrom(...ARG_WORDS), fc.string({ maxLength: 12 })), { maxLength: 6 })
    .map((w) => w.join(' ')),
);

const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('chaos d: fuzzed Slack and Teams requests', () => {
  let fake: FakeSlack;
  let connector: FakeConnector;
  let server: RunningServer;
  let drop: () => Promise<void>;
  let before: Record<string, number>;
  const statuses = new Map<string, number>();
  const tally = (platform: string, status: number) =>
    statuses.set(`${platform} ${status}`, (statuses.get(`${platform} ${status}`) ?? 0) + 1);

  beforeAll(async () => {
    fake = await startFakeSlack();
    connector = await startFakeConnector();
    const db = freshSqliteUrl();
    drop = db.drop;
    await seedDemo(db.url, systemClock);
    const config = loadConfig({
      DATABASE_URL: db.url,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      LOFTESBOT_SCHEDULER: 'false',
      LOG_LEVEL: 'silent',
    });
    server = await startServer(config, {
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      plugins: [(deps) => createSlackPlugin(deps, { apiRetries: 0, ackBudgetMs: 2_000 }), createTeamsPlugin],
    });
    before = await countRows(server.ctx.handle.db);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
    await connector.close();
    await drop();
  });

  const sendSlack = async (body: string, contentType: string, signing: 'good' | 'none' | 'bad' | 'stale') => {
    const headers =
      signing === 'good'
        ? signedHeaders(SIGNING_SECRET, body, contentType)
        : signing === 'stale'
          ? signedHeaders(SIGNING_SECRET, body, contentType, Math.floor(Date.now() / 1000) - 3600)
          : signing === 'bad'
            ? {
                'content-type': contentType,
                'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
                'x-slack-signature': slackSignature('wrong-secret', Math.floor(Date.now() / 1000), body),
              }
            : { 'content-type': contentType };
    const res = await post(`${server.url}/slack/events`, body, headers);
    tally('slack', res.status);
    return res.status;
  };

  it('slash-command bodies: no 5xx, no write', async () => {
    const signing = fc.constantFrom('good', 'good', 'good', 'good', 'none', 'bad', 'stale') as fc.Arbitrary<
      'good' | 'none' | 'bad' | 'stale'
    >;
    const body = fc.oneof(
      fc
        .record({
          command: fc.oneof(fc.constantFrom(...COMMAND_WORDS), fc.string({ maxLength: 10 })),
          text: slackText,
          userId: fc.oneof(fc.constant('U0NOBODY1'), fc.string({ maxLength: 12 })),
          channelId: fc.oneof(fc.constant('C0SAVSJO'), fc.string({ maxLength: 12 })),
          triggerId: fc.string({ maxLength: 30 }),
        })
        .map((c) => slashBody({ ...c, responseUrl: fake.responseUrl('fuzz') })),
      fc
        .dictionary(
          fc.constantFrom(
            'command',
            'text',
            'user_id',
            'channel_id',
            'trigger_id',
            'ssl_check',
            'payload',
            'x',
          ),
          fc.string({ maxLength: 30 }),
        )
        .map((d) => new URLSearchParams({ ...d, response_url: fake.responseUrl('fuzz') }).toString()),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        signing,
        fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
        async (b, s, ct) => {
          const status = await sendSlack(b, ct, s);
          expect(status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('interactivity payloads (block_actions, view_submission): no 5xx, no write', async () => {
    const actions: Record<string, unknown> = {
      ...fixture('../slack/fixtures/block-actions.json'),
      response_url: fake.responseUrl('fuzz'),
    };
    const actionIds = [
      'undo',
      'run',
      'prompt:answer',
      'prompt:text',
      'report:open',
      'statistics:open',
      'meeting:held',
      'log:open',
      'comment:open',
      'prompt:snooze',
      'prompt:snooze-day',
      'x',
    ];
    const withOurAction = fc.constantFrom(...actionIds).map((id) => ({
      ...actions,
      actions: [
        { ...(actions.actions as Record<string, unknown>[])[0], action_id: id, value: '0684|2026|3' },
      ],
    }));
    const submission = fixture('../slack/fixtures/view-submission.json');
    const ourForm = fc
      .constantFrom(
        'form:report',
        'form:statistics',
        'form:prompt-answer',
        'form:log',
        'form:comment',
        'form:snooze',
      )
      .map((callback) => ({
        ...submission,
        view: {
          ...(submission.view as Record<string, unknown>),
          callback_id: callback,
          private_metadata: '{"state":"x"}',
        },
      }));
    const payload = fc.oneof(
      withOurAction.chain((b) => mutated(b)),
      ourForm.chain((b) => mutated(b)),
      withOurAction,
      ourForm,
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        const status = await sendSlack(
          new URLSearchParams({ payload: JSON.stringify(p) }).toString(),
          'application/x-www-form-urlencoded',
          'good',
        );
        expect(status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('Teams activities (mutated recorded ones and random JSON): no 5xx, no write', async () => {
    const bases = [
      'message-channel',
      'message-personal',
      'card-submit',
      'conversation-update-team-added',
    ].map((n) => ({
      ...fixture(`../teams/fixtures/${n}.json`),
      serviceUrl: connector.url,
    }));
    const texts = fc.oneof(
      slackText,
      fc.constantFrom(...COMMAND_WORDS).chain((c) => slackText.map((t) => `${c.slice(1)} ${t}`)),
    );
    const activity = fc.oneof(
      fc.tuple(fc.constantFrom(...bases), texts).map(([b, text]) => ({ ...b, text })),
      fc.constantFrom(...bases).chain((b) => mutated(b)),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(activity, fc.boolean(), async (a, asText) => {
        // Replies go to the activity's serviceUrl: only ever the fake connector (or something that is no URL).
        const body =
          a &&
          typeof a === 'object' &&
          !Array.isArray(a) &&
          typeof (a as { serviceUrl?: unknown }).serviceUrl === 'string'
            ? { ...(a as object), serviceUrl: connector.url }
            : a;
        const res = await post(
          `${server.url}/api/messages`,
          asText ? JSON.stringify(body) : `${JSON.stringify(body)}}`,
          {
            'content-type': 'application/json',
          },
        );
        tally('teams', res.status);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('wrote nothing to the follow-up record', async () => {
    const after = await countRows(server.ctx.handle.db);
    const changed = Object.keys(after).filter((t) => !MAY_CHANGE.has(t) && after[t] !== before[t]);
    const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
    const fiveXx = [...statuses].filter(([k]) => / 5\d\d$/.test(k)).reduce((n, [, v]) => n + v, 0);
    console.log(
      `chaos d: ${requests} fuzzed requests, answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
        `5xx = ${fiveXx}, writes = ${changed.length}${changed.length ? ` (${changed.join(', ')})` : ''}`,
    );
    expect(fiveXx).toBe(0);
    expect(changed).toEqual([]);
  });
});
