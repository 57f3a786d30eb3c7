import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems } from '../../src/bots/slack/render/limits.ts';
import { testDialects } from '../support/databases.ts';
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

/**
 * `/lofte radera lägestext …` on Slack, over the real app: the slash command answers with the question and its
 * buttons (valid Block Kit), and "Ja, radera" — a block_actions press as Slack sends it — erases the text once.
 */
describe.each(testDialects())('erasing a status text on Slack [$name]', ({ name }) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(name);
  });
  afterAll(async () => h?.close());

  it('asks with Ja, radera / Avbryt, and erases on the press', async () => {
    const body = slashCommandBody({
      command: '/lofte',
      text: 'radera lägestext Sävsjö T2 2026 3 Hälsouppgifter i lägestexten',
      userId: COORDINATOR_USER,
      channelId: CHANNEL,
      responseUrl: h.fake.responseUrl('erase'),
    });
    const res = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const asked = await jsonOf(res);
    expect(blockKitProblems(asked?.blocks as unknown[])).toEqual([]);
    expect(blockText(asked?.blocks)).toContain('Radera lägestexten för aktivitet 3');
    const buttons = (
      (asked?.blocks ?? []) as {
        elements?: { action_id?: string; value: string; text?: { text?: string } }[];
      }[]
    )
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id);
    expect(buttons.map((b) => b.text?.text)).toEqual(['Ja, radera', 'Avbryt']);
    const erased = async () =>
      (await h.store.audit({ municipalityCode: '0684', limit: 50 })).filter(
        (e) => e.action === 'status.erase-text',
      );
    expect(await erased()).toHaveLength(0);
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
      response_url: h.fake.responseUrl('erase-yes'),
      actions: [
        {
          action_id: buttons[0]?.action_id,
          block_id: 'b1',
          type: 'button',
          value: buttons[0]?.value,
          action_ts: '1763629301.1',
        },
      ],
    });
    expect((await postToSlackEndpoint(h.url, press, { secret: SIGNING_SECRET })).status).toBe(200);
    const [done] = await h.fake.waitForResponse('erase-yes', 1);
    expect(blockText(done?.body.blocks)).toContain(
      'Lägestexten för aktivitet 3, T2 2026 i Sävsjö är raderad',
    );
    const [entry] = await erased();
    expect(entry?.actor).toBe(`slack:${COORDINATOR_USER}`);
  });
});
