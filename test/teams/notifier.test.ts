import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Notifier, parseAddress, type Target } from '../../src/bots/contract.ts';
import { reply } from '../../src/bots/core/build.ts';
import { teamsAddressOf } from '../../src/bots/teams/notifier.ts';
import { testDialects } from '../support/databases.ts';
import { fixture, PERSONAL_ID, SVEN, startTeamsHarness, TEAM_ID, type TeamsHarness } from './harness.ts';

/** A stored address as the notifiers' typed Target. */
const target = (text: string): Target => parseAddress(text) ?? { platform: '?', kind: 'channel', id: text };

const reminder = reply({
  headline: '⏰ Samverkansmöte i Tranås om 7 dagar',
  sections: [{ text: 'Tisdag 1 december kl. 13:00, Tranås stadshus.' }],
  visibility: 'channel',
});

describe('Teams addresses', () => {
  it('reads channel and person targets; refuses other platforms', () => {
    expect(teamsAddressOf(target(`channel:teams:${TEAM_ID}`))).toEqual({ conversationId: TEAM_ID });
    expect(teamsAddressOf(target('person:teams:0f3b2a1c'))).toEqual({ person: 'teams:0f3b2a1c' });
    expect(teamsAddressOf(target('channel:slack:C123'))).toBeNull();
    expect(teamsAddressOf(target('person:slack:U1'))).toBeNull();
    expect(teamsAddressOf(target('channel:teams:'))).toBeNull();
  });
});

describe.each(testDialects())('Teams proactive messages [$name]', ({ name }) => {
  let h: TeamsHarness;
  let notifier: Notifier;
  beforeEach(async () => {
    h = await startTeamsHarness(name);
    const found = h.server.plugins.find((p) => p.name === 'teams')?.notifier;
    if (!found) throw new Error('the Teams plugin has no notifier');
    notifier = found;
    await h.post(fixture('conversation-update-team-added', h.connector.url));
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    h.connector.reset();
  });
  afterEach(async () => {
    await h.close();
  });

  it('a reminder reaches a stored channel as a new post with an Adaptive Card', async () => {
    const result = await notifier.send({
      to: target(`channel:teams:${TEAM_ID}`),
      reply: reminder,
      key: 'k1',
    });
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^fake-activity-/) });
    expect(h.connector.calls).toHaveLength(1);
    const [call] = h.connector.calls;
    expect(call).toMatchObject({ method: 'POST', kind: 'send', conversationId: TEAM_ID });
    const card = call?.body.attachments[0].content;
    expect(card.version).toBe('1.5');
    expect(card.body[0].text).toBe(reminder.headline);
  });

  it('records what Teams accepted in the reminder’s delivery record; after the send was given up, posts nothing', async () => {
    const records: unknown[] = [];
    const progress = { shown: null, record: async (p: unknown) => void records.push(p) };
    const to = target(`channel:teams:${TEAM_ID}`);
    const result = await notifier.send({ to, reply: reminder, key: 'k1', progress });
    expect(records).toEqual([{ total: 1, sent: 1, first: result.ok ? result.messageId : '?' }]);
    const given = new AbortController();
    given.abort();
    const late = await notifier.send({ to, reply: reminder, key: 'k1', progress, signal: given.signal });
    expect(late).toMatchObject({ ok: false, permanent: false });
    expect(h.connector.calls).toHaveLength(1);
  });

  it('a reminder to a person goes to their personal chat with the bot', async () => {
    const result = await notifier.send({ to: target(`person:${SVEN}`), reply: reminder, key: 'k2' });
    expect(result.ok).toBe(true);
    expect(h.connector.calls[0]).toMatchObject({ kind: 'send', conversationId: PERSONAL_ID });
  });

  it('a 403 marks the reference dead, reports a permanent failure and is never tried again', async () => {
    h.connector.failConversation(TEAM_ID, { status: 403, code: 'BotNotInConversationRoster' });
    const first = await notifier.send({ to: target(`channel:teams:${TEAM_ID}`), reply: reminder, key: 'k3' });
    expect(first).toMatchObject({ ok: false, permanent: true });
    expect(first.ok ? '' : first.error).toMatch(/403 BotNotInConversationRoster/);
    expect(h.connector.calls).toHaveLength(1);
    expect(await h.server.ctx.store.conversationRef('teams', TEAM_ID)).toMatchObject({
      dead: true,
      deadReason: '403 BotNotInConversationRoster',
    });
    const again = await notifier.send({ to: target(`channel:teams:${TEAM_ID}`), reply: reminder, key: 'k3' });
    expect(again).toMatchObject({ ok: false, permanent: true });
    expect(h.connector.calls).toHaveLength(1);
  });

  it('ConversationBlockedByUser (403) and a vanished conversation (404) are permanent too', async () => {
    h.connector.failConversation(PERSONAL_ID, { status: 403, code: 'ConversationBlockedByUser' });
    expect(await notifier.send({ to: target(`person:${SVEN}`), reply: reminder, key: 'k4' })).toMatchObject({
      ok: false,
      permanent: true,
    });
    h.connector.failConversation(TEAM_ID, { status: 404 });
    expect(
      await notifier.send({ to: target(`channel:teams:${TEAM_ID}`), reply: reminder, key: 'k5' }),
    ).toMatchObject({
      ok: false,
      permanent: true,
    });
    expect(await h.server.ctx.store.conversationRef('teams', PERSONAL_ID)).toMatchObject({ dead: true });
    expect(await h.server.ctx.store.conversationRef('teams', TEAM_ID)).toMatchObject({ dead: true });
  });

  it('429 is retried with back-off inside the call (Retry-After honoured) and then delivered', async () => {
    h.connector.failNext({ status: 429, retryAfter: 0 }, 2);
    const result = await notifier.send({
      to: target(`channel:teams:${TEAM_ID}`),
      reply: reminder,
      key: 'k6',
    });
    expect(result.ok).toBe(true);
    expect(h.connector.calls.map((c) => c.status)).toEqual([429, 429, 201]);
  });

  it('a 5xx that persists is a transient failure for the scheduler to retry; the reference stays alive', async () => {
    h.connector.failConversation(TEAM_ID, { status: 503, retryAfter: 0 });
    const result = await notifier.send({
      to: target(`channel:teams:${TEAM_ID}`),
      reply: reminder,
      key: 'k7',
    });
    expect(result).toMatchObject({ ok: false, permanent: false, retryAfterMs: 0 });
    expect(h.connector.calls.length).toBeGreaterThan(1);
    expect(await h.server.ctx.store.conversationRef('teams', TEAM_ID)).toMatchObject({ dead: false });
  });

  it('an address the bot has no reference for is a permanent failure, sent nowhere', async () => {
    for (const to of ['channel:teams:19:unknown@thread.tacv2', 'person:teams:nobody', 'channel:slack:C1']) {
      expect(await notifier.send({ to: target(to), reply: reminder, key: 'k8' })).toMatchObject({
        ok: false,
        permanent: true,
      });
    }
    expect(h.connector.calls).toEqual([]);
  });
});
