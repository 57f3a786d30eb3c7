import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Registration } from '../../src/domain/types.ts';
import { testDialects } from '../support/databases.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardProblems } from './card-validator.ts';
import {
  BOT_ID,
  CHANNEL_ID,
  fixture,
  PER,
  PERSONAL_ID,
  SVEN,
  startTeamsHarness,
  type TeamsHarness,
} from './harness.ts';

const SAVSJO = '0684';

describe.each(testDialects())('Teams commands end to end [$name]', ({ name }) => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness(name);
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: PER, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      h.clock.now(),
    );
    await store.grantRole(
      { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: SAVSJO } },
      h.clock.now(),
    );
  });
  afterEach(async () => {
    await h.close();
  });

  async function registrations(): Promise<Registration[]> {
    const { store } = h.server.ctx;
    const bundle = await store.agreementForYear(SAVSJO, 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    return store.registrationsOf(ids, '2026-01-01', '2026-12-31');
  }

  const card = (call: ConnectorCall) => call.body.attachments[0].content;

  it('"<at>Löftesbot</at> insats Sävsjö" in a channel stores a registration and the reply card arrives', async () => {
    const before = (await registrations()).length;
    const res = await h.post(fixture('message-channel', h.connector.url));
    expect(res.status).toBe(200);
    const after = await registrations();
    expect(after).toHaveLength(before + 1);
    expect(after.find((r) => r.actor === PER)).toMatchObject({
      platform: 'teams',
      count: 1,
      occurredOn: '2026-11-21',
    });

    const call = await h.connector.waitFor((c) => c.conversationId.startsWith(CHANNEL_ID));
    expect(call.kind).toBe('reply');
    expect(call.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card(call).body[0].text).toMatch(/Riktad insats registrerad i Sävsjö/);
    expect(cardProblems(card(call))).toEqual([]);
    expect(JSON.stringify(card(call))).toContain('"actionId":"undo"');
  });

  it('the same activity id twice is stored once (a Teams retry), and answered both times', async () => {
    const before = (await registrations()).length;
    await h.post(fixture('message-channel', h.connector.url));
    await h.post(fixture('message-channel', h.connector.url));
    expect(await registrations()).toHaveLength(before + 1);
    expect(h.connector.calls.filter((c) => c.kind === 'reply')).toHaveLength(2);
  });

  it('the same activity id from two people in two conversations is two events: each stored, each answered its own', async () => {
    const { store } = h.server.ctx;
    await store.grantRole(
      { person: SVEN, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      h.clock.now(),
    );
    const tranas = async () => {
      const bundle = await store.agreementForYear('0687', 2026);
      const ids = bundle?.activities.map((a) => a.id) ?? [];
      return (await store.registrationsOf(ids, '2026-01-01', '2026-12-31')).filter((r) => r.actor === SVEN);
    };
    const savsjoBefore = (await registrations()).length;
    const tranasBefore = (await tranas()).length;
    const id = '1763716351157';
    await h.post(fixture('message-channel', h.connector.url, { id }));
    await h.post(fixture('message-personal', h.connector.url, { id, text: 'insats Tranås' }));
    expect(await registrations()).toHaveLength(savsjoBefore + 1);
    expect(await tranas()).toHaveLength(tranasBefore + 1);
    const personal = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
    const json = JSON.stringify(card(personal));
    expect(json).toMatch(/registrerad i Tranås/);
    expect(json).not.toMatch(/Sävsjö/);
  });

  it('a personal chat: leading /, HTML entities and formatting are normalised before the core parses', async () => {
    const before = (await registrations()).length;
    await h.post(
      fixture('message-personal', h.connector.url, {
        from: { id: '29:per', name: 'Per Polis', aadObjectId: PER.slice('teams:'.length) },
        text: '<p>/insats&nbsp;<b>Sävsjö</b> igår 2</p>',
      }),
    );
    const stored = (await registrations()).filter((r) => r.count === 2);
    expect(await registrations()).toHaveLength(before + 1);
    expect(stored[0]).toMatchObject({ occurredOn: '2026-11-20', actor: PER });
  });

  it('someone with no role gets a friendly explanation and nothing is stored', async () => {
    const before = (await registrations()).length;
    await h.post(
      fixture('message-channel', h.connector.url, {
        from: { id: '29:x', name: 'Okänd', aadObjectId: '11111111-2222-4333-8444-555555555555' },
      }),
    );
    expect(await registrations()).toHaveLength(before);
    const call = await h.connector.waitFor((c) => c.kind === 'reply');
    expect(JSON.stringify(card(call))).toMatch(/behörighet/);
  });

  it('Ångra on the card voids the registration and updates the card in place', async () => {
    await h.post(fixture('message-channel', h.connector.url));
    const sent = await h.connector.waitFor((c) => c.kind === 'reply');
    const undo = card(sent).actions.find(
      (a: { data?: { actionId?: string } }) => a.data?.actionId === 'undo',
    );
    const messageId = sent.answeredId ?? '';
    await h.post(
      fixture('message-channel', h.connector.url, {
        id: '1763716400000',
        text: undefined,
        entities: [],
        value: undo.data,
        replyToId: messageId,
      }),
    );
    const update = await h.connector.waitFor((c) => c.kind === 'update');
    expect(update.activityId).toBe(messageId);
    expect(cardProblems(card(update))).toEqual([]);
    expect(JSON.stringify(card(update))).toContain('Per Polis');
    // The undone card says who answered it, not that anything was registered.
    expect(JSON.stringify(card(update))).toMatch(
      /"Besvarat av Per Polis, \d{1,2} [a-zåäö]{3} \d{4} \d{2}\.\d{2}"/,
    );
    expect(JSON.stringify(card(update))).not.toContain('Registrerat av');
    expect((await registrations()).filter((r) => r.actor === PER)).toHaveLength(0);
  });

  it('/rapportera opens a card form; submitting it stores the texts and updates the card to show what and by whom', async () => {
    await h.post(fixture('message-personal', h.connector.url, { text: 'rapportera Sävsjö' }));
    const sent = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
    const formCard = card(sent);
    expect(cardProblems(formCard)).toEqual([]);
    const submit = formCard.actions.find((a: { data?: { formId?: string } }) => a.data?.formId === 'report');
    expect(submit).toBeDefined();
    const messageId = sent.answeredId ?? '';

    await h.post(
      fixture('card-submit', h.connector.url, {
        replyToId: messageId,
        value: { ...submit.data, 'f:a1': 'Genomfört tolv riktade insatser under tertialet.' },
      }),
    );
    const update = await h.connector.waitFor((c) => c.kind === 'update');
    expect(update).toMatchObject({ method: 'PUT', conversationId: PERSONAL_ID, activityId: messageId });
    const updated = card(update);
    expect(cardProblems(updated)).toEqual([]);
    const json = JSON.stringify(updated);
    expect(json).toContain('Registrerat av Sven Samordnare');
    expect(json).not.toContain('Input.Text');

    const { store } = h.server.ctx;
    const bundle = await store.agreementForYear(SAVSJO, 2026);
    const statuses = await store.latestStatuses(bundle?.activities.map((a) => a.id) ?? [], [2026]);
    expect(statuses.find((s) => s.text === 'Genomfört tolv riktade insatser under tertialet.')).toMatchObject(
      {
        actor: SVEN,
        platform: 'teams',
        tertial: 3,
      },
    );
  });

  it.each([
    ['811228-9874', '811228'],
    ['８１１２１８－９８７６', '８１１２１８'],
    ['811218\u200b - 98 76', '811218'],
  ])(
    'a refused form (personnummer %s in the text) is shown again on the same card with the error; nothing stored',
    async (number, head) => {
      await h.post(fixture('message-personal', h.connector.url, { text: 'rapportera Sävsjö' }));
      const sent = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
      const submit = card(sent).actions.find(
        (a: { data?: { formId?: string } }) => a.data?.formId === 'report',
      );
      const messageId = sent.answeredId ?? '';
      const text = `Samtal med ${number} om läget.`;
      await h.post(
        fixture('card-submit', h.connector.url, {
          replyToId: messageId,
          value: { ...submit.data, 'f:a1': text },
        }),
      );
      const update = await h.connector.waitFor((c) => c.kind === 'update');
      expect(update.activityId).toBe(messageId);
      const updated = card(update);
      expect(cardProblems(updated)).toEqual([]);
      const json = JSON.stringify(updated);
      expect(json).toContain('Input.Text');
      expect(json).toContain(JSON.stringify(text).slice(1, -1));
      expect(json).toMatch(/personnummer/i);
      const { store } = h.server.ctx;
      const bundle = await store.agreementForYear(SAVSJO, 2026);
      const statuses = await store.latestStatuses(bundle?.activities.map((a) => a.id) ?? [], [2026]);
      expect(statuses.some((s) => s.text.includes(head))).toBe(false);
    },
  );

  it('a mentioned person becomes their teams:<AAD id> (looked up in the roster) — an admin grants a role', async () => {
    const { store } = h.server.ctx;
    await store.grantRole(
      { person: PER, role: 'admin', scope: { type: 'area', id: 'hoglandet' } },
      h.clock.now(),
    );
    const anna = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
    h.connector.setMember('29:anna', { name: 'Anna Berg', aadObjectId: anna });
    await h.post(
      fixture('message-channel', h.connector.url, {
        text: '<at>Löftesbot</at> lofte admin roll <at>Anna Berg</at> samordnare Tranås',
        entities: [
          { type: 'mention', text: '<at>Löftesbot</at>', mentioned: { id: BOT_ID, name: 'Löftesbot' } },
          { type: 'mention', text: '<at>Anna Berg</at>', mentioned: { id: '29:anna', name: 'Anna Berg' } },
        ],
      }),
    );
    expect(h.connector.calls.some((c) => c.kind === 'member' && c.activityId === '29:anna')).toBe(true);
    expect(await store.rolesOf(`teams:${anna}`)).toEqual([
      { person: `teams:${anna}`, role: 'samordnare', scope: { type: 'kommun', id: '0687' } },
    ]);
  });
});
