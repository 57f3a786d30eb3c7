import { createHmac } from 'node:crypto';
import type { LoadRequest, RequestFactory } from './generator.ts';

/** The bench's people: a police officer with the polis role for LPO Höglandet on each platform. */
export const BENCH_SLACK_USER = 'U0BENCH01';
export const BENCH_TEAMS_AAD = '6b8c1f7e-2d4a-4e1b-9a51-0c3f5d2e7b01';
export const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

/** The kommuner the load alternates between (the demo's, whose agreements are in force). */
const KOMMUNER = ['Sävsjö', 'Tranås'];

/** Slack's request signature: v0= + hex HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/**
 * Signed `/insats <kommun>` slash commands as Slack posts them (form-encoded, the documented fields), each with its
 * own trigger_id — over every run the factory serves — so every request is a new registration, and a loopback
 * response_url on the fake Slack.
 */
export function slackInsats(options: { secret: string; responseBase: string; run: string }): RequestFactory {
  // The factory's own sequence, not the run's request index: one factory serves the warm-up, the fixed-rate runs and
  // the rate search, and a trigger_id seen before would be answered from the idempotency record instead of stored.
  let next = 0;
  return (): LoadRequest => {
    const i = next++;
    const kommun = KOMMUNER[i % KOMMUNER.length] ?? 'Sävsjö';
    const trigger = `${options.run}.${i}.bench`;
    const body = new URLSearchParams({
      token: 'bench-verification-token',
      team_id: 'T0TEST',
      team_domain: 'loftesbot-bench',
      channel_id: 'C0BENCH01',
      channel_name: 'bench',
      user_id: BENCH_SLACK_USER,
      user_name: 'per.polis',
      command: '/insats',
      text: kommun,
      api_app_id: 'A0BENCH01',
      is_enterprise_install: 'false',
      response_url: `${options.responseBase}/respond/${encodeURIComponent(trigger)}`,
      trigger_id: trigger,
    }).toString();
    const timestamp = String(Math.floor(Date.now() / 1000));
    return {
      path: '/slack/events',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': slackSignature(options.secret, timestamp, body),
      },
      body: Buffer.from(body),
    };
  };
}

/**
 * Teams channel messages "@Löftesbot insats <kommun>" (the shape of a recorded Teams activity), each with its own
 * activity id, serviceUrl on the fake Bot Connector, from a person with the polis role.
 */
export function teamsInsats(options: { serviceUrl: string; run: string }): RequestFactory {
  // Its own sequence, as slackInsats: an activity id seen before would be a replay, not a registration.
  let next = 0;
  return (): LoadRequest => {
    const i = next++;
    const kommun = KOMMUNER[i % KOMMUNER.length] ?? 'Sävsjö';
    const id = `${options.run}${String(i).padStart(8, '0')}`;
    const activity = {
      type: 'message',
      id,
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: options.serviceUrl,
      text: `<at>Löftesbot</at> insats ${kommun}`,
      textFormat: 'plain',
      locale: 'sv-SE',
      from: { id: '29:1bench-user', name: 'Per Polis', aadObjectId: BENCH_TEAMS_AAD },
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: '72f988bf-0000-4000-8000-00000000beef',
        id: `19:bench0channel@thread.tacv2;messageid=${id}`,
      },
      recipient: { id: '28:00000000-0000-4000-8000-000000000b07', name: 'Löftesbot' },
      entities: [
        {
          mentioned: { id: '28:00000000-0000-4000-8000-000000000b07', name: 'Löftesbot' },
          text: '<at>Löftesbot</at>',
          type: 'mention',
        },
      ],
      channelData: {
        teamsChannelId: '19:bench0channel@thread.tacv2',
        teamsTeamId: '19:bench0team@thread.tacv2',
        channel: { id: '19:bench0channel@thread.tacv2' },
        team: { id: '19:bench0team@thread.tacv2' },
        tenant: { id: '72f988bf-0000-4000-8000-00000000beef' },
      },
    };
    return {
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(activity)),
    };
  };
}
