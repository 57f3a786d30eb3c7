import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { testDialects } from '../support/databases.ts';
import type { FakeSlackCall } from '../support/fake-slack.ts';
import {
  CHANNEL,
  COORDINATOR_USER,
  POLICE_USER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/harness.ts';
import {
  blockText,
  fixtureJson,
  payloadBody,
  postToSlackEndpoint,
  slashCommandBody,
} from './support/slack-requests.ts';

/**
 * The meeting follow-up on Slack, through the real Bolt app and the fake Web API, with the scheduler on the injected
 * clock: the day after Sävsjö's meeting of 24 November both samordnare get "Hölls samverkansmötet i Sävsjö 24 nov?";
 * "Flyttat till …" opens a modal with a date picker that refuses the past; Ja from one of them updates both
 * messages in place (chat.update, no buttons left) and counts as a samverkansmöte; the other's stale press is told
 * who answered. A "Menade du Sävsjö?" reply is replaced through its response_url, and a second press is refused.
 */

const SECOND = 'U0SAMORD2';
type Element = { action_id?: string; value?: string; text?: { text?: string } };

const buttonsOf = (blocks: unknown): Element[] =>
  ((blocks ?? []) as { elements?: Element[] }[]).flatMap((b) => b.elements ?? []).filter((e) => e.action_id);

describe.each(testDialects())('meeting follow-up on Slack [$name]', ({ name }) => {
  let h: SlackHarness;
  const dm = (user: string) => `D${user.slice(1)}`;
  const posted = (user: string) =>
    h.fake
      .callsOf('chat.postMessage')
      .find((c) => c.args.channel === user && /Hölls samverkansmötet/.test(JSON.stringify(c.args.blocks)));

  beforeAll(async () => {
    h = await startSlackHarness(name, {}, { scheduler: true });
    await h.store.grantRole(
      { person: `slack:${SECOND}`, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      0,
    );
    const at = DateTime.fromISO('2026-11-25T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
    h.fake.on('users.info', (a) => ({
      user: {
        id: a.user,
        locale: 'sv-SE',
        profile: { display_name: a.user === SECOND ? 'Sara S' : 'Sam S' },
      },
    }));
  });
  afterAll(async () => h?.close());

  const tsOf = async (user: string) => {
    const rows = await reminderRepository(h.server.ctx.handle.db, h.server.ctx.handle.dialect).list({
      status: 'sent',
    });
    const row = rows.find((r) => r.target === `person:slack:${user}` && r.kind === 'meeting-followup');
    return String(row?.messageId ?? '').split('/')[1] ?? '';
  };

  const press = async (
    user: string,
    button: Element | undefined,
    id: string,
    where: { ts: string; channel: string; ephemeral?: boolean },
  ) => {
    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    return postToSlackEndpoint(
      h.url,
      payloadBody({
        ...payload,
        user: { id: user, username: 'u', name: 'u', team_id: 'T0TEST' },
        container: {
          type: 'message',
          message_ts: where.ts,
          channel_id: where.channel,
          is_ephemeral: where.ephemeral ?? false,
        },
        channel: { id: where.channel, name: 'x' },
        message: { ...(payload.message as object), ts: where.ts },
        trigger_id: `trigger-${id}`,
        response_url: h.fake.responseUrl(id),
        actions: [
          {
            action_id: button?.action_id,
            block_id: 'f',
            text: { type: 'plain_text', text: button?.text?.text ?? '' },
            type: 'button',
            value: button?.value,
            action_ts: `1764576000.${id}`,
          },
        ],
      }),
      { secret: SIGNING_SECRET },
    );
  };
  const inDm = async (user: string) => ({ ts: await tsOf(user), channel: dm(user) });
  const samverkansmoten = async () => {
    const status = await h.server.core.handleCommand({
      eventId: `status-${Math.random()}`,
      platform: 'slack',
      person: `slack:${COORDINATOR_USER}`,
      conversationId: 'D0DM',
      text: '/status Sävsjö',
    });
    const n = /samverkansmöten[^\n]*\n[^\d\n]*(\d+) (?:av minst \d+ )?under 2026/.exec(status.fallback)?.[1];
    if (n === undefined) throw new Error(status.fallback);
    return Number(n);
  };

  it('both samordnare are asked what happened, with four answers and Påminn mig senare; the police officer is not asked', () => {
    for (const user of [COORDINATOR_USER, SECOND]) {
      const call = posted(user);
      expect(blockText(call?.args.blocks)).toContain('Hölls samverkansmötet i Sävsjö 24 nov?');
      expect(buttonsOf(call?.args.blocks).map((b) => b.text?.text)).toEqual([
        '✅ Ja',
        '❌ Nej, inställt',
        '📅 Flyttat till …',
        '📝 Anteckning',
        '⏰ Påminn mig tor 26 nov kl. 09.00',
        '📅 Påminn mig en annan dag…',
      ]);
      expect(blockKitProblems((call?.args.blocks ?? []) as unknown[])).toEqual([]);
    }
    expect(posted(POLICE_USER)).toBeUndefined();
  });

  it('"Flyttat till …" opens a modal with a date picker; a day in the past is refused under the field', async () => {
    const moved = buttonsOf(posted(SECOND)?.args.blocks).find((b) => b.text?.text === '📅 Flyttat till …');
    await press(SECOND, moved, '000001', await inDm(SECOND));
    const [opened] = await h.fake.waitFor('views.open');
    const view = opened?.args.view as {
      blocks: { type: string; block_id: string; element?: { type: string } }[];
    };
    expect(viewProblems(view as never)).toEqual([]);
    const date = view.blocks.find((b) => b.block_id === 'date');
    expect(date?.element?.type).toBe('datepicker');
    const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
    const res = await postToSlackEndpoint(
      h.url,
      payloadBody({
        ...submission,
        user: { id: SECOND, username: 'u2', name: 'u2', team_id: 'T0TEST' },
        view: {
          ...(submission.view as object),
          ...view,
          id: 'V0MOVED1',
          state: {
            values: {
              date: { value: { type: 'datepicker', selected_date: '2026-11-24' } },
              note: { value: { type: 'plain_text_input', value: null } },
            },
          },
        },
      }),
      { secret: SIGNING_SECRET },
    );
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: {
        date: '24 nov har redan varit — ett möte kan inte flyttas bakåt i tiden. Ingenting har sparats.',
      },
    });
  });

  it('Ja from one samordnare updates both messages in place, counts toward the target; a stale press is told', async () => {
    const before = await samverkansmoten();
    const yes = buttonsOf(posted(COORDINATOR_USER)?.args.blocks).find((b) => b.text?.text === '✅ Ja');
    const no = buttonsOf(posted(SECOND)?.args.blocks).find((b) => b.text?.text === '❌ Nej, inställt');
    h.fake.reset();
    h.fake.on('users.info', (a) => ({
      user: {
        id: a.user,
        locale: 'sv-SE',
        profile: { display_name: a.user === SECOND ? 'Sara S' : 'Sam S' },
      },
    }));
    await press(COORDINATOR_USER, yes, '000002', await inDm(COORDINATOR_USER));
    const updates = await h.fake.waitFor('chat.update', 2);
    for (const user of [COORDINATOR_USER, SECOND]) {
      const update = updates.find((u) => u.args.channel === dm(user)) as FakeSlackCall;
      expect(blockText(update.args.blocks)).toContain('✅ Besvarat av Sam S 25 nov: Ja');
      expect(buttonsOf(update.args.blocks)).toEqual([]);
      expect(blockKitProblems((update.args.blocks ?? []) as unknown[])).toEqual([]);
    }
    const [confirmation] = await h.fake.waitForResponse('000002');
    expect(JSON.stringify(confirmation?.body)).toContain('Sparat för samverkansmötet i Sävsjö 24 nov: Ja');
    expect(await samverkansmoten()).toBe(before + 1);
    await press(SECOND, no, '000003', await inDm(SECOND));
    const [told] = await h.fake.waitForResponse('000003');
    expect(JSON.stringify(told?.body)).toContain('Redan besvarat av Sam S 25 nov: Ja');
    expect(await samverkansmoten()).toBe(before + 1);
  });

  it('"Menade du Sävsjö?" is replaced through its response_url; a second press is refused', async () => {
    h.fake.reset();
    const res = await postToSlackEndpoint(
      h.url,
      slashCommandBody({
        command: '/insats',
        text: 'Savsjo 2',
        userId: POLICE_USER,
        channelId: CHANNEL,
        responseUrl: h.fake.responseUrl('slash'),
      }),
      { secret: SIGNING_SECRET },
    );
    const body = (await res.text()) || JSON.stringify((await h.fake.waitForResponse('slash'))[0]?.body);
    const question = JSON.parse(body) as { blocks?: unknown };
    expect(blockText(question.blocks)).toContain('Menade du Sävsjö?');
    const yes = buttonsOf(question.blocks).find((b) => b.text?.text === 'Ja, Sävsjö');
    const where = { ts: '1764576000.000900', channel: CHANNEL, ephemeral: true };
    await press(POLICE_USER, yes, '000004', where);
    const [answer] = await h.fake.waitForResponse('000004');
    expect(answer?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(answer?.body)).toContain('registrerade i Sävsjö');
    await press(POLICE_USER, yes, '000005', where);
    const [again] = await h.fake.waitForResponse('000005');
    expect(JSON.stringify(again?.body)).toContain('Redan besvarat av');
    expect(again?.body).toMatchObject({ replace_original: false });
  });
});
