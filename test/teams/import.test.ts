import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { docxFromText } from '../import/docx-twin.ts';
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
  /** Where Teams (SharePoint/OneDrive) serves a sent file: a pre-authorised download URL on 127.0.0.1. */
  let files: Server;
  let filesUrl = '';
  const served = new Map<string, Uint8Array>();
  beforeAll(async () => {
    files = createServer((req, res) => {
      const body = served.get(req.url ?? '');
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(body));
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    h = await startTeamsHarness('sqlite');
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      h.clock.now(),
    );
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => files.close(r));
  });

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
    expect(text).toContain('minst 10 per år');
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

  it('a .docx sent in the personal chat is previewed from its download URL; Avbryt stores nothing', async () => {
    served.set(
      '/files/savsjo-2029.docx',
      await docxFromText(
        [
          'Medborgarlöfte för Sävsjö kommun 2029–2030',
          '',
          'Det ska vi åstadkomma genom följande aktiviteter:',
          '- Polisen ska genomföra minst åtta riktade insatser per år.',
        ].join('\n'),
      ),
    );
    const before = h.connector.calls.length;
    await h.post(
      fixture('message-personal', h.connector.url, {
        id: 'import-file',
        text: undefined,
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            contentUrl: `${filesUrl}/files/savsjo-2029.docx`,
            name: 'savsjo-2029.docx',
            content: { downloadUrl: `${filesUrl}/files/savsjo-2029.docx`, uniqueId: 'f1', fileType: 'docx' },
          },
        ],
      }),
    );
    const sent = await h.connector.waitFor(
      (c) => h.connector.calls.indexOf(c) >= before && JSON.stringify(c.body).includes('Förhandsgranskning'),
    );
    const preview = card(sent);
    expect(cardProblems(preview)).toEqual([]);
    expect(JSON.stringify(preview)).toContain('minst 8 per år');
    const cancel = preview.actions.find((a: { data?: { actionId?: string } }) =>
      a.data?.actionId?.startsWith('import:cancel'),
    );
    await h.post(
      fixture('card-submit', h.connector.url, {
        id: 'import-cancel',
        replyToId: sent.answeredId,
        value: cancel.data,
      }),
    );
    await h.connector.waitFor((c) => JSON.stringify(c.body).includes('Importen avbröts'));
    expect(await periods()).not.toContain('2029-2030');
  });
});
