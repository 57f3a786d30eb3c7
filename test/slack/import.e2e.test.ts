import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems } from '../../src/bots/slack/render/limits.ts';
import {
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
  beforeAll(async () => {
    h = await startSlackHarness('sqlite');
  });
  afterAll(async () => h?.close());

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
    expect(text).toContain('mål 10 per år');
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
});
