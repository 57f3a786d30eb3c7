import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { ConnectorCall } from '../support/fake-connector.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, PERSONAL_ID, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * "lofte import <pasted document>" in a personal chat with the bot: the preview card keeps the document's lines,
 * offers Spara and Avbryt, stores nothing until Spara, and Spara stores it for the person.
 */

const HTML = [
  '<p>lofte import Medborgarlöfte för Sävsjö kommun 2027–2028</p>',
  '<p>Polisen och kommunen lovar att gemensamt arbeta för:</p>',
  '<ul><li>att öka tryggheten i Sävsjö centrum</li></ul>',
  '<p>Det ska vi åstadkomma genom följande aktiviteter:</p>',
  '<ul><li>Polisen ska genomföra minst tio (10) riktade insatser per år.</li>',
  '<li>Kommunen ska ordna en föräldrakväll om droger under 2027.</li></ul>',
].join('');

describe('importing a pasted document on Teams', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness('sqlite');
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      h.clock.now(),
    );
  });
  afterAll(async () => h?.close());

  const card = (call: ConnectorCall) => call.body.attachments[0].content;
  const periods = async () =>
    (await h.server.ctx.store.agreementsOf('0684')).map((a) => `${a.periodFrom}-${a.periodTo}`);

  it('previews the document as a card, stores nothing, and Spara stores it', async () => {
    await h.post(
      fixture('message-personal', h.connector.url, { id: 'import-paste', text: HTML, textFormat: 'xml' }),
    );
    const sent = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
    const preview = card(sent);
    expect(cardProblems(preview)).toEqual([]);
    const text = JSON.stringify(preview);
    expect(text).toContain('Förhandsgranskning: medborgarlöfte för Sävsjö 2027–2028');
    expect(text).toContain('mål 10 per år');
    expect(text).toContain('att öka tryggheten i Sävsjö centrum');
    expect(await periods()).not.toContain('2027-2028');

    const save = preview.actions.find((a: { data?: { actionId?: string } }) =>
      a.data?.actionId?.startsWith('import:save'),
    );
    expect(save).toBeDefined();
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'import-save',
        replyToId: sent.answeredId,
        value: save.data,
      }),
    );
    const done = await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Sparat: medborgarlöfte'));
    expect(cardProblems(card(done))).toEqual([]);
    expect(await periods()).toContain('2027-2028');
    const audit = await h.server.ctx.store.audit({ municipalityCode: '0684', limit: 20 });
    expect(audit.find((e) => e.action === 'import')?.actor).toBe(SVEN);
  });
});
