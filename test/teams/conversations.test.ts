import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import {
  BOT_ID,
  CHANNEL_ID,
  fixture,
  PERSONAL_ID,
  SVEN,
  startTeamsHarness,
  TEAM_ID,
  type TeamsHarness,
} from './harness.ts';

describe.each(testDialects())('Teams conversation references [$name]', ({ name }) => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness(name);
  });
  afterEach(async () => {
    await h.close();
  });
  const store = () => h.server.ctx.store;

  it('installing the bot in a team saves the channel reference and posts a welcome card there', async () => {
    const res = await h.post(fixture('conversation-update-team-added', h.connector.url));
    expect(res.status).toBe(200);
    const ref = await store().conversationRef('teams', TEAM_ID);
    expect(ref).toMatchObject({ platform: 'teams', kind: 'channel', person: null, dead: false });
    const reference = JSON.parse(ref?.reference ?? '{}');
    expect(reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      bot: { id: BOT_ID },
      conversation: {
        id: TEAM_ID,
        conversationType: 'channel',
        tenantId: '72f988bf-0000-4000-8000-00000000beef',
      },
    });
    const call = await h.connector.waitFor((c) => c.conversationId === TEAM_ID);
    expect(call.method).toBe('POST');
    expect(call.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('a personal install saves a reference tied to the person, for reminders to them', async () => {
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    const ref = await store().conversationRefOfPerson('teams', SVEN);
    expect(ref).toMatchObject({ conversationId: PERSONAL_ID, kind: 'personal', person: SVEN });
    expect(JSON.parse(ref?.reference ?? '{}').user).toMatchObject({
      aadObjectId: '0f3b2a1c-9e8d-4c7b-a6f5-e4d3c2b1a091',
    });
  });

  it('a channel message saves the channel without its thread id; the reply goes to the thread', async () => {
    const res = await h.post(
      fixture('message-channel', h.connector.url, { text: '<at>Löftesbot</at> hjälp' }),
    );
    expect(res.status).toBe(200);
    expect(await store().conversationRef('teams', CHANNEL_ID)).toMatchObject({
      kind: 'channel',
      dead: false,
    });
    const call = await h.connector.waitFor((c) => c.conversationId.startsWith(CHANNEL_ID));
    expect(call.kind).toBe('reply');
    expect(call.conversationId).toBe(`${CHANNEL_ID};messageid=1763716351157`);
    expect(call.activityId).toBe('1763716351157');
  });

  it('the reference is written once and rewritten only when it changes', async () => {
    await h.post(fixture('message-personal', h.connector.url));
    const first = await store().conversationRef('teams', PERSONAL_ID);
    h.clock.advance(60_000);
    await h.post(fixture('message-personal', h.connector.url, { id: 'second' }));
    expect((await store().conversationRef('teams', PERSONAL_ID))?.updatedAt).toBe(first?.updatedAt);
    h.clock.advance(60_000);
    await h.post(fixture('message-personal', `${h.connector.url}moved/`, { id: 'third' }));
    const moved = await store().conversationRef('teams', PERSONAL_ID);
    expect(moved?.updatedAt).toBeGreaterThan(first?.updatedAt ?? 0);
    expect(JSON.parse(moved?.reference ?? '{}').serviceUrl).toBe(`${h.connector.url}moved/`);
  });

  it('removing the bot marks the reference dead; speaking to it again revives it', async () => {
    await h.post(fixture('conversation-update-team-added', h.connector.url));
    await h.post(fixture('conversation-update-bot-removed', h.connector.url));
    expect(await store().conversationRef('teams', TEAM_ID)).toMatchObject({
      dead: true,
      deadReason: 'bot removed',
    });
    await h.post(
      fixture('message-channel', h.connector.url, {
        conversation: { isGroup: true, conversationType: 'channel', id: TEAM_ID },
        text: '<at>Löftesbot</at> hjalp',
      }),
    );
    expect(await store().conversationRef('teams', TEAM_ID)).toMatchObject({ dead: false, deadReason: null });
  });

  it('uninstalling the personal app marks that reference dead', async () => {
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    await h.post(fixture('installation-update-remove', h.connector.url));
    expect(await store().conversationRef('teams', PERSONAL_ID)).toMatchObject({ dead: true });
  });
});
