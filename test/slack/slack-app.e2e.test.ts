import { DateTime } from 'luxon';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAddress, type Target } from '../../src/bots/contract.ts';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
import type { Registration } from '../../src/domain/types.ts';
import { testDialects } from '../support/databases.ts';
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
  jsonOf,
  payloadBody,
  postToSlackEndpoint,
  slashCommandBody,
} from './support/slack-requests.ts';

/** A stored address as the notifiers' typed Target. */
const target = (text: string): Target => parseAddress(text) ?? { platform: '?', kind: 'channel', id: text };

/**
 * The Slack app end to end: the real HTTP server, Bolt's signature check, the chat core and the store on
 * 127.0.0.1, with SLACK_API_URL pointing at a fake Slack Web API that records every call.
 */
describe.each(testDialects())('Slack app over HTTP [$name]', ({ name }) => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness(name, {}, { scheduler: true });
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.fake.reset());

  /** Registrations made from Slack in Sävsjö's current agreement (voided ones excluded). */
  const slackRegistrations = async (): Promise<Registration[]> => {
    const bundle = await h.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const all = await h.store.registrationsOf(ids, '2025-01-01', '2026-12-31');
    return all.filter((r) => r.platform === 'slack');
  };

  const command = (
    cmd: string,
    text: string,
    extra: { user?: string; trigger?: string; response?: string } = {},
  ) =>
    slashCommandBody({
      command: cmd,
      text,
      userId: extra.user ?? POLICE_USER,
      channelId: CHANNEL,
      responseUrl: h.fake.responseUrl(extra.response ?? 'cmd'),
      ...(extra.trigger ? { triggerId: extra.trigger } : {}),
    });

  it('a correctly signed /insats Sävsjö is acked with HTTP 200 and the confirmation, stored once', async () => {
    const before = (await slackRegistrations()).length;
    const res = await postToSlackEndpoint(h.url, command('/insats', 'Sävsjö'), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body?.response_type).toBe('ephemeral');
    expect(blockText(body?.blocks)).toContain('Riktad insats registrerad i Sävsjö');
    expect(blockKitProblems(body?.blocks as unknown[])).toEqual([]);
    expect((await slackRegistrations()).length).toBe(before + 1);
  });

  it.each([
    ['a wrong signature', { secret: 'not-the-signing-secret' }],
    ['a missing signature', { unsigned: true }],
    [
      'a timestamp older than 5 minutes',
      { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 301 },
    ],
    [
      'a timestamp 10 minutes in the future',
      { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) + 600 },
    ],
    [
      'a signature of another body',
      { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' },
    ],
  ])('%s gets 401 and stores nothing', async (_label, options) => {
    const before = (await slackRegistrations()).length;
    const res = await postToSlackEndpoint(h.url, command('/insats', 'Sävsjö'), options);
    expect(res.status).toBe(401);
    expect((await slackRegistrations()).length).toBe(before);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('the same request delivered again with X-Slack-Retry-Num: 1 stores once and answers the same', async () => {
    const before = (await slackRegistrations()).length;
    const body = command('/insats', 'Sävsjö idag 2', { trigger: '7714620371.1234567.retry' });
    const first = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET });
    const again = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET, retryNum: 1 });
    expect([first.status, again.status]).toEqual([200, 200]);
    const [a, b] = [await jsonOf(first), await jsonOf(again)];
    expect(blockText(b?.blocks)).toBe(blockText(a?.blocks));
    expect((await slackRegistrations()).length).toBe(before + 1);
  });

  it('the Ångra button voids the registration, and a double click voids it once', async () => {
    const res = await postToSlackEndpoint(h.url, command('/insats', 'Sävsjö'), { secret: SIGNING_SECRET });
    const blocks = ((await jsonOf(res))?.blocks ?? []) as {
      type: string;
      elements?: { action_id?: string; value: string }[];
    }[];
    const undo = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id?.startsWith('undo'));
    expect(undo).toBeDefined();
    const registered = await slackRegistrations();
    expect(registered.map((r) => r.id)).toContain(undo?.value);

    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    const press = (actionTs: string) =>
      payloadBody({
        ...payload,
        user: { id: POLICE_USER, username: 'polis', name: 'polis', team_id: 'T0TEST' },
        container: {
          type: 'message',
          message_ts: '1763629200.000100',
          channel_id: CHANNEL,
          is_ephemeral: true,
        },
        channel: { id: CHANNEL, name: 'savsjo' },
        message: undefined,
        response_url: h.fake.responseUrl('undo'),
        actions: [
          {
            action_id: undo?.action_id,
            block_id: 'b1',
            type: 'button',
            value: undo?.value,
            action_ts: actionTs,
          },
        ],
      });
    expect(
      (await postToSlackEndpoint(h.url, press('1763629201.000001'), { secret: SIGNING_SECRET })).status,
    ).toBe(200);
    expect(
      (await postToSlackEndpoint(h.url, press('1763629201.500002'), { secret: SIGNING_SECRET })).status,
    ).toBe(200);
    const [replaced, again] = await h.fake.waitForResponse('undo', 2);
    expect(replaced?.body.replace_original).toBe(true);
    expect(again?.body).toEqual(replaced?.body);
    expect(blockKitProblems(replaced?.body.blocks as unknown[])).toEqual([]);
    const after = await slackRegistrations();
    expect(after.length).toBe(registered.length - 1);
    expect(after.map((r) => r.id)).not.toContain(undo?.value);
    const voided = await h.store.registration(String(undo?.value));
    expect(voided?.voidedBy).toBe(`slack:${POLICE_USER}`);
  });

  it('a note containing <!channel> is echoed escaped, never as a broadcast', async () => {
    const res = await postToSlackEndpoint(
      h.url,
      command('/insats', 'Sävsjö idag 1 kväll <!channel> & <@U0OTHER>'),
      {
        secret: SIGNING_SECRET,
      },
    );
    const raw = JSON.stringify(await jsonOf(res));
    expect(raw).toContain('&lt;!channel&gt;');
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toMatch(/<@U0OTHER/);
    const stored = (await slackRegistrations()).find((r) => r.note?.includes('!channel'));
    expect(stored?.note).toContain('<!channel>');
  });

  it('/rapportera opens a prefilled modal; its submission stores every field, a bad field comes back as an error', async () => {
    const bundle = await h.store.agreementForYear('0684', 2026);
    const activities = bundle?.activities ?? [];
    const first = activities[0];
    if (!first) throw new Error('no Sävsjö agreement in the demo data');
    await h.store.insertStatus({
      id: 'status-prefill',
      activityId: first.id,
      year: 2026,
      tertial: 3,
      text: 'Kontoret öppet tisdagar',
      count: null,
      actor: 'console:sven',
      platform: 'console',
      createdAt: Date.now(),
      published: false,
    });
    const res = await postToSlackEndpoint(
      h.url,
      command('/rapportera', 'Sävsjö', { user: COORDINATOR_USER }),
      {
        secret: SIGNING_SECRET,
      },
    );
    expect(res.status).toBe(200);
    const [opened] = await h.fake.waitFor('views.open');
    const view = opened?.args.view as {
      blocks: { type: string; block_id: string; element: { initial_value?: string } }[];
    };
    expect(viewProblems(view as never)).toEqual([]);
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs).toHaveLength(activities.length);
    expect(inputs[0]?.element.initial_value).toBe('Kontoret öppet tisdagar');

    const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
    const submit = (textOf: (i: number) => string) =>
      payloadBody({
        ...submission,
        user: { id: COORDINATOR_USER, username: 'sven', name: 'sven', team_id: 'T0TEST' },
        view: {
          ...(submission.view as object),
          ...view,
          id: 'V0REPORT1',
          state: {
            values: Object.fromEntries(
              inputs.map((b, i) => [b.block_id, { value: { type: 'plain_text_input', value: textOf(i) } }]),
            ),
          },
        },
      });

    for (const number of ['19121212-1212', '８１１２１８－９８７６', '81-12-18\u200b-9876']) {
      const bad = await postToSlackEndpoint(
        h.url,
        submit((i) => (i === 1 ? `Träffade ${number} vid kontoret` : `Status ${i + 1}`)),
        { secret: SIGNING_SECRET },
      );
      const badBody = await jsonOf(bad);
      expect(badBody?.response_action).toBe('errors');
      expect(Object.keys(badBody?.errors as object)).toEqual([inputs[1]?.block_id]);
      const untouched = await h.store.latestStatuses(
        activities.map((a) => a.id),
        [2026],
      );
      expect(untouched.filter((s) => s.tertial === 3).map((s) => s.text)).toEqual([
        'Kontoret öppet tisdagar',
      ]);
    }

    const good = await postToSlackEndpoint(
      h.url,
      submit((i) => `Status ${i + 1} för T3`),
      { secret: SIGNING_SECRET },
    );
    const goodBody = await jsonOf(good);
    expect(goodBody?.response_action).toBe('update');
    expect(viewProblems(goodBody?.view as never)).toEqual([]);
    const stored = (
      await h.store.latestStatuses(
        activities.map((a) => a.id),
        [2026],
      )
    ).filter((s) => s.tertial === 3);
    expect(stored).toHaveLength(activities.length);
    for (const [i, activity] of activities.entries()) {
      const status = stored.find((s) => s.activityId === activity.id);
      expect(status?.text).toBe(`Status ${i + 1} för T3`);
      expect(status?.actor).toBe(`slack:${COORDINATOR_USER}`);
      expect(status?.platform).toBe('slack');
    }
  });

  it('a prompt button updates the asking message to show the answer and who gave it, once', async () => {
    const { prompt, reply } = await h.server.core.ask({
      kind: 'follow-up',
      municipalityCode: '0684',
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Hölls samverkansmötet i Sävsjö?',
      options: ['Ja', 'Nej'],
      audience: 'samordnare',
    });
    const notifier = h.server.plugins.find((p) => p.name === 'slack')?.notifier;
    const sent = await notifier?.send({ to: target(`channel:slack:${CHANNEL}`), reply, key: 'prompt-1' });
    expect(sent?.ok).toBe(true);
    const [posted] = h.fake.callsOf('chat.postMessage');
    const buttons = ((posted?.args.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id);
    const yes = buttons.find((b) => b.value === `${prompt.id}|0`);
    expect(yes).toBeDefined();
    const ts = sent?.ok ? String(sent.messageId).split('/')[1] : '';

    const payload = fixtureJson<Record<string, unknown>>('block-actions.json');
    const press = (actionTs: string) =>
      payloadBody({
        ...payload,
        user: { id: COORDINATOR_USER, username: 'sven', name: 'sven', team_id: 'T0TEST' },
        container: { type: 'message', message_ts: ts, channel_id: CHANNEL, is_ephemeral: false },
        channel: { id: CHANNEL, name: 'savsjo' },
        message: { ...(payload.message as object), ts },
        response_url: h.fake.responseUrl('prompt'),
        actions: [
          {
            action_id: yes?.action_id,
            block_id: 'p',
            type: 'button',
            value: yes?.value,
            action_ts: actionTs,
          },
        ],
      });
    await postToSlackEndpoint(h.url, press('1763629300.000001'), { secret: SIGNING_SECRET });
    const [update] = await h.fake.waitFor('chat.update');
    expect(update?.args.channel).toBe(CHANNEL);
    expect(update?.args.ts).toBe(ts);
    const shown = blockText(update?.args.blocks);
    expect(shown).toContain('Ja');
    expect(shown).toContain(COORDINATOR_USER);
    // A double click is the same event: the answer is stored once and the message shows the same thing again.
    await postToSlackEndpoint(h.url, press('1763629300.900002'), { secret: SIGNING_SECRET });
    const updates = await h.fake.waitFor('chat.update', 2);
    expect(blockText(updates[1]?.args.blocks)).toBe(shown);
    const stored = await h.store.prompt(prompt.id);
    expect(stored?.status).toBe('answered');
    expect(stored?.answer).toBe('Ja');
    expect(stored?.answeredBy).toBe(`slack:${COORDINATOR_USER}`);
  });

  it('/sammanfattning is posted in the channel, within Block Kit limits', async () => {
    const res = await postToSlackEndpoint(h.url, command('/sammanfattning', 'Sävsjö'), {
      secret: SIGNING_SECRET,
    });
    const body = await jsonOf(res);
    expect(body?.response_type).toBe('in_channel');
    expect(blockText(body?.blocks)).toContain('Sävsjö');
    expect(blockKitProblems(body?.blocks as unknown[])).toEqual([]);
  });

  it('/sammanfattning Sävsjö 2026 dokument also uploads the report as HTML, Markdown and Excel into the channel', async () => {
    const res = await postToSlackEndpoint(h.url, command('/sammanfattning', 'Sävsjö 2026 dokument'), {
      secret: SIGNING_SECRET,
    });
    expect((await jsonOf(res))?.response_type).toBe('in_channel');
    const [complete] = await h.fake.waitFor('files.completeUploadExternal');
    expect(complete?.args.channel_id).toBe(CHANNEL);
    expect(complete?.args.initial_comment).toBe(
      'Uppföljningsrapporten för Sävsjö 2026 T3: Excel, HTML och Markdown',
    );
    const names = h.fake.callsOf('files.getUploadURLExternal').map((c) => String(c.args.filename));
    expect(names.sort()).toEqual([
      'uppfoljning-savsjo-2026-t3.html',
      'uppfoljning-savsjo-2026-t3.md',
      'uppfoljning-savsjo-2026-t3.xlsx',
    ]);
    // The workbook is uploaded as its bytes (a zip), not as text: the file part of the SDK's multipart body.
    const filePart = (body: Buffer) =>
      body.subarray(body.indexOf('\r\n\r\n') + 4, body.lastIndexOf('\r\n--'));
    const workbooks = h.fake.uploads
      .map((u) => filePart(u.body))
      .filter((b) => b.subarray(0, 2).toString() === 'PK');
    expect(workbooks).toHaveLength(1);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbooks[0] as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getRow(2).getCell(1).value).toBe('Sävsjö');
    const uploaded = h.fake.uploads.map((u) => u.body.toString('utf8')).join('\n');
    expect(uploaded).toContain('<html');
    expect(uploaded).toContain('Sävsjö');
  });

  it('a correctly signed body that is no Slack request gets 400 and reaches nothing', async () => {
    for (const body of ['payload=null', 'payload=%7B%7D', 'command=%2Fokand&user_id=U1&text=x']) {
      const res = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET });
      expect(res.status).toBe(400);
    }
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('opening the App Home publishes the person’s kommuner with progress and the next samverkansmöte', async () => {
    const event = fixtureJson<Record<string, unknown>>('app-home-opened.json');
    const body = JSON.stringify({ ...event, event: { ...(event.event as object), user: COORDINATOR_USER } });
    const res = await postToSlackEndpoint(h.url, body, {
      secret: SIGNING_SECRET,
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const [published] = await h.fake.waitFor('views.publish');
    expect(published?.args.user_id).toBe(COORDINATOR_USER);
    const view = published?.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(viewProblems(view as never)).toEqual([]);
    const text = blockText(view.blocks);
    expect(text).toContain('Sävsjö');
    expect(text).toMatch(/samverkansmöte/i);
    expect(text).toMatch(/▰|▱/);
  });

  it('a reminder posted while Slack answers 429 once is delivered after Retry-After, exactly once', async () => {
    await h.store.saveBinding(
      { platform: 'slack', conversationId: CHANNEL, scope: { type: 'kommun', id: '0684' } },
      0,
    );
    h.sleeps.length = 0;
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const at = DateTime.fromISO('2026-12-17T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();
    const scheduler = h.server.scheduler;
    if (!scheduler) throw new Error('scheduler not running');
    const report = await scheduler.tickOnce(at);
    const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.filter((c) => c.outcome === '429')).toHaveLength(1);
    const delivered = posts.filter((c) => c.outcome === 'ok');
    expect(delivered.length).toBeGreaterThan(0);
    expect(report.sent).toBe(delivered.length);
    // The rate-limited message was sent again after waiting Retry-After, and only once.
    expect(h.sleeps).toEqual([1000]);
    const limited = posts.findIndex((c) => c.outcome === '429');
    const retried = posts.slice(limited + 1).find((c) => c.args.channel === posts[limited]?.args.channel);
    expect(retried?.outcome).toBe('ok');
    const keys = delivered.map((c) => `${String(c.args.channel)}|${String(c.args.text)}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of delivered) expect(blockKitProblems((c.args.blocks ?? []) as unknown[])).toEqual([]);
    // The next tick sends nothing again.
    h.fake.reset();
    await scheduler.tickOnce(at + 60_000);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });
});
