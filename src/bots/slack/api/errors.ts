import { webApi } from './bolt.ts';
import { scrubSdkText } from './scrub.ts';

/** What a failed Web API call means for whoever wants to retry it. */
export type CallFailure =
  | { readonly kind: 'rate-limited'; readonly error: string; readonly retryAfterMs: number }
  | { readonly kind: 'permanent'; readonly error: string }
  | { readonly kind: 'transient'; readonly error: string };

/**
 * Slack errors that no retry will fix for this target or this payload. Slack answers them with HTTP 200 and
 * `ok: false`. Auth and scope errors are not here: they are the deployment's to fix and must not mark a channel dead.
 */
export const PERMANENT_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_non_threadable_channel',
  'restricted_action_thread_only_channel',
  'ekm_access_denied',
  'team_access_not_granted',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_arguments',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
]);

/** Classifies an error thrown by the Web API client. */
export function classifyCallError(e: unknown): CallFailure {
  const code = (e as { code?: unknown })?.code;
  if (code === webApi.ErrorCode.RateLimitedError) {
    const retryAfter = Number((e as { retryAfter?: unknown }).retryAfter);
    return {
      kind: 'rate-limited',
      error: 'ratelimited',
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 1000,
    };
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const error = String((e as { data?: { error?: unknown } }).data?.error ?? 'unknown_error');
    if (error === 'ratelimited') return { kind: 'rate-limited', error, retryAfterMs: 1000 };
    return PERMANENT_ERRORS.has(error) ? { kind: 'permanent', error } : { kind: 'transient', error };
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = Number((e as { statusCode?: unknown }).statusCode);
    // 4xx other than 429 (handled above) are requests Slack will never accept as sent.
    if (status >= 400 && status < 500 && status !== 408)
      return { kind: 'permanent', error: `http_${status}` };
    return { kind: 'transient', error: `http_${status}` };
  }
  if (code === webApi.ErrorCode.RequestError) return { kind: 'transient', error: 'request_error' };
  const name = (e as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'transient', error: 'timeout' };
  return { kind: 'transient', error: e instanceof Error ? scrubSdkText(e.message, 100) : 'unknown_error' };
}

/** The Slack error code of a failed call (`channel_not_found`, `ratelimited`, `http_500` …). */
export function callErrorCode(e: unknown): string {
  return classifyCallError(e).error;
}
