import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type FakeSocketMode, startFakeSocketMode } from './support/fake-socket-mode.ts';
import { CHANNEL, POLICE_USER, type SlackHarness, startSlackHarness } from './support/harness.ts';
import { blockText, fixtureJson, fixtureText } from './support/slack-requests.ts';

/**
 * Socket Mode end to end: with SLACK_APP_TOKEN set the plugin opens a connection (apps.connections.open on the fake
 * Web API, then a WebSocket to a fake Socket Mode endpoint), receives envelopes and acks them over the socket.
 * No HTTP route is mounted.
 */
describe.each(testDialects())('Slack over Socket Mode [$name]', ({ name }) => {
  let socket: FakeSocketMode;
  let h: SlackHarness;

  beforeAll(async () => {
    socket = await startFakeSocketMode();
    h = await startSlackHarness(name, {}, { appToken: 'xapp-1-test' }, (fake) =>
      fake.on('apps.connections.open', () => ({ url: socket.url })),
    );
    await socket.connected();
  });
  afterAll(async () => {
    await h?.close();
    await socket?.close();
  });

  it('connects with the app token and mounts no HTTP route', async () => {
    const open = h.fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe('xapp-1-test');
    const slack = h.server.plugins.find((p) => p.name === 'slack');
    expect(slack?.routes).toEqual([]);
    expect(slack?.health?.().state).toBe('up');
    const res = await fetch(`${h.url}/slack/events`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
  });

  it('answers /insats Sävsjö in the envelope ack and stores it', async () => {
    const payload = {
      ...Object.fromEntries(new URLSearchParams(fixtureText('slash-command.txt').trim())),
      command: '/insats',
      text: 'Sävsjö',
      user_id: POLICE_USER,
      channel_id: CHANNEL,
      trigger_id: '9988.7766.socket',
      response_url: h.fake.responseUrl('socket'),
    };
    const ack = await socket.send('slash_commands', payload);
    expect(ack.response_type).toBe('ephemeral');
    expect(blockText(ack.blocks)).toContain('Riktad insats registrerad i Sävsjö');
    const bundle = await h.store.agreementForYear('0684', 2026);
    const regs = await h.store.registrationsOf(
      bundle?.activities.map((a) => a.id) ?? [],
      '2026-01-01',
      '2026-12-31',
    );
    expect(regs.filter((r) => r.platform === 'slack' && r.actor === `slack:${POLICE_USER}`)).toHaveLength(1);
  });

  it('publishes the App Home from an events_api envelope', async () => {
    const event = fixtureJson<Record<string, unknown>>('app-home-opened.json');
    await socket.send('events_api', { ...event, event: { ...(event.event as object), user: POLICE_USER } });
    const [published] = await h.fake.waitFor('views.publish');
    expect(published?.args.user_id).toBe(POLICE_USER);
  });
});
