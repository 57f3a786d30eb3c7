import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, PERSONAL_ID, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * The meeting follow-up on Teams, through botbuilder and a fake Bot Connector, with the scheduler on the injected
 * clock: both Sävsjö samordnare get the card "Hölls samverkansmötet i Sävsjö 24 nov?"; "Flyttat till …" answers
 * with a card holding an Input.Date, whose past day is refused on the card; Ja from one updates both cards in place
 * (updateActivity, no Action.Submit left) and the other's stale press is told who answered. "Påminn mig senare"
 * writes one row to the one who pressed; the card comes back to them once the next working day and is updated in
 * place with the others when answered.
 */

const SECOND = 'teams:7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SECOND_CHAT = 'a:2second-personal-chat';
type Action = { type: string; title: string; data?: Record<string, unknown> };

function submits(node: unknown): Action[] {
  if (Array.isArray(node)) return node.flatMap(submits);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'Action.Submit' ? [o as unknown as Action] : [];
  return [...own, ...Object.values(o).flatMap(submits)];
}

describe.each(testDialects())('meeting follow-up on Teams [$name]', ({ name }) => {
  let h: TeamsHarness;
  const card = (call: ConnectorCall | undefined) => call?.body.attachments?.[0]?.content;
  const sentTo = (conversation: string) =>
    h.connector.calls.find(
      (c) =>
        c.kind === 'send' && c.conversationId === conversation && JSON.stringify(c.body).includes('Hölls'),
    );
  const asSecond = {
    from: { id: '29:second', name: 'Sara Samordnare', aadObjectId: SECOND.slice('teams:'.length) },
    conversation: {
      conversationType: 'personal',
      tenantId: '72f988bf-0000-4000-8000-00000000beef',
      id: SECOND_CHAT,
    },
  };

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
    const at = DateTime.fromISO('2026-11-25T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('each samordnare gets a valid card asking what happened, with the four answers and Påminn mig senare', () => {
    for (const chat of [PERSONAL_ID, SECOND_CHAT]) {
      const c = card(sentTo(chat));
      expect(cardProblems(c)).toEqual([]);
      expect(JSON.stringify(c)).toContain('Hölls samverkansmötet i Sävsjö 24 nov?');
      expect(submits(c).map((a) => a.title)).toEqual([
        '✅ Ja',
        '❌ Nej, inställt',
        '📅 Flyttat till …',
        '📝 Anteckning',
        '⏰ Påminn mig tor 26 nov kl. 09.00',
        '📅 Påminn mig en annan dag…',
      ]);
    }
  });

  it('"Flyttat till …" answers with an Input.Date card; a past day is refused on the card, nothing moves', async () => {
    const mine = sentTo(PERSONAL_ID);
    const moved = submits(card(mine)).find((a) => a.title === '📅 Flyttat till …');
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'moved-1',
        replyToId: mine?.answeredId,
        value: moved?.data,
      }),
    );
    const form = await h.connector.waitFor(
      (c) => (c.kind === 'reply' || c.kind === 'send') && JSON.stringify(c.body).includes('Input.Date'),
    );
    expect(cardProblems(card(form))).toEqual([]);
    const submit = submits(card(form)).find((a) => a.data?.formId === 'meeting-followup');
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'moved-2',
        replyToId: form.answeredId,
        value: { ...submit?.data, 'f:date': '2026-11-24', 'f:note': '' },
      }),
    );
    const refused = await h.connector.waitFor(
      (c) => c.kind === 'update' && JSON.stringify(c.body).includes('har redan varit'),
    );
    expect(JSON.stringify(card(refused))).toContain('24 nov har redan varit');
    const list = await h.server.core.handleCommand({
      eventId: 'list-1',
      platform: 'teams',
      person: SVEN,
      conversationId: PERSONAL_ID,
      text: '/samverkan Sävsjö',
    });
    expect(list.fallback).not.toContain('(flyttat)');
  });

  const snoozedTo = (conversation: string) =>
    h.connector.calls.filter(
      (c) =>
        c.kind === 'send' &&
        c.conversationId === conversation &&
        JSON.stringify(c.body).includes('Du bad om en påminnelse'),
    );

  it('"Påminn mig senare" on the card: one row, and the card comes back once the next working day', async () => {
    const mine = sentTo(PERSONAL_ID);
    const snooze = submits(card(mine)).find((a) => a.title === '⏰ Påminn mig tor 26 nov kl. 09.00');
    for (const id of ['snooze-1', 'snooze-2']) {
      await h.post(
        fixture('card-submit', h.connector.url, { id, replyToId: mine?.answeredId, value: snooze?.data }),
      );
    }
    await h.connector.waitFor((c) =>
      JSON.stringify(c.body).includes('Du har redan en påminnelse tor 26 nov'),
    );
    const rows = (await h.server.ctx.stores.reminders.list({})).filter((r) => r.kind === 'prompt-snooze');
    expect(rows.map((r) => r.target)).toEqual([`person:${SVEN}`]);
    const due = DateTime.fromISO('2026-11-26T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    h.clock.set(due);
    await h.server.scheduler?.tickOnce(due);
    await h.server.scheduler?.tickOnce(due + 60_000);
    expect(snoozedTo(SECOND_CHAT)).toEqual([]);
    const again = snoozedTo(PERSONAL_ID);
    expect(again).toHaveLength(1);
    expect(cardProblems(card(again[0]))).toEqual([]);
    expect(JSON.stringify(card(again[0]))).toContain(
      '⏰ Du bad om en påminnelse: Hölls samverkansmötet i Sävsjö 24 nov?',
    );
    expect(submits(card(again[0])).map((a) => a.title)).toContain('✅ Ja');
  });

  it('Ja updates every card in place without buttons; the other samordnare’s stale press is told who answered', async () => {
    const mine = sentTo(PERSONAL_ID);
    const theirs = sentTo(SECOND_CHAT);
    const snoozed = snoozedTo(PERSONAL_ID)[0];
    const yes = submits(card(mine)).find((a) => a.title === '✅ Ja');
    const no = submits(card(theirs)).find((a) => a.title === '❌ Nej, inställt');
    h.connector.reset();
    await h.post(
      fixture('card-submit', h.connector.url, { id: 'yes-1', replyToId: mine?.answeredId, value: yes?.data }),
    );
    for (const chat of [PERSONAL_ID, SECOND_CHAT]) {
      const update = await h.connector.waitFor(
        (c) =>
          c.kind === 'update' && c.conversationId === chat && JSON.stringify(c.body).includes('Besvarat'),
      );
      expect(cardProblems(card(update))).toEqual([]);
      expect(JSON.stringify(card(update))).toContain('✅ Besvarat av Sven Samordnare 26 nov: Ja');
      expect(submits(card(update))).toEqual([]);
    }
    // The snoozed copy, delivered this morning, is updated in place too.
    const updated = await h.connector.waitFor(
      (c) => c.kind === 'update' && !!snoozed?.answeredId && c.answeredId === snoozed.answeredId,
    );
    expect(JSON.stringify(card(updated))).toContain('✅ Besvarat av Sven Samordnare 26 nov: Ja');
    expect(submits(card(updated))).toEqual([]);
    await h.post(
      fixture('card-submit', h.connector.url, {
        ...asSecond,
        id: 'no-1',
        replyToId: theirs?.answeredId,
        value: no?.data,
      }),
    );
    const told = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Redan besvarat'));
    expect(JSON.stringify(told.body)).toContain('Redan besvarat av Sven Samordnare 26 nov: Ja');
  });

  it('"Menade du Sävsjö?" is replaced on its card by the answer; a second press is refused', async () => {
    h.connector.reset();
    const mine = () =>
      h.server.ctx.handle.db.selectFrom('registrations').select('id').where('actor', '=', SVEN).execute();
    const before = (await mine()).length;
    await h.post(fixture('message-personal', h.connector.url, { id: 'typo-1', text: 'insats Savsjo 2' }));
    const question = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Menade du Sävsjö?'));
    const yes = submits(card(question)).find((a) => a.title === 'Ja, Sävsjö');
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'typo-2',
        replyToId: question.answeredId,
        value: yes?.data,
      }),
    );
    const replaced = await h.connector.waitFor(
      (c) => c.kind === 'update' && JSON.stringify(c.body).includes('registrerade i Sävsjö'),
    );
    expect(replaced.answeredId).toBe(question.answeredId);
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'typo-3',
        replyToId: question.answeredId,
        value: yes?.data,
      }),
    );
    const told = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Redan besvarat'));
    expect(told.kind).not.toBe('update');
    expect((await mine()).length).toBe(before + 1);
  });
});
