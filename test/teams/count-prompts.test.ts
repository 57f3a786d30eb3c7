import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, PER, PERSONAL_ID, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * Count prompts on Teams, through botbuilder and a fake Bot Connector, with the scheduler on the injected clock:
 * 14 days before 31 December the police officer's card has their Sävsjö figures with "Logga insats", "Kommentar
 * till samordnaren" and "Påminn mig"; the comment card input stores a note the samordnare's card then shows (updated
 * in place, by name); a snooze comes back once the next working day; an English-reading kommun employee gets it in
 * English; a forged press is refused.
 */

const SAVSJO = '0684';
const KIM = 'teams:3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const LENA = 'teams:4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';
const chatOf = (person: string) => `a:chat-${person.slice(6, 14)}`;
type Action = { type: string; title: string; data?: { actionId?: string; value?: string; formId?: string } };

function submits(node: unknown): Action[] {
  if (Array.isArray(node)) return node.flatMap(submits);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'Action.Submit' ? [o as unknown as Action] : [];
  return [...own, ...Object.values(o).flatMap(submits)];
}

describe.each(testDialects())('count prompts on Teams [$name]', ({ name }) => {
  let h: TeamsHarness;
  let perCard: unknown;
  const card = (call: ConnectorCall | undefined) => call?.body.attachments?.[0]?.content;
  const sentTo = (chat: string, text = 'Sävsjö') =>
    h.connector.calls.filter(
      (c) => c.kind === 'send' && c.conversationId === chat && JSON.stringify(c.body).includes(text),
    );
  const zoned = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toMillis();
  /** A card submission by `person` in their own personal chat. */
  const submit = (person: string, displayName: string, id: string, value: unknown) =>
    h.post(
      fixture('card-submit', h.connector.url, {
        id,
        from: { id: `29:${person}`, name: displayName, aadObjectId: person.slice('teams:'.length) },
        conversation: {
          conversationType: 'personal',
          tenantId: '72f988bf-0000-4000-8000-00000000beef',
          id: chatOf(person),
        },
        value,
      }),
    );

  beforeAll(async () => {
    h = await startTeamsHarness(name, undefined, { scheduler: true });
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    const savsjo = { type: 'kommun' as const, id: SAVSJO };
    await store.grantRole({ person: SVEN, role: 'samordnare', scope: savsjo }, 0);
    await store.grantRole({ person: PER, role: 'polis', scope: savsjo }, 0);
    await store.grantRole({ person: KIM, role: 'kommun', scope: savsjo }, 0);
    await store.grantRole({ person: LENA, role: 'chef', scope: savsjo }, 0);
    await store.setPersonLang(KIM, 'en', 0);
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    // Personal chats of the others: Sven's reference with another conversation and person.
    const ref = await store.conversationRefOfPerson('teams', SVEN);
    if (!ref) throw new Error('no personal chat');
    for (const person of [PER, KIM, LENA]) {
      const reference = JSON.parse(ref.reference) as { conversation: { id: string } };
      reference.conversation.id = chatOf(person);
      await store.saveConversationRef({
        ...ref,
        conversationId: chatOf(person),
        person,
        reference: JSON.stringify(reference),
      });
    }
    h.connector.reset();
    const at = zoned('2026-12-17T09:00:30');
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
    perCard = card(sentTo(chatOf(PER))[0]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the police officer gets a valid card with their figures, log, comment and snooze; no answers', () => {
    expect(cardProblems(perCard)).toEqual([]);
    const json = JSON.stringify(perCard);
    expect(json).toContain('Dags för uppföljning T3 2026 i Sävsjö');
    expect(json).toMatch(/ i Sävsjö: \d+/);
    const actions = submits(perCard).map((a) => String(a.data?.actionId).split('/')[0]);
    expect(actions).toEqual(expect.arrayContaining(['log:open', 'comment:open', 'prompt:snooze']));
    expect(
      actions.filter((a) => /^prompt:(answer|accept|text)$/.test(a ?? '') || a === 'report:open'),
    ).toEqual([]);
    const kim = card(sentTo(chatOf(KIM))[0]);
    expect(cardProblems(kim)).toEqual([]);
    expect(JSON.stringify(kim)).toMatch(/ in Sävsjö: \d+/);
    expect(submits(kim).map((a) => a.title)).toContain('💬 Comment to the coordinator');
  });

  it('"tre" typed after the prompt names its activities with a button each; a press logs it', async () => {
    const numbers = submits(perCard)
      .filter((a) => a.data?.actionId?.startsWith('log:open'))
      .map((a) => String(a.data?.actionId).split('/')[1]);
    expect(numbers.length).toBeGreaterThan(0);
    h.connector.reset();
    // A message in the personal chat, in the shape Teams sends it.
    await h.post(
      fixture('message-personal', h.connector.url, {
        id: 'msg-tre',
        text: 'tre',
        from: { id: `29:${PER}`, name: 'Per Polis', aadObjectId: PER.slice('teams:'.length) },
        conversation: {
          conversationType: 'personal',
          tenantId: '72f988bf-0000-4000-8000-00000000beef',
          id: chatOf(PER),
        },
      }),
    );
    const answer = await h.connector.waitFor((c) => c.conversationId === chatOf(PER));
    expect(cardProblems(card(answer))).toEqual([]);
    const json = JSON.stringify(answer.body);
    expect(json).toContain('”tre” – vilken aktivitet gäller det?');
    for (const n of numbers) expect(json).toContain(`/logga ${n} Sävsjö tre`);
    const runs = submits(card(answer)).filter((a) => a.data?.actionId?.startsWith('run/'));
    expect(runs.map((a) => a.title.slice(0, 5))).toEqual(numbers.map(() => '➕ 3 ×'));
    const first = submits(perCard).find((a) => a.data?.actionId?.startsWith('log:open'));
    const logged = async () =>
      (
        await h.server.ctx.store.registrationsOf(
          [String(first?.data?.value).split('|')[1] ?? ''],
          '2026-01-01',
          '2026-12-31',
        )
      ).length;
    const before = await logged();
    h.connector.reset();
    await submit(PER, 'Per Polis', 'press-t1', runs[0]?.data);
    const told = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Registrerat'));
    expect(JSON.stringify(told.body)).toContain('Ångra');
    expect(await logged()).toBe(before + 1);
  });

  it('the comment card input stores the note; the samordnare’s card shows it in place, by name', async () => {
    const comment = submits(perCard).find((a) => a.data?.actionId?.startsWith('comment:open'));
    h.connector.reset();
    await submit(PER, 'Per Polis', 'press-c1', comment?.data);
    const formCall = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('"formId":"comment"'));
    const form = submits(card(formCall)).find((a) => a.data?.formId === 'comment');
    expect(cardProblems(card(formCall))).toEqual([]);
    h.connector.reset();
    await submit(PER, 'Per Polis', 'press-c2', {
      ...form?.data,
      'f:comment': 'Två kontroller flyttade till januari.',
    });
    const update = await h.connector.waitFor((c) => c.kind === 'update' && c.conversationId === PERSONAL_ID);
    expect(cardProblems(card(update))).toEqual([]);
    expect(JSON.stringify(card(update))).toContain('💬 Per Polis: Två kontroller flyttade till januari.');
    const activityId = String(comment?.data?.value).split('|')[1] ?? '';
    const stored = await h.server.ctx.store.activityComments([activityId], 2026, 3);
    expect(stored.map((c) => [c.person, c.platform, c.text])).toEqual([
      [PER, 'teams', 'Två kontroller flyttade till januari.'],
    ]);
  });

  it('"Påminn mig" is confirmed, and the prompt comes back once on Friday 09:00', async () => {
    const snooze = submits(perCard).find((a) => a.data?.actionId === 'prompt:snooze');
    h.connector.reset();
    await submit(PER, 'Per Polis', 'press-s1', snooze?.data);
    const told = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Jag påminner dig'));
    expect(JSON.stringify(told.body)).toContain('Jag påminner dig fre 18 dec kl. 09.00.');
    const friday = zoned('2026-12-18T09:00:30');
    h.clock.set(friday);
    await h.server.scheduler?.tickOnce(friday);
    await h.server.scheduler?.tickOnce(friday + 60_000);
    const again = sentTo(chatOf(PER), 'Du bad om en påminnelse');
    expect(again).toHaveLength(1);
    expect(cardProblems(card(again[0]))).toEqual([]);
  });

  it('a samordnare erases a status text from chat: a card asks, "Ja, radera" erases it', async () => {
    h.connector.reset();
    await h.post(
      fixture('message-personal', h.connector.url, {
        id: 'msg-erase',
        text: 'lofte radera lägestext Sävsjö T2 2026 3 Hälsouppgifter i lägestexten',
      }),
    );
    const asked = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
    expect(cardProblems(card(asked))).toEqual([]);
    expect(JSON.stringify(asked.body)).toContain('Radera lägestexten för aktivitet 3');
    const yes = submits(card(asked)).find((a) => a.title === 'Ja, radera');
    expect(yes?.data?.actionId).toMatch(/^confirm\//);
    h.connector.reset();
    await submit(SVEN, 'Sven Samordnare', 'press-e1', yes?.data);
    const told = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('är raderad'));
    expect(JSON.stringify(told.body)).toContain('Lägestexten för aktivitet 3, T2 2026 i Sävsjö är raderad');
    const audit = await h.server.ctx.store.audit({ municipalityCode: SAVSJO, limit: 50 });
    expect(audit.filter((e) => e.action === 'status.erase-text').map((e) => e.actor)).toEqual([SVEN]);
  });

  it('a forged press by the chef is refused and stores nothing', async () => {
    const comment = submits(perCard).find((a) => a.data?.actionId?.startsWith('comment:open'));
    h.connector.reset();
    await submit(LENA, 'Lena Chef', 'press-f1', comment?.data);
    const told = await h.connector.waitFor((c) => c.conversationId === chatOf(LENA));
    expect(JSON.stringify(told.body)).toContain('Du får inte');
    expect(JSON.stringify(told.body)).not.toContain('"formId"');
  });
});
