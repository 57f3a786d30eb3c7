import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderSender } from '../../src/app/reminder-sender.ts';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { ConsoleNotifier } from '../../src/bots/console/notifier.ts';
import { createConsolePlugin } from '../../src/bots/console/plugin.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { createSlackPlugin } from '../../src/bots/slack/plugin.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { blockText, jsonOf, postToSlackEndpoint, slashCommandBody } from '../slack/support/slack-requests.ts';
import { freshPostgresUrl, freshSqliteUrl, testDialects } from '../support/databases.ts';
import { type FakeBotIdentity, sharedBotIdentity } from '../support/fake-bot-identity.ts';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { fixture, NOW, SVEN } from '../teams/harness.ts';

/**
 * The same commands through the console, Slack (real Bolt over HTTP, fake Web API) and Teams (real botbuilder,
 * fake Bot Connector) against one server: the domain effect, the language and the metrics labels must not depend
 * on the platform. Each platform's person is samordnare of Sävsjö (0684) and speaks in a conversation bound to it.
 */

const SECRET = 'same-everywhere-signing-secret-0123';
const SLACK_USER = 'U0SAMORD1';
const SLACK_CHANNEL = 'C0SAVSJO1';
const TEAMS_CHANNEL = '19:9a0b1c2d3e4f5061728394a5b6c7d8e9@thread.tacv2';
const PLATFORMS = ['console', 'slack', 'teams'] as const;
type Platform = (typeof PLATFORMS)[number];
const PERSON: Record<Platform, string> = {
  console: 'console:sven',
  slack: `slack:${SLACK_USER}`,
  teams: SVEN,
};

const reminderPayload: ReminderPayload = {
  kind: 'tertial-reminder',
  subject: { scope: { type: 'kommun', id: '0684' }, name: 'Sävsjö', municipalityCode: '0684' },
  tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
  daysBefore: 14,
  missing: [],
};

describe.each(testDialects())('one chat application on every platform [$name]', ({ name }) => {
  let server: RunningServer;
  let slack: FakeSlack;
  let connector: FakeConnector;
  let identity: FakeBotIdentity;
  let drop: () => Promise<void>;
  const printed: { text: string; reply?: Reply }[] = [];
  let counter = 0;

  beforeEach(async () => {
    slack = await startFakeSlack();
    connector = await startFakeConnector();
    identity = await sharedBotIdentity();
    const db = name === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
    drop = () => db.drop();
    const config = loadConfig({
      DATABASE_URL: db.url,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: slack.apiUrl,
      // Teams authenticated against a local Bot Framework identity: reminders need the kept conversation reference.
      ...identity.env,
      LOFTESBOT_SCHEDULER: 'false',
      LOFTESBOT_TIMEZONE: 'Europe/Stockholm',
      LOG_LEVEL: 'silent',
    });
    printed.length = 0;
    const consoleNotifier = new ConsoleNotifier((text, reply) =>
      printed.push({ text, ...(reply ? { reply } : {}) }),
    );
    server = await startServer(config, {
      clock: fixedClock(NOW),
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      scheduler: false,
      tick: false,
      plugins: [
        (deps) => createSlackPlugin(deps, { apiRetries: 0, ackBudgetMs: 2_500 }),
        (deps) => createTeamsPlugin(deps),
        (deps) => createConsolePlugin(deps, consoleNotifier),
      ],
    });
    const store = server.ctx.store;
    await loadDemo(store, server.ctx.clock, 'Europe/Stockholm');
    for (const person of [PERSONAL.slack, PERSONAL.teams]) {
      await store.grantRole({ person, role: 'samordnare', scope: { type: 'kommun', id: '0684' } }, NOW);
    }
    const kommun = { type: 'kommun', id: '0684' } as const;
    await store.saveBinding({ platform: 'slack', conversationId: SLACK_CHANNEL, scope: kommun }, NOW);
    await store.saveBinding({ platform: 'teams', conversationId: TEAMS_CHANNEL, scope: kommun }, NOW);
  });

  afterEach(async () => {
    await server?.close();
    await slack?.close();
    await connector?.close();
    await drop?.();
  });

  const PERSONAL = { slack: PERSON.slack, teams: PERSON.teams };

  /** Sends a command on one platform; returns the text the person was shown. */
  async function command(
    platform: Platform,
    text: string,
    where: 'bound' | 'personal' = 'bound',
  ): Promise<string> {
    counter += 1;
    if (platform === 'console') {
      const reply = await server.core.handleCommand({
        eventId: `console-${counter}`,
        platform: 'console',
        person: PERSON.console,
        conversationId: where === 'bound' ? 'savsjo' : 'terminal',
        text,
      });
      return `${reply.headline}\n${reply.fallback}\n${(reply.buttons ?? []).map((b) => b.url ?? '').join('\n')}`;
    }
    if (platform === 'slack') {
      const [cmd, ...rest] = text.split(' ');
      const response = `r${counter}`;
      const body = slashCommandBody({
        command: cmd ?? '',
        text: rest.join(' '),
        userId: SLACK_USER,
        channelId: SLACK_CHANNEL,
        responseUrl: slack.responseUrl(response),
      });
      const res = await postToSlackEndpoint(server.url, body, { secret: SECRET });
      expect(res.status).toBe(200);
      const ack = await jsonOf(res);
      const later = slack.responsesOf(response).map((r) => JSON.stringify(r.body));
      return [ack ? `${String(ack.text ?? '')}\n${blockText(ack.blocks)}` : '', ...later].join('\n');
    }
    const before = connector.calls.length;
    const activity =
      where === 'bound'
        ? fixture('message-channel', connector.url, {
            id: `teams-${counter}`,
            text: `<at>Löftesbot</at> ${text}`,
            from: fixture('message-personal', connector.url).from,
          })
        : fixture('message-personal', connector.url, { id: `teams-${counter}`, text });
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identity.authorize(activity) },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBeLessThan(300);
    const sent = await connector.waitFor((c) => connector.calls.indexOf(c) >= before && c.kind !== 'member');
    return JSON.stringify(sent.body);
  }

  async function registrationsBy(person: string) {
    return server.ctx.handle.db
      .selectFrom('registrations')
      .select(['municipality_code', 'count', 'platform'])
      .where('actor', '=', person)
      .execute();
  }

  async function commandLabels(): Promise<Record<Platform, string[]>> {
    const text = await (await fetch(`${server.metricsUrl}/metrics`)).text();
    const out: Record<Platform, string[]> = { console: [], slack: [], teams: [] };
    for (const m of text.matchAll(/^loftesbot_commands_total\{([^}]*)\} (\d+)/gm)) {
      const labels = Object.fromEntries(
        [...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]] as const),
      );
      const platform = labels.platform as Platform;
      out[platform]?.push(`${labels.command}|${labels.outcome}|${m[2]}`);
    }
    for (const p of PLATFORMS) out[p].sort();
    return out;
  }

  it('/sammanfattning 2026 dokument in a bound conversation gives the documents on every platform', async () => {
    const shown = {} as Record<Platform, string>;
    for (const p of PLATFORMS) shown[p] = await command(p, '/sammanfattning 2026 dokument');
    for (const p of PLATFORMS) expect(shown[p], p).toContain('Sävsjö');
    // Console and Teams: download links to the kommun's report; Slack: the files themselves, in the channel.
    expect(shown.console).toMatch(/\/r\/0684\//);
    expect(shown.teams).toMatch(/\/r\/0684\//);
    const uploaded = await slack.waitFor('files.completeUploadExternal');
    expect(uploaded[0]?.args.channel_id).toBe(SLACK_CHANNEL);
    expect(slack.uploads.map((u) => u.body.toString('utf8')).join('\n')).toContain('Sävsjö');
    const labels = await commandLabels();
    expect(labels.slack).toEqual(labels.console);
    expect(labels.teams).toEqual(labels.console);
    expect(labels.console).toEqual(['sammanfattning|info|1']);
  });

  it('the same registration, the same language switch, reminders in the chosen language, one label set', async () => {
    for (const p of PLATFORMS) {
      const before = await registrationsBy(PERSON[p]);
      await command(p, '/insats 2');
      const after = await registrationsBy(PERSON[p]);
      expect(after.length - before.length, p).toBe(1);
      expect(
        after.find((r) => !before.includes(r)),
        p,
      ).toMatchObject({ municipality_code: '0684', count: 2 });
      expect(after.every((r) => r.platform === p)).toBe(true);
    }
    // A reminder before the switch is in Swedish, after `/lofte språk en` in English, on every platform.
    const sender = createReminderSender(
      server.core,
      () => server.plugins.flatMap((p) => p.notifier ?? []),
      silentLogger,
    );
    const remind = async (p: Platform, key: string) => {
      const callsBefore = connector.calls.length;
      const postsBefore = slack.callsOf('chat.postMessage').length;
      const printedBefore = printed.length;
      const target = `person:${PERSON[p]}`;
      const result = await sender.send({
        key,
        kind: 'tertial-reminder',
        target,
        dueAt: NOW,
        late: false,
        attempt: 1,
        payload: reminderPayload,
      });
      expect(result.ok, `${p}: ${JSON.stringify(result)}`).toBe(true);
      if (p === 'console')
        return printed
          .slice(printedBefore)
          .map((x) => x.text)
          .join('\n');
      if (p === 'slack') return JSON.stringify(slack.callsOf('chat.postMessage').slice(postsBefore));
      return JSON.stringify(connector.calls.slice(callsBefore).map((c) => c.body));
    };
    for (const p of PLATFORMS) {
      // Teams reaches a person through their personal chat: speaking there once saves its reference.
      await command(p, '/hjalp', 'personal');
      expect(await remind(p, `${p}-sv`), p).toContain('Dags för uppföljning');
      const switched = await command(p, '/lofte språk en', 'personal');
      expect(switched, p).toContain('I will answer you in English');
      expect(await remind(p, `${p}-en`), p).toContain('Time for the T3 2026 follow-up in Sävsjö');
      expect(await command(p, '/insats 1'), p).not.toMatch(/registrerad|Registrerad/);
    }
    const labels = await commandLabels();
    expect(labels.slack).toEqual(labels.console);
    expect(labels.teams).toEqual(labels.console);
    expect(labels.console.map((l) => l.split('|').slice(0, 2).join('|'))).toEqual(
      ['hjalp|info', 'insats|success', 'lofte|success'].sort(),
    );
  });

  it('answers a twin of a request still in the core once (in-flight dedupe), on every platform', async () => {
    const counts: string[] = [];
    for (const p of PLATFORMS) {
      const request = {
        eventId: `twin-${p}`,
        platform: p,
        person: PERSON[p],
        conversationId: p === 'console' ? 'savsjo' : p === 'slack' ? SLACK_CHANNEL : TEAMS_CHANNEL,
        text: '/insats 3',
      };
      const [a, b] = await Promise.all([
        server.core.handleCommand(request),
        server.core.handleCommand(request),
      ]);
      expect(b).toBe(a);
      counts.push(String((await registrationsBy(PERSON[p])).filter((r) => r.count === 3).length));
    }
    expect(counts).toEqual(['1', '1', '1']);
    const labels = await commandLabels();
    for (const p of PLATFORMS) expect(labels[p]).toEqual(['insats|success|1']);
  });
});
