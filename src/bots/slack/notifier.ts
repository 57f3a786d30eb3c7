import type { DeliveryProgress, DeliveryResult, Logger } from '../../domain/ports.ts';
import { sleep as realSleep } from '../../runtime/timeout.ts';
import { formatAddress, type Notifier, type OutboundMessage } from '../contract.ts';
import { classifyCallError } from './api/errors.ts';
import { type ConversationsInfoApi, conversationReach } from './api/reach.ts';
import { messageRefOf, parseMessageRef, slackChannelOf } from './parse/address.ts';
import { renderReply, type SlackMessage } from './render/blocks.ts';

/** The one Web API method the Notifier calls. */
export interface PostMessageApi {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: SlackMessage['blocks'];
      unfurl_links?: boolean;
      unfurl_media?: boolean;
    }): Promise<{ ts?: string; channel?: string }>;
    update(args: {
      channel: string;
      ts: string;
      text: string;
      blocks?: SlackMessage['blocks'];
    }): Promise<unknown>;
  };
  /** For `reach` (conversations.info); without it every conversation's reach is unknown. */
  conversations?: ConversationsInfoApi['conversations'];
}

export interface SlackNotifierOptions {
  /** A client that neither retries nor waits on rate limits by itself (createDeliveryClient). */
  readonly api: PostMessageApi;
  readonly logger: Logger;
  /** Attempts per message part, including the first (default 4). */
  readonly maxAttempts?: number;
  /** Back-off before the first retry of a transient failure, doubled after each (default 1 s). */
  readonly backoffMs?: number;
  /** A Retry-After longer than this is handed back to the scheduler instead of waited out (default 60 s). */
  readonly maxWaitMs?: number;
  /** Injected in tests to observe the waits. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The Notifier port for Slack: reminders into bound channels (`channel:slack:C…`) and direct messages to persons
 * (`person:slack:U…`) with chat.postMessage. It waits out a 429's Retry-After (when short) and retries transient
 * failures (5xx, timeouts, network) with exponential back-off; a failure no retry can fix (`channel_not_found`,
 * `not_in_channel`, `account_inactive`, `is_archived` …) comes back at once as `permanent`, for the scheduler to
 * stop trying and mark the conversation dead; once the scheduler has given a send up (`message.signal`, the send
 * timed out) it posts nothing more. A reminder too long for one message goes as several. Each part Slack
 * accepts is recorded at once in the reminder's delivery record (`message.progress`, kept in the database), so the
 * scheduler's retry — in this process, after a restart or on another instance — posts only the parts not yet shown,
 * and nothing when all were. It never throws.
 */
export function createSlackNotifier(options: SlackNotifierOptions): Notifier {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const backoffMs = options.backoffMs ?? 1_000;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const sleep = options.sleep ?? realSleep;
  const log = options.logger.child({ component: 'notifier' });

  const postOnce = async (
    channel: string,
    message: SlackMessage,
    key: string,
    signal?: AbortSignal,
  ): Promise<DeliveryResult> => {
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) {
        // The scheduler stopped waiting (the send timed out) and will retry: nothing more is posted by this one.
        log.info({ key, attempt }, 'slack delivery given up by the scheduler; the retry goes on from here');
        return { ok: false, permanent: false, error: 'send given up by the scheduler' };
      }
      try {
        const res = await options.api.chat.postMessage({
          channel,
          text: message.text,
          ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        const ts = res.ts ?? '';
        return { ok: true, messageId: ts ? messageRefOf(res.channel ?? channel, ts) : null };
      } catch (e) {
        const failure = classifyCallError(e);
        const fields = { key, attempt, error: failure.error };
        if (failure.kind === 'permanent') {
          log.warn(fields, 'slack delivery failed permanently');
          return { ok: false, permanent: true, error: failure.error };
        }
        const wait = failure.kind === 'rate-limited' ? failure.retryAfterMs : backoffMs * 2 ** (attempt - 1);
        if (attempt >= maxAttempts || wait > maxWaitMs) {
          log.warn({ ...fields, retryAfterMs: wait }, 'slack delivery failed; the scheduler will retry');
          return { ok: false, permanent: false, error: failure.error, retryAfterMs: wait };
        }
        log.info({ ...fields, waitMs: wait }, 'slack delivery retrying');
        await sleep(wait);
      }
    }
  };

  /** Writes the delivery record; a failure is logged, never stops the delivery. */
  const record = async (message: OutboundMessage, progress: DeliveryProgress): Promise<void> => {
    try {
      await message.progress?.record(progress);
    } catch (e) {
      log.warn(
        { key: message.key, sent: progress.sent, err: e instanceof Error ? e.message : String(e) },
        'slack delivery not recorded: a retry after a restart may post this part again',
      );
    }
  };

  const { conversations } = options.api;
  return {
    platform: 'slack',
    reach: async (channel) =>
      conversations ? conversationReach({ conversations }, channel, log) : 'unknown',
    async send(message: OutboundMessage): Promise<DeliveryResult> {
      const channel = slackChannelOf(message.to);
      if (!channel) {
        return { ok: false, permanent: true, error: `not a Slack address: ${formatAddress(message.to)}` };
      }
      let parts: SlackMessage[];
      try {
        parts = renderReply(message.reply);
      } catch (e) {
        log.error({ key: message.key, err: (e as Error)?.message }, 'slack message could not be rendered');
        return { ok: false, permanent: true, error: 'render_failed' };
      }
      // A retry of a reminder whose first parts went out goes on from the part that failed (same number of parts):
      // Slack never shows a part twice, whichever process made the earlier attempt.
      const shown = message.progress?.shown;
      const resumed = shown && shown.sent > 0 && shown.total === parts.length ? shown : null;
      let first: string | null = resumed?.first ?? null;
      for (const [i, part] of parts.entries()) {
        if (resumed && i < resumed.sent) continue;
        const result = await postOnce(channel, part, message.key, message.signal);
        if (!result.ok) return result;
        first ??= result.messageId;
        await record(message, { total: parts.length, sent: i + 1, first });
      }
      return { ok: true, messageId: first };
    },
    async update(message): Promise<DeliveryResult> {
      const ref = parseMessageRef(message.messageId);
      if (!ref) return { ok: false, permanent: true, error: `not a Slack message: ${message.messageId}` };
      let first: SlackMessage | undefined;
      try {
        first = renderReply(message.reply)[0];
      } catch (e) {
        log.error({ key: message.key, err: (e as Error)?.message }, 'slack message could not be rendered');
        return { ok: false, permanent: true, error: 'render_failed' };
      }
      if (!first) return { ok: false, permanent: true, error: 'render_failed' };
      try {
        await options.api.chat.update({
          channel: ref.channel,
          ts: ref.ts,
          text: first.text,
          ...(first.blocks.length > 0 ? { blocks: first.blocks } : {}),
        });
        return { ok: true, messageId: message.messageId };
      } catch (e) {
        const failure = classifyCallError(e);
        log.warn({ key: message.key, error: failure.error }, 'slack message update failed');
        return {
          ok: false,
          permanent: failure.kind === 'permanent',
          error: failure.error,
          ...(failure.kind === 'rate-limited' ? { retryAfterMs: failure.retryAfterMs } : {}),
        };
      }
    },
  };
}
