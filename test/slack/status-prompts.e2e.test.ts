import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
import { replyView } from '../../src/bots/slack/render/modal.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { testDialects } from '../support/databases.ts';
import type { FakeSlackCall } from '../support/fake-slack.ts';
import {
  COORDINATOR_USER,
  POLICE_USER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/harness.ts';
import { blockText, fixtureJson, payloadBody, postToSlackEndpoint } from './support/slack-requests.ts';

/**
 * A tertial's status prompts on Slack, end to end with the scheduler on the injected clock: 14 days before
 * 31 December each Sävsjö samordnare gets one message listing the activities without a status, with answer
 * buttons; the police officer gets the list without them. An answer by button or by the short modal is stored as
 * the status and every samordnare's message is updated in place (chat.update); the rest stay answerable.
 */

const SECOND_COORDINATOR = 'U0SAMORD2';
type Element = { action_id?: string; value?: string; text?: { text?: string } };

const buttonsOf = (call: FakeSlackCall | undefined): Element[] =>
  ((call?.args.blocks ?? []) as { elements?: Element[] }[])
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.action_id);

describe.each(testDialects())('status prompts on Slack [$name]', ({ name }) => {
  let h: SlackHarness;
  /** The tertial reminder a person got (other reminders, such as the agreement's renewal, may arrive too). */
  const posted = (user: string) =>
    h.fake
      .callsOf('chat.postMessage')
      .find((c) => c.args.channel === user && /T3 2026/.test(JSON.stringify(c.args.blocks ?? c.args.text)));
  /** The direct-message channel Slack opened with a user (the fake's D… for U…). */
  const dm = (user: string) => `D${user.slice(1)}`;

  beforeAll(async () => {
    h = await startSlackHarness(name, {}, { scheduler: true });
    await h.store.grantRole(
      { person: `slack:${SECOND_COORDINATOR}`, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      0,
    );
    // The second coordinator reads English (`/lofte språk en`): their prompt and its updates come in English.
    await h.store.setPersonLang(`slack:${SECOND_COORDINATOR}`, 'en', 0);
    const at = DateTime.fromISO('2026-12-17T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
  });
  afterAll(async () => h?.close());

  /** The ts of the reminder message a person got, from the reminder row the scheduler marked sent. */
  const tsOf = async (user: string) => {
    const rows = await reminderRepository(h.server.ctx.handle.db, h.server.ctx.handle.dialect).list({
      status: 'sent',
    });
    const row = rows.find((r) => r.target === `person:slack:${user}` && r.kind === 'tertial-reminder');
    return String(row?.messageId ?? '').split('/')[1] ?? '';
  };

  const press = async (user: string, button: Element | undefined, id: string) => {
    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    const ts = await tsOf(user);
    return postToSlackEndpoint(
      h.url,
      payloadBody({
        ...payload,
        user: { id: user, username: 'u', name: 'u', team_id: 'T0TEST' },
        container: { type: 'message', message_ts: ts, channel_id: dm(user), is_ephemeral: false },
        channel: { id: dm(user), name: 'directmessage' },
        message: { ...(payload.message as object), ts },
        trigger_id: `trigger-${id}`,
        response_url: h.fake.responseUrl(id),
        actions: [
          {
            action_id: button?.action_id,
            block_id: 'p',
            type: 'button',
            value: button?.value,
            action_ts: `1765958400.${id}`,
          },
        ],
      }),
      { secret: SIGNING_SECRET },
    );
  };

  it('each samordnare gets the answerable list; the police officer gets the figures without answer buttons', async () => {
    const mine = posted(COORDINATOR_USER);
    const theirs = posted(SECOND_COORDINATOR);
    const police = posted(POLICE_USER);
    for (const call of [mine, theirs, police]) {
      expect(call).toBeDefined();
      expect(blockKitProblems((call?.args.blocks ?? []) as unknown[])).toEqual([]);
    }
    expect(blockText(mine?.args.blocks)).toMatch(/Dags för uppföljning T3 2026 i Sävsjö/);
    expect(buttonsOf(mine).filter((b) => b.action_id?.startsWith('prompt:')).length).toBeGreaterThan(4);
    expect(
      buttonsOf(police).filter(
        (b) => /^prompt:(answer|accept|text)/.test(b.action_id ?? '') || b.action_id === 'report:open',
      ),
    ).toEqual([]);
    // The activity that already had a status for T3 is not asked about.
    expect(blockText(mine?.args.blocks)).not.toContain('Kontoret öppet tisdagar');
  });

  it('a button answers for everyone: both coordinators’ messages are updated in place, the rest stay live', async () => {
    const mine = posted(COORDINATOR_USER);
    const before = buttonsOf(posted(SECOND_COORDINATOR)).length;
    const pagar = buttonsOf(mine).find((b) => b.text?.text === 'Pågår');
    h.fake.reset();
    nameUsers();
    await press(COORDINATOR_USER, pagar, '000001');
    const updates = await h.fake.waitFor('chat.update', 2);
    const byChannel = new Map(updates.map((u) => [String(u.args.channel), u]));
    for (const [user, answered] of [
      [COORDINATOR_USER, '✅ Besvarat av Sam Samordnare 17 dec: Pågår'],
      [SECOND_COORDINATOR, '✅ Answered by Sam Samordnare on 17 Dec: Pågår'],
    ] as const) {
      const update = byChannel.get(dm(user));
      expect(blockText(update?.args.blocks)).toContain(answered);
      // The answered activity lost its three buttons (it had no registrations, so no proposal); the rest are live.
      expect(buttonsOf(update).length).toBe(before - 3);
      expect(blockKitProblems((update?.args.blocks ?? []) as unknown[])).toEqual([]);
    }
    const [confirmation] = await h.fake.waitForResponse('000001');
    expect(JSON.stringify(confirmation?.body)).toContain('Sparat som lägestext');

    // The second coordinator presses the stale copy of the same answer: told it is answered, stored once.
    await press(SECOND_COORDINATOR, pagar, '000002');
    const [told] = await h.fake.waitForResponse('000002');
    expect(JSON.stringify(told?.body)).toContain('Already answered by Sam Samordnare: Pågår');
  });

  it('"Skriv själv" opens a short modal; its text becomes the status and updates every copy', async () => {
    const theirs = byLatest(SECOND_COORDINATOR);
    const write = buttonsOf(theirs).find((b) => b.text?.text === '✍️ Write your own');
    h.fake.reset();
    nameUsers();
    await press(SECOND_COORDINATOR, write, '000003');
    const [opened] = await h.fake.waitFor('views.open');
    const view = opened?.args.view as {
      blocks: { type: string; block_id: string }[];
      private_metadata: string;
    };
    const input = view.blocks.find((b) => b.type === 'input');
    const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
    await postToSlackEndpoint(
      h.url,
      payloadBody({
        ...submission,
        user: { id: SECOND_COORDINATOR, username: 'u2', name: 'u2', team_id: 'T0TEST' },
        view: {
          ...(submission.view as object),
          ...view,
          id: 'V0STATUS1',
          state: {
            values: {
              [input?.block_id ?? '']: {
                value: { type: 'plain_text_input', value: 'Två insatser till i december.' },
              },
            },
          },
        },
      }),
      { secret: SIGNING_SECRET },
    );
    const updates = await h.fake.waitFor('chat.update', 2);
    const text = (user: string) => blockText(updates.find((u) => u.args.channel === dm(user))?.args.blocks);
    expect(text(COORDINATOR_USER)).toContain(
      '✅ Besvarat av Sara Samordnare 17 dec: Två insatser till i december.',
    );
    expect(text(SECOND_COORDINATOR)).toContain(
      '✅ Answered by Sara Samordnare on 17 Dec: Två insatser till i december.',
    );
    const status = await h.server.core.handleCommand({
      eventId: 'status-1',
      platform: 'slack',
      person: `slack:${COORDINATOR_USER}`,
      conversationId: 'D0DM',
      text: '/status Sävsjö',
    });
    expect(status.fallback).toContain('Två insatser till i december.');
    expect(status.fallback).toContain('Pågår');
  });

  it('app_rate_limited is acknowledged with 200 (and nothing else happens)', async () => {
    h.fake.reset();
    const body = JSON.stringify({
      token: 'legacy',
      type: 'app_rate_limited',
      team_id: 'T0TEST',
      minute_rate_limited: 1765958400,
      api_app_id: 'A0TEST',
    });
    const res = await postToSlackEndpoint(h.url, body, {
      secret: SIGNING_SECRET,
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    expect(h.fake.calls).toEqual([]);
  });

  it('the /rapportera confirmation offers Publicera in the modal, and pressing it publishes', async () => {
    const opened = await h.server.core.handleCommand({
      eventId: 'rapportera-1',
      platform: 'slack',
      person: `slack:${COORDINATOR_USER}`,
      conversationId: 'D0DM',
      text: '/rapportera Sävsjö',
    });
    const form = opened.form;
    if (!form) throw new Error('no form');
    const saved = await h.server.core.submitForm({
      eventId: 'rapportera-2',
      platform: 'slack',
      person: `slack:${COORDINATOR_USER}`,
      conversationId: 'D0DM',
      formId: form.formId,
      state: form.state,
      values: {},
    });
    if (!saved.ok) throw new Error('refused');
    const view = replyView(saved.reply, 'Uppföljning');
    expect(viewProblems(view as never)).toEqual([]);
    const publish = (view.blocks as { type: string; elements?: Element[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'follow-up:publish');
    expect(publish?.text?.text).toBe('🌐 Publicera T3 2026');
  });

  /** users.info answers with each coordinator's profile name (the fake forgets handlers on reset). */
  function nameUsers(): void {
    h.fake.on('users.info', (a) => ({
      user: {
        id: a.user,
        locale: 'sv-SE',
        profile: { display_name: a.user === COORDINATOR_USER ? 'Sam Samordnare' : 'Sara Samordnare' },
      },
    }));
  }

  /** The newest version of a person's message: its last update, else the post. */
  function byLatest(user: string): FakeSlackCall | undefined {
    const updates = h.fake.calls.filter((c) => c.method === 'chat.update' && c.args.channel === dm(user));
    return updates.at(-1) ?? posted(user);
  }
});
