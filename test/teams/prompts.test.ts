import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Notifier, parseAddress, type Target } from '../../src/bots/contract.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardActions, cardProblems } from './card-validator.ts';
import { fixture, PERSONAL_ID, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/** A stored address as the notifiers' typed Target. */
const target = (text: string): Target => parseAddress(text) ?? { platform: '?', kind: 'channel', id: text };

describe.each(testDialects())('Teams prompts [$name]', ({ name }) => {
  let h: TeamsHarness;
  let notifier: Notifier;
  beforeEach(async () => {
    h = await startTeamsHarness(name);
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      h.clock.now(),
    );
    await h.post(fixture('conversation-update-personal-added', h.connector.url));
    h.connector.reset();
    const found = h.server.plugins.find((p) => p.name === 'teams')?.notifier;
    if (!found) throw new Error('no Teams notifier');
    notifier = found;
  });
  afterEach(async () => {
    await h.close();
  });

  const card = (call: ConnectorCall) => call.body.attachments[0].content;

  async function ask() {
    const { prompt, reply } = await h.server.core.ask({
      kind: 'follow-up',
      municipalityCode: '0684',
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Hur går det med trygghetsvandringarna i Sävsjö?',
      options: ['Genomfört', 'Pågår', 'Ej påbörjat'],
      audience: 'samordnare',
    });
    const sent = await notifier.send({ to: target(`person:${SVEN}`), reply, key: `prompt:${prompt.id}` });
    if (!sent.ok) throw new Error(sent.error);
    return { prompt, messageId: sent.messageId ?? '', call: h.connector.calls.at(-1) as ConnectorCall };
  }

  it('a prompt arrives as a card with one button per option; a press records the answer and updates the card', async () => {
    const { prompt, messageId, call } = await ask();
    expect(call).toMatchObject({ kind: 'send', conversationId: PERSONAL_ID });
    expect(cardProblems(card(call))).toEqual([]);
    const buttons = cardActions(card(call)).map((a) => a.title);
    expect(buttons.slice(0, 3)).toEqual(['Genomfört', 'Pågår', 'Ej påbörjat']);

    const pressed = cardActions(card(call))[1]?.data;
    await h.post(fixture('card-submit', h.connector.url, { replyToId: messageId, value: pressed }));
    const update = await h.connector.waitFor((c) => c.kind === 'update');
    expect(update.activityId).toBe(messageId);
    expect(cardProblems(card(update))).toEqual([]);
    expect(JSON.stringify(card(update))).toContain('Pågår');
    // The time as every reply writes a day: "21 nov 2026", not luxon's "21 nov. 2026".
    expect(JSON.stringify(card(update))).toMatch(
      /Registrerat av Sven Samordnare, \d{1,2} [a-zåäö]{3} \d{4} \d{2}\.\d{2}/,
    );
    expect(await h.server.ctx.store.prompt(prompt.id)).toMatchObject({
      status: 'answered',
      answer: 'Pågår',
      answeredBy: SVEN,
      answeredPlatform: 'teams',
    });
  });

  it('a free-text answer: the button opens a card with an input; submitting it records the text', async () => {
    const { prompt, call } = await ask();
    const free = cardActions(card(call)).at(-1)?.data;
    await h.post(fixture('card-submit', h.connector.url, { id: 'press-free', value: free }));
    const formCall = await h.connector.waitFor((c) => c.kind === 'reply' && c.activityId === 'press-free');
    const formCard = card(formCall);
    expect(cardProblems(formCard)).toEqual([]);
    expect(JSON.stringify(formCard)).toContain('Input.Text');
    const submit = cardActions(formCard)[0]?.data;
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'submit-free',
        replyToId: formCall.answeredId,
        value: { ...submit, 'f:answer': 'Två vandringar genomförda, en till i december.' },
      }),
    );
    await h.connector.waitFor((c) => c.kind === 'update');
    expect(await h.server.ctx.store.prompt(prompt.id)).toMatchObject({
      status: 'answered',
      answer: 'Två vandringar genomförda, en till i december.',
      answeredBy: SVEN,
    });
  });
});
