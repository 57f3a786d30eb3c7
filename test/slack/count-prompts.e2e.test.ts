import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
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
 * Count prompts on Slack, end to end (real Bolt over HTTP, the fake Web API, the scheduler on the injected clock):
 * 14 days before 31 December the police officer gets their own Sävsjö figures with "Logga insats", "Kommentar till
 * samordnaren" and "Påminn mig"; the comment modal stores a note the coordinator's status prompt then shows (updated
 * in place, by display name); the log modal logs; a snooze is sent once the next working day; a kommun employee
 * who reads English gets it in English; a forged press is refused.
 */

const KOMMUN_USER = 'U0KOMMUN1';
const CHEF_USER = 'U0CHEF001';
const zoned = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toMillis();
type Element = { action_id?: string; value?: string; text?: { text?: string } };
type View = { blocks: { type: string; block_id: string }[]; private_metadata: string; callback_id: string };

const buttonsOf = (call: FakeSlackCall | undefined): Element[] =>
  ((call?.args.blocks ?? []) as { elements?: Element[] }[])
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.action_id);

describe.each(testDialects())('count prompts on Slack [$name]', ({ name }) => {
  let h: SlackHarness;
  let police: FakeSlackCall | undefined;
  const dm = (user: string) => `D${user.slice(1)}`;
  /** The Sävsjö T3 messages a user got. */
  const posts = (user: string, pattern = /T3 2026 i Sävsjö|T3 2026 follow-up in Sävsjö/) =>
    h.fake
      .callsOf('chat.postMessage')
      .filter((c) => c.args.channel === user && pattern.test(JSON.stringify(c.args.blocks ?? c.args.text)));

  beforeAll(async () => {
    h = await startSlackHarness(name, {}, { scheduler: true });
    const savsjo = { type: 'kommun' as const, id: '0684' };
    await h.store.grantRole({ person: `slack:${KOMMUN_USER}`, role: 'kommun', scope: savsjo }, 0);
    await h.store.grantRole({ person: `slack:${CHEF_USER}`, role: 'chef', scope: savsjo }, 0);
    await h.store.setPersonLang(`slack:${KOMMUN_USER}`, 'en', 0);
    nameUsers();
    const at = zoned('2026-12-17T09:00:30');
    h.clock.set(at);
    await h.server.scheduler?.tickOnce(at);
    // Kept: the fake forgets its calls on reset.
    [police] = posts(POLICE_USER);
  });
  afterAll(async () => h?.close());

  const press = async (user: string, button: Element | undefined, id: string) => {
    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    return postToSlackEndpoint(
      h.url,
      payloadBody({
        ...payload,
        user: { id: user, username: 'u', name: 'u', team_id: 'T0TEST' },
        container: { type: 'message', message_ts: '1.1', channel_id: dm(user), is_ephemeral: false },
        channel: { id: dm(user), name: 'directmessage' },
        message: { ...(payload.message as object), ts: '1.1' },
        trigger_id: `trigger-${id}`,
        response_url: h.fake.responseUrl(id),
        actions: [
          {
            action_id: button?.action_id,
            block_id: 'p',
            type: 'button',
            value: button?.value,
            action_ts: `1.${id}`,
          },
        ],
      }),
      { secret: SIGNING_SECRET },
    );
  };

  const submitView = async (user: string, view: View, values: Record<string, string>) => {
    const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
    const state: Record<string, Record<string, { type: string; value: string }>> = {};
    for (const [id, value] of Object.entries(values)) {
      state[id] = { value: { type: id === 'count' ? 'number_input' : 'plain_text_input', value } };
    }
    return postToSlackEndpoint(
      h.url,
      payloadBody({
        ...submission,
        user: { id: user, username: 'u', name: 'u', team_id: 'T0TEST' },
        view: { ...(submission.view as object), ...view, id: `V${Math.random()}`, state: { values: state } },
      }),
      { secret: SIGNING_SECRET },
    );
  };

  it('the police officer gets their figures with log, comment and snooze; valid Block Kit, no answers', async () => {
    expect(police).toBeDefined();
    expect(blockKitProblems((police?.args.blocks ?? []) as unknown[])).toEqual([]);
    const text = blockText(police?.args.blocks);
    expect(text).toMatch(/Dags för uppföljning T3 2026 i Sävsjö/);
    expect(text).toMatch(/ i Sävsjö: \d+/);
    const actions = buttonsOf(police).map((b) => String(b.action_id).split('/')[0] ?? '');
    expect(actions).toContain('log:open');
    expect(actions).toContain('comment:open');
    expect(actions).toContain('prompt:snooze');
    expect(actions.filter((a) => a.startsWith('prompt:answer') || a === 'report:open')).toEqual([]);
    // The coordinator's status prompt carries "Påminn mig" too.
    const [coordinator] = posts(COORDINATOR_USER);
    expect(buttonsOf(coordinator).map((b) => b.text?.text)).toContain('⏰ Påminn mig fre 18 dec kl. 09.00');
  });

  it('English for the kommun employee who chose it', async () => {
    const [kommun] = posts(KOMMUN_USER);
    expect(blockText(kommun?.args.blocks)).toMatch(/ in Sävsjö: \d+/);
    expect(buttonsOf(kommun).map((b) => b.text?.text)).toContain('💬 Comment to the coordinator');
  });

  it('"3" typed under the prompt names its activities with their lines; a press logs it, with Ångra', async () => {
    const reminders = reminderRepository(h.server.ctx.handle.db, h.server.ctx.handle.dialect);
    const sent = (await reminders.list({ status: 'sent' })).find(
      (r) => r.target === `person:slack:${POLICE_USER}` && r.payload.subject.name === 'Sävsjö',
    );
    const promptTs = String(sent?.messageId).split('/')[1];
    const numbers = [...blockText(police?.args.blocks).matchAll(/^\*?(\d+)\. /gm)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(0);
    const dmOf = async (ts: string, thread?: string) => {
      h.fake.reset();
      nameUsers();
      // message.im exactly as Slack sends it from the bot's Messages tab; a reply in a thread carries thread_ts.
      const event = {
        type: 'message',
        channel_type: 'im',
        channel: dm(POLICE_USER),
        user: POLICE_USER,
        text: '3',
        ts,
        event_ts: ts,
        ...(thread ? { thread_ts: thread } : {}),
      };
      const body = { token: 'x', team_id: 'T0TEST', api_app_id: 'A0APP', type: 'event_callback' };
      const res = await postToSlackEndpoint(
        h.url,
        JSON.stringify({ ...body, event_id: `Ev${ts}`, event_time: 1_797_494_500, event }),
        { secret: SIGNING_SECRET, contentType: 'application/json' },
      );
      expect(res.status).toBe(200);
      const [answer] = await h.fake.waitFor('chat.postMessage');
      expect(blockKitProblems((answer?.args.blocks ?? []) as unknown[])).toEqual([]);
      expect(answer?.args.thread_ts).toBe(thread);
      expect(blockText(answer?.args.blocks)).toContain('”3” – vilken aktivitet gäller det?');
      return answer;
    };
    // In the prompt's thread: that prompt's activities, each with its /logga line and a button.
    const under = await dmOf('1797494501.000100', promptTs);
    for (const n of numbers) expect(blockText(under?.args.blocks)).toContain(`/logga ${n} Sävsjö 3`);
    const labels = buttonsOf(under).map((b) => String(b.text?.text));
    expect(labels).toHaveLength(numbers.length);
    for (const label of labels) expect(label).toMatch(/^➕ 3 × \S/u);
    // In the DM: the prompts sent together (Sävsjö's and Tranås's to this area's officer), named by kommun.
    const direct = blockText((await dmOf('1797494502.000100'))?.args.blocks);
    for (const n of numbers) expect(direct).toContain(`/logga ${n} Sävsjö 3`);
    expect(direct).toContain(' Tranås 3');
    const bundle = await h.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const count = async () => (await h.store.registrationsOf(ids, '2025-01-01', '2026-12-31')).length;
    const before = await count();
    h.fake.reset();
    nameUsers();
    await press(POLICE_USER, buttonsOf(under)[0], '000010');
    // The question is answered in place: the message becomes the log's reply, with Ångra.
    const [told] = await h.fake.waitFor('chat.update');
    expect(told?.args.text).toMatch(/^✅ Registrerat: 3 × .* i Sävsjö torsdag 17 december 2026/);
    expect(buttonsOf(told).map((b) => b.text?.text)).toContain('Ångra');
    expect(await count()).toBe(before + 1);
  });

  it('the comment modal stores the note and the coordinator’s prompt shows it in place, by name', async () => {
    const comment = buttonsOf(police).find((b) => b.action_id?.startsWith('comment:open'));
    h.fake.reset();
    nameUsers();
    await press(POLICE_USER, comment, '000011');
    const [opened] = await h.fake.waitFor('views.open');
    const view = opened?.args.view as View;
    expect(viewProblems(view as never)).toEqual([]);
    await submitView(POLICE_USER, view, { comment: 'Två kontroller flyttade till januari.' });
    const updates = await h.fake.waitFor('chat.update');
    const mine = updates.find((u) => u.args.channel === dm(COORDINATOR_USER));
    expect(blockText(mine?.args.blocks)).toContain('💬 Pelle Polis: Två kontroller flyttade till januari.');
    const activityId = String(comment?.value).split('|')[1] ?? '';
    expect((await h.store.activityComments([activityId], 2026, 3)).map((c) => c.text)).toEqual([
      'Två kontroller flyttade till januari.',
    ]);
  });

  it('the log modal logs for that activity', async () => {
    const log = buttonsOf(police).find((b) => b.action_id?.startsWith('log:open'));
    const activityId = String(log?.value).split('|')[1] ?? '';
    const count = async () =>
      (await h.store.registrationCounts([activityId], '2026-09-01', '2026-12-31'))[activityId] ?? 0;
    const before = await count();
    h.fake.reset();
    nameUsers();
    await press(POLICE_USER, log, '000012');
    const [opened] = await h.fake.waitFor('views.open');
    const view = opened?.args.view as View;
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'count',
      'date',
      'note',
    ]);
    const res = await submitView(POLICE_USER, view, { count: '2', date: '', note: '' });
    expect(res.status).toBe(200);
    expect(await count()).toBe(before + 2);
  });

  it('"Påminn mig" is confirmed, and the prompt comes back once on Friday 09:00', async () => {
    const snooze = buttonsOf(police).find((b) => b.action_id === 'prompt:snooze');
    h.fake.reset();
    nameUsers();
    await press(POLICE_USER, snooze, '000013');
    const [told] = await h.fake.waitForResponse('000013');
    expect(JSON.stringify(told?.body)).toContain('Jag påminner dig fre 18 dec kl. 09.00.');
    const friday = zoned('2026-12-18T09:00:30');
    h.clock.set(friday);
    await h.server.scheduler?.tickOnce(friday);
    await h.server.scheduler?.tickOnce(friday + 60_000);
    const again = posts(POLICE_USER, /Du bad om en påminnelse/);
    expect(again).toHaveLength(1);
    expect(blockKitProblems((again[0]?.args.blocks ?? []) as unknown[])).toEqual([]);
    const rows = await reminderRepository(h.server.ctx.handle.db, h.server.ctx.handle.dialect).list({});
    expect(rows.filter((r) => r.kind === 'prompt-snooze').map((r) => [r.target, r.status])).toEqual([
      [`person:slack:${POLICE_USER}`, 'sent'],
    ]);
  });

  it('a forged press by the chef is refused: no modal, no row', async () => {
    const comment = buttonsOf(police).find((b) => b.action_id?.startsWith('comment:open'));
    h.fake.reset();
    nameUsers();
    await press(CHEF_USER, comment, '000014');
    const [told] = await h.fake.waitForResponse('000014');
    expect(JSON.stringify(told?.body)).toContain('Du får inte');
    expect(h.fake.callsOf('views.open')).toEqual([]);
  });

  /** users.info answers with each user's profile name (the fake forgets handlers on reset). */
  function nameUsers(): void {
    h.fake.on('users.info', (a) => ({
      user: {
        id: a.user ?? '',
        locale: 'sv-SE',
        profile: { display_name: a.user === POLICE_USER ? 'Pelle Polis' : 'Sam Samordnare' },
      },
    }));
  }
});
