import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockKitProblems } from '../../src/bots/slack/render/limits.ts';
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
import { blockText, payloadBody, postToSlackEndpoint } from './support/slack-requests.ts';

/**
 * Commands written as messages, as Slack sends them: `message.im` from the bot's Messages tab and `app_mention`
 * in a channel, through the real server and Bolt. Before, both went unanswered — a person writing "insats Sävsjö"
 * to the bot got silence.
 */
describe.each(testDialects())('Slack commands written as messages [$name]', ({ name }) => {
  let h: SlackHarness;
  let ts = 1_796_000_000;

  beforeAll(async () => {
    h = await startSlackHarness(name);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.fake.reset());

  const eventBody = (event: Record<string, unknown>) =>
    JSON.stringify({
      token: 'x',
      team_id: 'T0TEST',
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: `Ev${event.ts}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
  const send = (event: Record<string, unknown>, retryNum?: number) =>
    postToSlackEndpoint(h.url, eventBody(event), {
      secret: SIGNING_SECRET,
      contentType: 'application/json',
      ...(retryNum !== undefined ? { retryNum } : {}),
    });
  const dm = (text: string, user = POLICE_USER) => ({
    type: 'message',
    channel_type: 'im',
    channel: `D${user.slice(1)}`,
    user,
    text,
    ts: `${++ts}.000100`,
    event_ts: `${ts}.000100`,
  });
  const mention = (text: string, user = POLICE_USER) => ({
    type: 'app_mention',
    channel: CHANNEL,
    user,
    text,
    ts: `${++ts}.000200`,
    event_ts: `${ts}.000200`,
  });
  const posted = async (method: string): Promise<FakeSlackCall> => {
    const [call] = await h.fake.waitFor(method);
    if (!call) throw new Error(`no ${method}`);
    expect(blockKitProblems(call.args.blocks as unknown[])).toEqual([]);
    return call;
  };

  const ANSWERED: readonly [string, Record<string, unknown>, string, string][] = [
    [
      'a direct message without /',
      dm('insats Sävsjö kväll &amp; helg'),
      'chat.postMessage',
      'Riktad insats registrerad i Sävsjö',
    ],
    ['a direct message with /', dm('/status Sävsjö'), 'chat.postMessage', 'Läget i Sävsjö'],
    [
      'a mention in a bound channel',
      mention('<@U0BOT> insats Sävsjö igår'),
      'chat.postEphemeral',
      'registrerad i Sävsjö',
    ],
    ['a mention with nothing after it', mention('<@U0BOT>'), 'chat.postEphemeral', '/insats'],
    ['a typo in a direct message', dm('insatts Sävsjö'), 'chat.postMessage', '/insats Sävsjö'],
    // Quoted as typed: no `/` the person did not write. A bare count is an answer: which activity is it for?
    ['a bare number in a direct message', dm('3'), 'chat.postMessage', '”3” – vilken aktivitet gäller det?'],
  ];

  it.each(ANSWERED)('%s is answered', async (_what, event, method, expected) => {
    const res = await send(event);
    expect(res.status).toBe(200);
    const call = await posted(method);
    expect(call.args.channel).toBe(event.channel);
    if (method === 'chat.postEphemeral') expect(call.args.user).toBe(POLICE_USER);
    expect(blockText(call.args.blocks)).toContain(expected);
  });

  const THREAD = '1795999999.000300';
  const THREADS: readonly [string, Record<string, unknown>, string, string | undefined][] = [
    [
      'a direct message in a thread',
      { ...dm('status Sävsjö'), thread_ts: THREAD },
      'chat.postMessage',
      THREAD,
    ],
    [
      'a mention in a thread',
      { ...mention('<@U0BOT> status Sävsjö'), thread_ts: THREAD },
      'chat.postEphemeral',
      THREAD,
    ],
    ['a direct message', dm('status Sävsjö'), 'chat.postMessage', undefined],
    ['a mention', mention('<@U0BOT> status Sävsjö'), 'chat.postEphemeral', undefined],
  ];

  it.each(THREADS)('%s is answered where it was written', async (_what, event, method, thread) => {
    await send(event);
    const call = await posted(method);
    expect(blockText(call.args.blocks)).toContain('Läget i Sävsjö');
    expect(call.args.thread_ts).toBe(thread);
  });

  it('a note keeps its text; a broadcast in it is escaped, never a ping', async () => {
    await send(dm('insats Sävsjö "&lt;!channel&gt; vid torget"'));
    const call = await posted('chat.postMessage');
    expect(blockText(call.args.blocks)).toContain('&lt;!channel&gt; vid torget');
    expect(JSON.stringify(call.args.blocks)).not.toContain('<!channel>');
  });

  it('a redelivered event (X-Slack-Retry-Num) is answered and stored once', async () => {
    const bundle = await h.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const count = async () => (await h.store.registrationsOf(ids, '2025-01-01', '2026-12-31')).length;
    const before = await count();
    const event = dm('insats Sävsjö');
    await send(event);
    await posted('chat.postMessage');
    await send(event, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
    expect(await count()).toBe(before + 1);
  });

  it.each([
    ['an edit', { ...dm('insats Sävsjö'), subtype: 'message_changed' }],
    ['a bot', { ...dm('insats Sävsjö'), bot_id: 'B0OTHER' }],
    ['the bot itself', dm('insats Sävsjö', 'U0BOT')],
    ['a channel message', { ...dm('insats Sävsjö'), channel_type: 'channel', channel: CHANNEL }],
  ])('%s is not a command', async (_what, event) => {
    await send(event);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  it('a command whose reply is a form answers with a button that opens it', async () => {
    await send(dm('rapportera Sävsjö', COORDINATOR_USER));
    const call = await posted('chat.postMessage');
    expect(blockText(call.args.blocks)).toContain(
      'Formuläret ”Uppföljning T3 2026” öppnas när du trycker på knappen.',
    );
    const actions = (
      call.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === 'actions');
    const button = actions?.elements?.[0];
    if (!button) throw new Error('no button');
    const res = await postToSlackEndpoint(
      h.url,
      payloadBody({
        type: 'block_actions',
        user: { id: COORDINATOR_USER },
        trigger_id: '1.2.trigger',
        container: { type: 'message', message_ts: '9.1', channel_id: call.args.channel, is_ephemeral: false },
        channel: { id: call.args.channel },
        response_url: h.fake.responseUrl('form-button'),
        actions: [{ action_id: button.action_id, value: button.value, type: 'button', action_ts: '9.2' }],
      }),
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    const [open] = await h.fake.waitFor('views.open');
    expect((open?.args.view as { title?: { text?: string } } | undefined)?.title?.text).toBe(
      'Uppföljning T3 2026',
    );
  });
});
