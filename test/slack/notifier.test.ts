import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Notifier, parseAddress, type Target } from '../../src/bots/contract.ts';
import { OPEN_TO_ALL, type Reply } from '../../src/bots/core/reply.ts';
import { createDeliveryClient } from '../../src/bots/slack/api/client.ts';
import { createSlackNotifier } from '../../src/bots/slack/notifier.ts';
import { slackChannelOf } from '../../src/bots/slack/parse/address.ts';
import { renderReply } from '../../src/bots/slack/render/blocks.ts';
import { blockKitProblems } from '../../src/bots/slack/render/limits.ts';
import type { DeliveryProgress, SendProgress } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { blockText } from './support/slack-requests.ts';

/** A stored address as the notifiers' typed Target. */
const target = (text: string): Target => parseAddress(text) ?? { platform: '?', kind: 'channel', id: text };

const reminder: Reply = {
  headline: '⏰ Tertial 3 slutar om 14 dagar — Sävsjö',
  sections: [{ text: 'Lägestext saknas för 3 aktiviteter. Anteckning: <!channel> & <@U0X>' }],
  buttons: [{ actionId: 'report:open', requires: OPEN_TO_ALL, label: 'Skriv uppföljningen', value: '0684' }],
  fallback: 'Tertial 3 slutar om 14 dagar — Sävsjö',
  visibility: 'channel',
};

describe('the Slack Notifier', () => {
  let fake: FakeSlack;
  let sleeps: number[];
  let notifier: Notifier;

  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => fake?.close());
  beforeEach(() => {
    fake.reset();
    sleeps = [];
    notifier = createSlackNotifier({
      api: createDeliveryClient('xoxb-test', { apiUrl: fake.apiUrl }, silentLogger),
      logger: silentLogger,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
  });

  const send = (to = 'channel:slack:C0SAVSJO1', key = 'k1') =>
    notifier.send({ to: target(to), reply: reminder, key });
  const outcomes = () => fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.outcome);

  it('posts a reminder into a bound channel as Block Kit, escaped, and returns the message reference', async () => {
    const result = await send();
    expect(result.ok).toBe(true);
    const [call] = fake.callsOf('chat.postMessage');
    expect(call?.args.channel).toBe('C0SAVSJO1');
    expect(call?.token).toBe('xoxb-test');
    expect(blockKitProblems(call?.args.blocks as unknown[])).toEqual([]);
    expect(blockText(call?.args.blocks)).toContain('&lt;!channel&gt; &amp; &lt;@U0X&gt;');
    expect(JSON.stringify(call?.args)).not.toContain('<!channel>');
    expect(result.ok && result.messageId).toMatch(/^C0SAVSJO1\/\d+\.\d+$/);
  });

  it('sends a direct message to a person by their user id', async () => {
    const result = await send('person:slack:U0SAMORD1');
    expect(result.ok).toBe(true);
    expect(fake.callsOf('chat.postMessage')[0]?.args.channel).toBe('U0SAMORD1');
  });

  it('waits out a 429 with its Retry-After and delivers exactly once', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    expect((await send()).ok).toBe(true);
    expect(outcomes()).toEqual(['429', 'ok']);
    expect(sleeps).toEqual([2000]);
  });

  it('retries transient 5xx failures with exponential back-off', async () => {
    fake.failNext('chat.postMessage', { status: 500 }, 2);
    expect((await send()).ok).toBe(true);
    expect(outcomes()).toEqual(['500', '500', 'ok']);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives a lasting outage back to the scheduler as a non-permanent failure after its attempts', async () => {
    fake.failNext('chat.postMessage', { status: 503 }, 10);
    const result = await send();
    expect(result).toMatchObject({ ok: false, permanent: false, error: 'http_503' });
    expect(outcomes()).toHaveLength(4);
  });

  it('hands a Retry-After longer than it may wait back to the scheduler without waiting', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
    const result = await send();
    expect(result).toMatchObject({ ok: false, permanent: false, retryAfterMs: 120_000 });
    expect(sleeps).toEqual([]);
  });

  it.each(['channel_not_found', 'not_in_channel', 'account_inactive', 'is_archived'])(
    'reports %s as permanent at once, without retrying',
    async (error) => {
      fake.failNext('chat.postMessage', { error });
      const result = await send();
      expect(result).toEqual({ ok: false, permanent: true, error });
      expect(outcomes()).toEqual([error]);
      expect(sleeps).toEqual([]);
    },
  );

  it('treats an unreachable Slack as transient', async () => {
    const offline = createSlackNotifier({
      api: createDeliveryClient(
        'xoxb-test',
        { apiUrl: 'http://127.0.0.1:9/api/', timeoutMs: 2_000 },
        silentLogger,
      ),
      logger: silentLogger,
      maxAttempts: 2,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    const result = await offline.send({ to: target('channel:slack:C0SAVSJO1'), reply: reminder, key: 'k' });
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(sleeps).toEqual([1000]);
  });

  /** A reminder long enough for two messages (Slack takes 50 blocks in one). */
  const long: Reply = {
    ...reminder,
    sections: Array.from({ length: 70 }, (_, i) => ({
      title: `Aktivitet ${i + 1}`,
      text: `Lägestext ${i + 1}`,
    })),
  };

  /** The reminder's delivery record as the scheduler keeps it in the database: what each attempt got shown. */
  function storedProgress() {
    const record = { shown: null as DeliveryProgress | null, writes: [] as DeliveryProgress[] };
    const port = (): SendProgress => ({
      shown: record.shown,
      async record(p) {
        record.shown = p;
        record.writes.push(p);
      },
    });
    return { record, port };
  }
  const restarted = () =>
    createSlackNotifier({
      api: createDeliveryClient('xoxb-test', { apiUrl: fake.apiUrl }, silentLogger),
      logger: silentLogger,
      sleep: async () => {},
    });

  it.each([
    // What Slack answers, and how often, before the scheduler's retry: the Notifier gives up after it.
    ['a 429 longer than it may wait', { status: 429, retryAfter: 120 } as const, 1],
    ['a lasting outage', { status: 503 } as const, 4],
  ])(
    'a long reminder whose later part meets %s is resumed on the retry — after a restart or on the other instance: no part is posted twice',
    async (_what, failure, times) => {
      let posted = 0;
      fake.on('chat.postMessage', (a) => {
        // The first part goes through; then Slack fails until the scheduler's retry.
        if (++posted === 1) fake.failNext('chat.postMessage', failure, times);
        return { channel: a.channel, ts: `1796000000.00000${posted}` };
      });
      const stored = storedProgress();
      const to = target('channel:slack:C0SAVSJO1');
      const first = await notifier.send({ to, reply: long, key: 'long', progress: stored.port() });
      expect(first).toMatchObject({ ok: false, permanent: false });
      // What Slack accepted is in the database before the attempt ends.
      const total = renderReply(long).length;
      expect(stored.record.shown).toEqual({ total, sent: 1, first: 'C0SAVSJO1/1796000000.000001' });
      // The retry runs in another process: nothing of the first attempt is left in memory.
      const retry = await restarted().send({ to, reply: long, key: 'long', progress: stored.port() });
      // Every part once, in order.
      const texts = fake.callsOf('chat.postMessage').map((c) => blockText(c.args.blocks));
      expect(texts).toEqual(renderReply(long).map((part) => blockText(part.blocks)));
      expect(texts.length).toBe(total);
      // The reminder's message is its first part, as stored for later updates.
      expect(retry).toEqual({ ok: true, messageId: 'C0SAVSJO1/1796000000.000001' });
      expect(stored.record.shown).toEqual({ total, sent: total, first: 'C0SAVSJO1/1796000000.000001' });
    },
  );

  it('a retry of a reminder whose every part was recorded as shown posts nothing and returns its first message', async () => {
    const stored = storedProgress();
    const to = target('channel:slack:C0SAVSJO1');
    expect((await notifier.send({ to, reply: reminder, key: 'k', progress: stored.port() })).ok).toBe(true);
    const [posted] = stored.record.writes;
    expect(posted).toMatchObject({ total: 1, sent: 1 });
    // The process died before the scheduler marked the reminder sent; the other instance tries it again.
    const again = await restarted().send({ to, reply: reminder, key: 'k', progress: stored.port() });
    expect(again).toEqual({ ok: true, messageId: posted?.first });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['before the first part', 0],
    ['while it waits out a Retry-After before the second part', 1],
  ])('a send given up by the scheduler (timed out) %s posts nothing more', async (_when, before) => {
    const given = new AbortController();
    let posted = 0;
    fake.on('chat.postMessage', (a) => {
      if (++posted === 1) fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
      return { channel: a.channel, ts: `1796000000.00000${posted}` };
    });
    if (before === 0) given.abort();
    const waiting = createSlackNotifier({
      api: createDeliveryClient('xoxb-test', { apiUrl: fake.apiUrl }, silentLogger),
      logger: silentLogger,
      // The scheduler stops waiting while the notifier sleeps.
      sleep: async () => given.abort(),
    });
    const stored = storedProgress();
    const result = await waiting.send({
      to: target('channel:slack:C0SAVSJO1'),
      reply: long,
      key: 'long',
      progress: stored.port(),
      signal: given.signal,
    });
    expect(result).toMatchObject({ ok: false, permanent: false });
    // Only what went out before is posted (and recorded): the retry goes on from there.
    expect(fake.callsOf('chat.postMessage').filter((c) => c.outcome === 'ok')).toHaveLength(before);
    expect(stored.record.shown?.sent ?? 0).toBe(before);
  });

  it('a record that cannot be written does not stop the delivery', async () => {
    const progress: SendProgress = {
      shown: null,
      record: async () => {
        throw new Error('database away');
      },
    };
    const result = await notifier.send({
      to: target('channel:slack:C0SAVSJO1'),
      reply: long,
      key: 'k',
      progress,
    });
    expect(result.ok).toBe(true);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(renderReply(long).length);
  });

  it('refuses an address that is not Slack’s as permanent, sending nothing', async () => {
    expect(await send('channel:teams:19:abc@thread.tacv2')).toMatchObject({ ok: false, permanent: true });
    expect(fake.calls).toEqual([]);
  });

  it('waits a real Retry-After when no sleep is injected', async () => {
    const real = createSlackNotifier({
      api: createDeliveryClient('xoxb-test', { apiUrl: fake.apiUrl }, silentLogger),
      logger: silentLogger,
    });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const loud = {
      ...reminder,
      headline: 'Påminnelse <!here>',
      sections: [],
      fallback: 'Påminnelse <!here>',
    };
    expect((await real.send({ to: target('channel:slack:C0SAVSJO1'), reply: loud, key: 'k' })).ok).toBe(true);
    expect(outcomes()).toEqual(['429', 'ok']);
    expect(fake.callsOf('chat.postMessage')[0]?.args.text).toBe('Påminnelse &lt;!here&gt;');
  });
});

describe('Slack addresses', () => {
  it.each([
    ['channel:slack:C0SAVSJO1', 'C0SAVSJO1'],
    ['person:slack:U0SAMORD1', 'U0SAMORD1'],
    ['channel:slack:G0PRIVATE', 'G0PRIVATE'],
    ['person:slack:W0ENTERPRISE', 'W0ENTERPRISE'],
    ['channel:teams:19:x', null],
    ['person:console:anna', null],
    ['channel:slack:not an id', null],
  ])('%s', (to, expected) => {
    expect(slackChannelOf(target(to))).toEqual(expected);
  });
});
