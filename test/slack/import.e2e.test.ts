import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems } from '../../src/bots/slack/render/limits.ts';
import { docxFromText } from '../import/docx-twin.ts';
import {
  BOT_TOKEN,
  CHANNEL,
  COORDINATOR_USER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/harness.ts';
import {
  blockText,
  fixtureJson,
  jsonOf,
  payloadBody,
  postToSlackEndpoint,
  slashCommandBody,
} from './support/slack-requests.ts';

/** `/lofte import <pasted text>` on Slack: the preview with Spara/Avbryt over the real app; stored on Spara only. */

const DOC = [
  'Medborgarlöfte för Sävsjö kommun 2027–2028',
  '',
  'Polisen och kommunen lovar att gemensamt arbeta för:',
  '- att öka tryggheten i Sävsjö centrum',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter:',
  '- Polisen ska genomföra minst tio (10) riktade insatser per år.',
  '- Kommunen ska ordna en föräldrakväll om droger under 2027.',
].join('\n');

describe('importing a pasted document on Slack', () => {
  let h: SlackHarness;
  /** Slack's file host: serves `url_private_download` only with the bot token, as Slack does. */
  let files: Server;
  let filesUrl = '';
  const served = new Map<string, Uint8Array>();
  beforeAll(async () => {
    h = await startSlackHarness('sqlite');
    files = createServer((req, res) => {
      const body = served.get(req.url ?? '');
      if (req.headers.authorization !== `Bearer ${BOT_TOKEN}`) return void res.writeHead(403).end();
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(body));
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => files.close(r));
  });

  const periods = async () =>
    (await h.store.agreementsOf('0684')).map((a) => `${a.periodFrom}-${a.periodTo}`);

  it('previews within Block Kit limits, stores nothing, and Spara stores it', async () => {
    const body = slashCommandBody({
      command: '/lofte',
      text: `import ${DOC}`,
      userId: COORDINATOR_USER,
      channelId: CHANNEL,
      responseUrl: h.fake.responseUrl('import'),
    });
    const res = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const preview = await jsonOf(res);
    const text = blockText(preview?.blocks);
    expect(text).toContain('Förhandsgranskning: medborgarlöfte för Sävsjö 2027–2028');
    expect(text).toContain('minst 10 per år');
    expect(blockKitProblems(preview?.blocks as unknown[])).toEqual([]);
    expect(await periods()).not.toContain('2027-2028');

    const save = ((preview?.blocks ?? []) as { elements?: { action_id?: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id?.startsWith('import:save'));
    expect(save).toBeDefined();
    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    const press = payloadBody({
      ...payload,
      user: { id: COORDINATOR_USER, username: 'samordnare', name: 'samordnare', team_id: 'T0TEST' },
      container: {
        type: 'message',
        message_ts: '1763629200.000300',
        channel_id: CHANNEL,
        is_ephemeral: true,
      },
      channel: { id: CHANNEL, name: 'savsjo' },
      message: undefined,
      response_url: h.fake.responseUrl('import-save'),
      actions: [
        {
          action_id: save?.action_id,
          block_id: 'b1',
          type: 'button',
          value: save?.value,
          action_ts: '1763629301.1',
        },
      ],
    });
    expect((await postToSlackEndpoint(h.url, press, { secret: SIGNING_SECRET })).status).toBe(200);
    const [saved] = await h.fake.waitForResponse('import-save', 1);
    expect(blockText(saved?.body.blocks)).toContain('Sparat: medborgarlöfte för Sävsjö 2027–2028');
    expect(await periods()).toContain('2027-2028');
    const audit = await h.store.audit({ municipalityCode: '0684', limit: 20 });
    expect(audit.find((e) => e.action === 'import')?.actor).toBe(`slack:${COORDINATOR_USER}`);
  });

  it('a .docx dropped into the DM (file_shared) is read with files.info and the bot token and previewed there', async () => {
    served.set(
      '/files/savsjo-2031.docx',
      await docxFromText(
        [
          'Medborgarlöfte för Sävsjö kommun 2031–2032',
          '',
          'Det ska vi åstadkomma genom följande aktiviteter:',
          '- Polisen ska genomföra minst sex riktade insatser per år.',
        ].join('\n'),
      ),
    );
    h.fake.on('files.info', () => ({
      file: {
        id: 'F0IMPORT1',
        name: 'savsjo-2031.docx',
        size: 4096,
        url_private_download: `${filesUrl}/files/savsjo-2031.docx`,
      },
    }));
    const event = fixtureJson<Record<string, unknown>>('app-home-opened.json');
    const body = JSON.stringify({
      ...event,
      event_id: 'Ev0FILE0001',
      event: {
        type: 'file_shared',
        channel_id: 'D0SAMORD1',
        file_id: 'F0IMPORT1',
        user_id: COORDINATOR_USER,
        file: { id: 'F0IMPORT1' },
        event_ts: '1763629400.000100',
      },
    });
    const res = await postToSlackEndpoint(h.url, body, {
      secret: SIGNING_SECRET,
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const [posted] = await h.fake.waitFor('chat.postMessage');
    expect(posted?.args.channel).toBe('D0SAMORD1');
    const text = blockText(posted?.args.blocks);
    expect(text).toContain('Förhandsgranskning: medborgarlöfte för Sävsjö 2031–2032');
    expect(text).toContain('minst 6 per år');
    expect(blockKitProblems(posted?.args.blocks as unknown[])).toEqual([]);
    expect(await periods()).not.toContain('2031-2032');
  });
});
