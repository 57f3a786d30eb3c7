import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import {
  CHANNEL,
  POLICE_USER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/harness.ts';
import { postToSlackEndpoint, slashCommandBody } from './support/slack-requests.ts';

/** A bot token Slack refuses is reported at start, on /healthz, and recovers once auth.test succeeds. */
describe.each(testDialects())('Slack health [$name]', ({ name }) => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness(name, {}, {}, (fake) =>
      fake.failNext('auth.test', { error: 'invalid_auth' }),
    );
  });
  afterAll(async () => h?.close());

  it('reports Slack degraded on /healthz when auth.test fails at start, while the server keeps serving', async () => {
    const res = await fetch(`${h.server.metricsUrl}/healthz`);
    const body = (await res.json()) as {
      status: string;
      platforms: Record<string, { state: string; detail?: string }>;
    };
    expect(res.status).toBe(200);
    expect(body.platforms.slack?.state).toBe('degraded');
    expect(body.platforms.slack?.detail).toContain('invalid_auth');
  });

  it('tries auth.test again with the next request and is up once Slack accepts the token', async () => {
    const body = slashCommandBody({ command: '/hjalp', text: '', userId: POLICE_USER, channelId: CHANNEL });
    expect((await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET })).status).toBe(200);
    const health = (await (await fetch(`${h.server.metricsUrl}/healthz`)).json()) as {
      platforms: Record<string, { state: string }>;
    };
    expect(health.platforms.slack?.state).toBe('up');
    expect(h.fake.calls.filter((c) => c.method === 'auth.test').map((c) => c.outcome)).toEqual([
      'invalid_auth',
      'ok',
    ]);
  });
});
