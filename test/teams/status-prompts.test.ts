import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, PERSONAL_ID, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * A tertial's status prompts on Teams, through botbuilder and a fake Bot Connector, with the scheduler on the
 * injected clock: each Sävsjö samordnare gets a card listing the activities without a status, with answer buttons
 * under each; pressing one stores the status and every samordnare's card is updated in place (updateActivity).
 */

const SECOND = 'teams:7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SECOND_CHAT = 'a:2second-personal-chat';
type Action = { type: string; title: string; data?: { actionId?: string; value?: string } };

/** Every Action.Submit of a card, wherever it sits (the card's actions or an ActionSet in a section). */
function submits(node: unknown): Action[] {
  if (Array.isArray(node)) return node.flatMap(submits);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'Action.Submit' ? [o as unknown as Action] : [];
  return [...own, ...Object.values(o).flatMap(submits)];
}

describe.each(testDialects())('status prompts on Teams [$name]', ({ name }) => {
  let h: TeamsHarness;
  const card = (call: ConnectorCall | undefined) => call?.body.attachments[0].content;
  /** The tertial reminder card a conversation got (the agreement's renewal may arrive too). */
  const sentTo = (conversation: string) =>
    h.connector.calls.find(
      (c) =>
        c.kind === 'send' && c.conversationId === conversation && JSON.stringify(c.body).includes('T3 2026'),
    );

  beforeAll(async () => {
    h = await startTeamsHarness(name, undefined, { scheduler: true });
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    for (const person of [SVEN, SECOND]) {
      await store.grantRole(
        { person, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
        h.clock.now(),
      );
    }
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    // The second coordinator reads English (`/lofte språk en`).
    await store.setPersonLang(SECOND, 'en', 0);
    // A second coordinator's personal chat: the same reference, another conversation and person.
    const ref = await store.conversationRefOfPerson('teams', SVEN);
    if (!ref) throw new Error('no personal chat');
    const reference = JSON.parse(ref.reference) as { conversation: { id: string } };
    reference.conversation.id = SECOND_CHAT;
    await store.saveConversationRef({
      ...ref,
      conversationId: SECOND_CHAT,
      person: SECOND,
      reference: JSON.stringify(reference),
    });
    h.connector.reset();
    const at = DateTime.fromISO('2026-12-17T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('each samordnare gets a valid card with answers under each activity lacking a status', () => {
    for (const chat of [PERSONAL_ID, SECOND_CHAT]) {
      const c = card(sentTo(chat));
      expect(cardProblems(c)).toEqual([]);
      expect(JSON.stringify(c)).toContain(
        chat === SECOND_CHAT
          ? 'Time for the T3 2026 follow-up in Sävsjö'
          : 'Dags för uppföljning T3 2026 i Sävsjö',
      );
      expect(submits(c).filter((a) => a.data?.actionId?.startsWith('prompt:')).length).toBeGreaterThan(4);
    }
  });

  it('a press answers for everyone: both cards are updated in place, the rest stay answerable', async () => {
    const mine = sentTo(PERSONAL_ID);
    const before = submits(card(sentTo(SECOND_CHAT))).length;
    const pagar = submits(card(mine)).find((a) => a.title === 'Pågår');
    h.connector.reset();
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'press-1',
        replyToId: mine?.answeredId,
        value: pagar?.data,
      }),
    );
    const updated = async (chat: string) =>
      h.connector.waitFor((c) => c.kind === 'update' && c.conversationId === chat);
    for (const [chat, answered] of [
      [PERSONAL_ID, '✅ Besvarat av Sven Samordnare 17 dec: Pågår'],
      [SECOND_CHAT, '✅ Answered by Sven Samordnare on 17 Dec: Pågår'],
    ] as const) {
      const update = await updated(chat);
      expect(cardProblems(card(update))).toEqual([]);
      expect(JSON.stringify(card(update))).toContain(answered);
      expect(submits(card(update)).length).toBe(before - 3);
    }
    const stored = await h.server.ctx.store.prompt(String(pagar?.data?.value).split('|')[0] ?? '');
    expect(stored).toMatchObject({
      status: 'answered',
      answer: 'Pågår',
      answeredBy: SVEN,
      answeredPlatform: 'teams',
    });
  });
});
