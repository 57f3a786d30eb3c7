/**
 * What a failed Bot Connector call means for the conversation. botbuilder's HTTP pipeline has already retried
 * 429 and 5xx a few times with back-off (honouring Retry-After) before an error reaches us.
 */
export type DeliveryFailure =
  | { readonly kind: 'dead'; readonly status: number; readonly code: string }
  | {
      readonly kind: 'transient';
      readonly status: number | null;
      readonly code: string;
      readonly retryAfterMs?: number;
    }
  | { readonly kind: 'rejected'; readonly status: number; readonly code: string };

interface RestErrorLike {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message?: string;
  readonly response?: { readonly headers?: { get?(name: string): string | undefined } };
}

/** Reads a Retry-After header (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * Classifies an error thrown by a Bot Connector call:
 * - 403 (bot removed, BotNotInConversationRoster, ConversationBlockedByUser, …) and 404 (conversation gone) → `dead`;
 * - 429, 5xx, 408, 401 (our credentials) and network failures → `transient` (retry later);
 * - other 4xx (a card Teams refuses, our own credentials) → `rejected`: not the conversation's fault, not retried as is.
 */
export function classifyDeliveryError(error: unknown, now: number): DeliveryFailure {
  const e = (error ?? {}) as RestErrorLike;
  const status = typeof e.statusCode === 'number' ? e.statusCode : null;
  const code =
    typeof e.code === 'string' && e.code ? e.code : status === null ? 'NetworkError' : `HTTP${status}`;
  // 403 codes seen from Teams: BotNotInConversationRoster, ConversationBlockedByUser, BotDisabledByAdmin,
  // NotEnoughPermissions. None of them heals by retrying; the code is kept as the reason.
  if (status === 403 || status === 404) return { kind: 'dead', status, code };
  // 401: the Connector refused our own credentials (a configuration matter, not the conversation's); retry later.
  if (status === null || status === 401 || status === 408 || status === 429 || status >= 500) {
    const after = retryAfterMs(e.response?.headers?.get?.('retry-after'), now);
    return { kind: 'transient', status, code, ...(after === undefined ? {} : { retryAfterMs: after }) };
  }
  return { kind: 'rejected', status, code };
}
