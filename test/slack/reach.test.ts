import { describe, expect, it } from 'vitest';
import { webApi } from '../../src/bots/slack/api/bolt.ts';
import { type ConversationsInfoApi, conversationReach } from '../../src/bots/slack/api/reach.ts';
import { createSlackNotifier } from '../../src/bots/slack/notifier.ts';
import { silentLogger } from '../../src/runtime/logger.ts';

/** What Slack's conversations.info answers (or throws, as the SDK does for `ok: false`). */
type Answer = Record<string, boolean> | { readonly error: string };

const apiAnswering = (answer: Answer): ConversationsInfoApi => ({
  conversations: {
    info: async () => {
      if ('error' in answer) {
        const e = new Error(`An API error occurred: ${answer.error}`) as Error & {
          code: string;
          data: { ok: false; error: string };
        };
        e.code = webApi.ErrorCode.PlatformError;
        e.data = { ok: false, error: String(answer.error) };
        throw e;
      }
      return { channel: answer };
    },
  },
});

describe('whether the bot can post into a Slack conversation', () => {
  const CASES: readonly [string, Answer, 'yes' | 'no' | 'unknown'][] = [
    ['a channel it is a member of', { is_member: true }, 'yes'],
    ['its own direct message', { is_im: true }, 'yes'],
    ['a public channel it is not in (chat:write.public)', { is_member: false, is_private: false }, 'yes'],
    ['a private channel it is not in', { is_member: false, is_private: true }, 'no'],
    ['an archived channel', { is_member: true, is_archived: true }, 'no'],
    ['a private channel it cannot see, or a DM between two people', { error: 'channel_not_found' }, 'no'],
    ['an app installed before the check (scope missing)', { error: 'missing_scope' }, 'unknown'],
    ['a rate limit or an outage', { error: 'internal_error' }, 'unknown'],
  ];
  it.each(CASES)('%s: %j → %s', async (_what, answer, expected) => {
    expect(await conversationReach(apiAnswering(answer), 'C1', silentLogger)).toBe(expected);
  });

  it('the notifier answers it, and unknown when its client cannot ask', async () => {
    const chat = { postMessage: async () => ({}), update: async () => ({}) };
    const api = { chat, ...apiAnswering({ error: 'channel_not_found' }) };
    expect(await createSlackNotifier({ api, logger: silentLogger }).reach?.('G1')).toBe('no');
    expect(await createSlackNotifier({ api: { chat }, logger: silentLogger }).reach?.('G1')).toBe('unknown');
  });
});
